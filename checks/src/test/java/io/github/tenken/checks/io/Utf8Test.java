package io.github.tenken.checks.io;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The byte-level white-space tests agree with {@link Character#isWhitespace} on every character. */
class Utf8Test {

    @Test
    void whitespaceBytesAreExactlyTheWhitespaceCharacters() {
        int nonAscii = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            byte[] b = String.valueOf((char) c).getBytes(StandardCharsets.UTF_8);
            boolean expected = Character.isWhitespace((char) c);
            if (c < 0x80) {
                assertThat(Utf8.isAsciiWhitespace(b[0])).as("U+%04X", c).isEqualTo(expected);
            } else {
                assertThat(Utf8.whitespaceLength(b, 0, b.length) > 0).as("U+%04X", c).isEqualTo(expected);
                assertThat(Utf8.whitespaceLengthBefore(b, 0, b.length) > 0).as("U+%04X", c).isEqualTo(expected);
                nonAscii += expected ? 1 : 0;
            }
            assertThat(Utf8.isBlank(b, 0, b.length)).as("U+%04X", c).isEqualTo(String.valueOf((char) c).isBlank());
        }
        assertThat(nonAscii).as("U+1680, U+2000..U+2006, U+2008..U+200A, U+2028, U+2029, U+205F, U+3000")
                .isEqualTo(15);
    }

    @Test
    void aTruncatedWhitespaceSequenceIsNone() {
        byte[] ideographicSpace = "\u3000".getBytes(StandardCharsets.UTF_8);
        assertThat(Utf8.whitespaceLength(ideographicSpace, 0, 2)).isZero();
        assertThat(Utf8.isBlank(new byte[] {(byte) 0xE3, (byte) 0x80}, 0, 2)).isFalse();
    }
}
