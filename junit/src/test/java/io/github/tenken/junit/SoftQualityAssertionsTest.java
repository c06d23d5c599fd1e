package io.github.tenken.junit;

import io.github.tenken.result.AssessmentResult;
import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Soft mode: every failure is collected and reported at once. */
class SoftQualityAssertionsTest {

    private static final String GATE = "\nExpecting assessment of \"income classifier\""
            + "\n  to meet every required level"
            + "\n  but 1 characteristic was not met:"
            + "\n    C-1 correctness of the trained model"
            + "\n      required: 1 (driven by AIPL 1)"
            + "\n      achieved: -"
            + "\n      failing checks:"
            + "\n        c1.accuracy: accuracy 0.8 (95% CI 0.7216-0.8784), criterion accuracy >= 0.9, margin -0.1"
            + "\n      missing items:"
            + "\n        C-1.1a: a supporting check did not pass: c1.accuracy (fail)"
            + "\n        C-1.1b: a supporting check did not pass: c1.accuracy (fail)";
    private static final String ROWS = "\nExpecting measure rows of check b1.rows (B-1 coverage of datasets)"
            + "\n  to be at least:\n    1000"
            + "\n  but was:\n    100 rows"
            + "\n  criterion in force: rows >= 50";

    private final AssessmentResult failing = GateFixtures.failing();

    @Test
    void twoFailuresAreBothReportedInOneError() {
        SoftQualityAssertions softly = new SoftQualityAssertions();
        softly.assertThat(failing).meetsRequiredLevels();
        softly.assertThat(failing).check("b1.rows").isPassed().measure("rows").isAtLeast(1000).isAtLeast(50);

        assertThat(softly.errorsCollected()).extracting(SoftQualityAssertionsTest::withoutLocation)
                .containsExactly(GATE, ROWS);
        assertThatThrownBy(softly::assertAll)
                .isInstanceOf(AssertJMultipleFailuresError.class)
                .hasMessageContaining("Multiple Failures (2 failures)")
                .hasMessageContaining(GATE)
                .hasMessageContaining(ROWS);
    }

    @Test
    void aMissingCheckIsReportedOnceAndWhatFollowsIsSkipped() {
        SoftQualityAssertions softly = new SoftQualityAssertions();
        softly.assertThat(failing).check("c1.f1").isPassed().measure("f1").isAtLeast(0.9).meetsItsCriterion();
        softly.assertThat(failing).characteristic(io.github.tenken.guideline.InternalCharacteristic.C_1)
                .hasAchievedLevel("1");

        assertThat(softly.errorsCollected()).extracting(SoftQualityAssertionsTest::withoutLocation).containsExactly(
                "\nExpecting assessment of \"income classifier\""
                        + "\n  to contain check:\n    c1.f1"
                        + "\n  but its checks are:\n    [c1.accuracy, b1.rows]",
                "\nExpecting C-1 correctness of the trained model"
                        + "\n  to have achieved level:\n    1"
                        + "\n  but achieved:\n    -");
    }

    @Test
    void assertSoftlyPassesAGateThatHoldsAndFailsOneThatDoesNot() {
        AssessmentResult passing = GateFixtures.passing();
        assertThatCode(() -> SoftQualityAssertions.assertSoftly(softly -> {
            softly.assertThat(passing).meetsRequiredLevels();
            softly.assertThat(passing).check("c1.accuracy").isPassed().measure("accuracy").meetsItsCriterion();
        })).doesNotThrowAnyException();
        assertThatThrownBy(() -> SoftQualityAssertions.assertSoftly(softly -> {
            softly.assertThat(failing).meetsRequiredLevels();
            softly.assertThat(failing).check("c1.accuracy").measure("accuracy").meetsItsCriterion();
        })).hasMessageContaining("Multiple Failures (2 failures)").hasMessageContaining(GATE)
                .hasMessageContaining("\n  to meet its criterion:\n    accuracy >= 0.9");
    }

    @Test
    void eachCollectedFailureNamesTheLineOfTheGateThatFailed() {
        SoftQualityAssertions softly = new SoftQualityAssertions();
        softly.assertThat(failing).meetsRequiredLevels();
        assertThat(softly.errorsCollected()).singleElement().extracting(Throwable::getMessage).asString()
                .matches("(?s).*\\nat SoftQualityAssertionsTest\\.eachCollectedFailureNamesTheLineOfTheGateThatFailed"
                        + "\\(SoftQualityAssertionsTest\\.java:\\d+\\)");
    }

    /** AssertJ ends each collected message with the line of the assertion ("\nat Test.method(Test.java:12)"). */
    private static String withoutLocation(Throwable error) {
        return error.getMessage().replaceFirst("\nat [^\n]*$", "");
    }
}
