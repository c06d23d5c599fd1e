package io.github.tenken.junit;

import io.github.tenken.check.Status;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Message;
import io.github.tenken.result.AssessmentResult;
import org.junit.jupiter.api.Test;

import static io.github.tenken.junit.QualityAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Check assertions: status, passed, navigation, compared word for word. */
class CheckResultAssertTest {

    private static final AssessmentResult PASSING = GateFixtures.passing();
    private static final AssessmentResult FAILING = GateFixtures.failing();

    @Test
    void passedHoldsWhenEveryCriterionHeld() {
        assertThatCode(() -> assertThat(PASSING).check("c1.accuracy").isPassed().hasStatus(Status.PASS))
                .doesNotThrowAnyException();
        assertThatCode(() -> assertThat(PASSING).check("b1.rows").isPassed()).doesNotThrowAnyException();
    }

    @Test
    @SuppressWarnings("deprecation")
    void theDeprecatedPassedIsIsPassed() {
        assertThatCode(() -> assertThat(PASSING).check("c1.accuracy").passed()).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(FAILING).check("c1.accuracy").passed())
                .hasMessageStartingWith("\nExpecting check c1.accuracy (C-1 correctness of the trained model)"
                        + "\n  to have status:\n    PASS");
    }

    @Test
    void passedFailsWithTheExplanationAndEveryMeasure() {
        assertThatThrownBy(() -> assertThat(FAILING).check("c1.accuracy").isPassed())
                .isInstanceOf(AssertionError.class)
                .hasMessage("\nExpecting check c1.accuracy (C-1 correctness of the trained model)"
                        + "\n  to have status:\n    PASS"
                        + "\n  but was:\n    FAIL"
                        + "\n  explanation: The predictions match the label on 80 of 100 rows."
                        + "\n  measures:"
                        + "\n    accuracy >= 0.9: was 0.8 (95% CI 0.7216-0.8784)"
                        + "\n    errors: 20 rows");
    }

    @Test
    void hasStatusOfABrokenCheckShowsItsError() {
        CheckResultAssert broken = new CheckResultAssert(GateFixtures.result("c2.seeds", InternalCharacteristic.C_2,
                Status.ERROR, Message.of("engine.error.run", "no model was given"),
                "java.lang.IllegalStateException: no model was given"),
                null);
        assertThatCode(() -> broken.hasStatus(Status.ERROR)).doesNotThrowAnyException();
        assertThatThrownBy(() -> broken.hasStatus(Status.WARN))
                .hasMessage("\nExpecting check c2.seeds (C-2 stability of the trained model)"
                        + "\n  to have status:\n    WARN"
                        + "\n  but was:\n    ERROR"
                        + "\n  explanation: The check could not run: no model was given"
                        + "\n  error: java.lang.IllegalStateException: no model was given");
    }

    @Test
    void anUnknownCheckFailsListingTheChecksThatRan() {
        assertThatThrownBy(() -> assertThat(PASSING).check("c1.f1"))
                .hasMessage("\nExpecting assessment of \"income classifier\""
                        + "\n  to contain check:\n    c1.f1"
                        + "\n  but its checks are:\n    [c1.accuracy, b1.rows]");
    }
}
