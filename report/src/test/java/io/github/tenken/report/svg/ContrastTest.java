package io.github.tenken.report.svg;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ContrastTest {

    @Test
    void matchesTheWcagReferenceValues() {
        assertThat(Contrast.ratio("#000000", "#ffffff")).isCloseTo(21.0, within(1e-9));
        assertThat(Contrast.ratio("#ffffff", "#ffffff")).isCloseTo(1.0, within(1e-9));
        // #777777 on white is the textbook near miss: 4.48:1
        assertThat(Contrast.ratio("#777777", "#ffffff")).isCloseTo(4.48, within(0.01));
        // the old grey of items above the required level: 2.56:1
        assertThat(Contrast.ratio("#94a3b8", "#ffffff")).isCloseTo(2.56, within(0.01));
    }

    @Test
    void picksTheTextColourWithMoreContrast() {
        assertThat(Contrast.betterText("#1d4ed8", "#0f172a", "#ffffff")).isEqualTo("#ffffff");
        assertThat(Contrast.betterText("#dbeafe", "#0f172a", "#ffffff")).isEqualTo("#0f172a");
    }

    @Test
    void namesAColourItCannotRead() {
        assertThatThrownBy(() -> Contrast.luminance("red")).hasMessage("not a colour #rrggbb: \"red\"");
    }
}
