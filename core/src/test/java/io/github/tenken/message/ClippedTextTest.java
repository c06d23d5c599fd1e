package io.github.tenken.message;

import io.github.tenken.internal.Formats;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A value of megabytes read from a data file is clipped wherever a message shows it. */
class ClippedTextTest {

    @Test
    void verbatimDataLongerThanTheLimitIsClippedWithTheCountOfWhatWasLeftOut() {
        String huge = "a".repeat(2_000_000);
        String shown = Formats.clip(huge);
        assertThat(shown).hasSize(Formats.MAX_TEXT_CHARS + " (+1,999,500 characters)".length() + 1)
                .startsWith("a".repeat(500) + "\u2026 (+1,999,500 characters)");
        assertThat(Formats.clip("short")).isEqualTo("short");
        assertThat(Formats.clip("b".repeat(500))).isEqualTo("b".repeat(500));
        // a surrogate pair is never cut in half
        String emoji = "x".repeat(499) + "\uD83D\uDE00" + "y".repeat(10);
        assertThat(Formats.clip(emoji)).startsWith("x".repeat(499) + "\u2026 (+12 characters)");
        assertThat(MessageCatalog.of(Language.EN).render(Message.literal(huge))).hasSizeLessThan(600);
    }
}
