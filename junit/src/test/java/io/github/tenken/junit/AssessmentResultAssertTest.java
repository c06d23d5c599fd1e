package io.github.tenken.junit;

import org.junit.jupiter.api.Test;

import static io.github.tenken.junit.QualityAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole-assessment gate, compared word for word. */
class AssessmentResultAssertTest {

    @Test
    void aGateWhoseEveryRequiredLevelIsMetPasses() {
        assertThatCode(() -> assertThat(GateFixtures.passing()).meetsRequiredLevels()).doesNotThrowAnyException();
    }

    @Test
    void oneShortfallIsListedWithRequiredAchievedAndMissingItems() {
        assertThatThrownBy(() -> assertThat(GateFixtures.failing()).meetsRequiredLevels())
                .isInstanceOf(AssertionError.class)
                .hasMessage("\nExpecting assessment of \"income classifier\""
                        + "\n  to meet every required level"
                        + "\n  but 1 characteristic was not met:"
                        + "\n    C-1 correctness of the trained model"
                        + "\n      required: 1 (driven by AIPL 1)"
                        + "\n      achieved: -"
                        + "\n      missing items: C-1.1a, C-1.1b");
    }

    @Test
    void everyShortfallIsListedInTheGuidelinesOrder() {
        assertThatThrownBy(() -> assertThat(GateFixtures.failingTwice()).meetsRequiredLevels())
                .hasMessage("\nExpecting assessment of \"income classifier\""
                        + "\n  to meet every required level"
                        + "\n  but 2 characteristics were not met:"
                        + "\n    C-1 correctness of the trained model"
                        + "\n      required: 1 (driven by AIPL 1)"
                        + "\n      achieved: -"
                        + "\n      missing items: C-1.1a, C-1.1b"
                        + "\n    E-1 maintainability of quality in operation"
                        + "\n      required: 1 (driven by AIPL 1)"
                        + "\n      achieved: -"
                        + "\n      missing items: E-1.1a");
    }

    @Test
    void aNullResultFailsLikeAssertJ() {
        assertThatThrownBy(() -> assertThat(null).meetsRequiredLevels())
                .hasMessage("\nExpecting actual not to be null");
    }
}
