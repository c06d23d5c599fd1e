package io.github.tenken.junit;

import io.github.tenken.check.Approximation;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Status;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Message;
import io.github.tenken.result.AssessmentResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.tenken.junit.QualityAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Measure assertions on the fixture's accuracy 0.8 (95% CI 0.7216-0.8784), compared word for word. */
class MeasureAssertTest {

    private static final String ACCURACY = "\nExpecting measure accuracy of check c1.accuracy (C-1 correctness of the trained model)";
    private static final AssessmentResult PASSING = GateFixtures.passing();
    private static final AssessmentResult FAILING = GateFixtures.failing();

    @Test
    void isAtLeastPassesOnTheBoundaryAndFailsAboveIt() {
        assertThatCode(() -> assertThat(PASSING).check("c1.accuracy").measure("accuracy").isAtLeast(0.8))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(PASSING).check("c1.accuracy").measure("accuracy").isAtLeast(0.9))
                .isInstanceOf(AssertionError.class)
                .hasMessage(ACCURACY
                        + "\n  to be at least:\n    0.9"
                        + "\n  but was:\n    0.8 (95% CI 0.7216-0.8784)"
                        + "\n  criterion in force: accuracy >= 0.75");
    }

    @Test
    void isGreaterThanAndIsLessThanExcludeTheBoundary() {
        assertThatCode(() -> assertThat(PASSING).check("c1.accuracy").measure("accuracy").isGreaterThan(0.79)
                .isLessThan(0.81)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(PASSING).check("c1.accuracy").measure("accuracy").isGreaterThan(0.8))
                .hasMessage(ACCURACY
                        + "\n  to be greater than:\n    0.8"
                        + "\n  but was:\n    0.8 (95% CI 0.7216-0.8784)"
                        + "\n  criterion in force: accuracy >= 0.75");
        assertThatThrownBy(() -> assertThat(PASSING).check("c1.accuracy").measure("accuracy").isLessThan(0.8))
                .hasMessage(ACCURACY
                        + "\n  to be less than:\n    0.8"
                        + "\n  but was:\n    0.8 (95% CI 0.7216-0.8784)"
                        + "\n  criterion in force: accuracy >= 0.75");
    }

    @Test
    void isAtMostNamesTheCriterionTheUserSet() {
        assertThatCode(() -> assertThat(FAILING).check("c1.accuracy").measure("accuracy").isAtMost(0.8))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(FAILING).check("c1.accuracy").measure("accuracy").isAtMost(0.7))
                .hasMessage(ACCURACY
                        + "\n  to be at most:\n    0.7"
                        + "\n  but was:\n    0.8 (95% CI 0.7216-0.8784)"
                        + "\n  criterion in force: accuracy >= 0.9");
    }

    @Test
    void isBetweenIncludesBothBounds() {
        assertThatCode(() -> assertThat(PASSING).check("c1.accuracy").measure("accuracy").isBetween(0.8, 0.8))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(PASSING).check("c1.accuracy").measure("accuracy").isBetween(0.85, 0.95))
                .hasMessage(ACCURACY
                        + "\n  to be between:\n    0.85 and 0.95"
                        + "\n  but was:\n    0.8 (95% CI 0.7216-0.8784)"
                        + "\n  criterion in force: accuracy >= 0.75");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> assertThat(PASSING).check("c1.accuracy").measure("accuracy").isBetween(0.9, 0.1))
                .withMessage("isBetween(0.9, 0.1): the lower bound must not exceed the upper bound");
    }

    @Test
    void meetsItsCriterionShowsTheCriterionAsTheExpectation() {
        assertThatCode(() -> assertThat(PASSING).check("c1.accuracy").measure("accuracy").meetsItsCriterion())
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(FAILING).check("c1.accuracy").measure("accuracy").meetsItsCriterion())
                .hasMessage(ACCURACY
                        + "\n  to meet its criterion:\n    accuracy >= 0.9"
                        + "\n  but was:\n    0.8 (95% CI 0.7216-0.8784)");
    }

    @Test
    void meetsItsCriterionFailsForAMeasureThatOnlyInforms() {
        assertThatThrownBy(() -> assertThat(PASSING).check("c1.accuracy").measure("errors").meetsItsCriterion())
                .hasMessage("\nExpecting measure errors of check c1.accuracy (C-1 correctness of the trained model)"
                        + "\n  to meet its criterion"
                        + "\n  but no criterion is in force, so it only informs; it was:\n    20 rows");
    }

    @Test
    void confidenceIntervalWidthIsComparedStrictly() {
        assertThatCode(() -> assertThat(PASSING).check("c1.accuracy").measure("accuracy")
                .hasConfidenceIntervalNarrowerThan(0.16)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(PASSING).check("c1.accuracy").measure("accuracy")
                .hasConfidenceIntervalNarrowerThan(0.15))
                .hasMessage(ACCURACY
                        + "\n  to have a confidence interval narrower than:\n    0.15"
                        + "\n  but its 95% CI 0.7216-0.8784 has width:\n    0.1568"
                        + "\n  criterion in force: accuracy >= 0.75");
    }

    @Test
    void aMeasureWithoutIntervalFailsTheIntervalAssertion() {
        assertThatThrownBy(() -> assertThat(PASSING).check("c1.accuracy").measure("errors")
                .hasConfidenceIntervalNarrowerThan(5))
                .hasMessage("\nExpecting measure errors of check c1.accuracy (C-1 correctness of the trained model)"
                        + "\n  to have a confidence interval narrower than:\n    5"
                        + "\n  but it has no confidence interval; it was:\n    20 rows"
                        + "\n  criterion in force: none");
    }

    @Test
    void aMeasureFromASketchShowsItsErrorBound() {
        Measure ks = Measure.of("max_ks_statistic", 0.25, "ratio")
                .approximatedBy(new Approximation("KLL k=200", 0.0133));
        CheckResult drift = new CheckResult("drift.train-test", "drift", InternalCharacteristic.B_2, List.of(),
                Status.WARN, Message.literal("drift"), List.of(ks), List.of(), List.of(), "", null);
        assertThatThrownBy(() -> new CheckResultAssert(drift, null).measure("max_ks_statistic").isAtMost(0.1))
                .hasMessage("\nExpecting measure max_ks_statistic of check drift.train-test (B-2 uniformity of datasets)"
                        + "\n  to be at most:\n    0.1"
                        + "\n  but was:\n    0.25 (+-0.0133, KLL k=200)"
                        + "\n  criterion in force: none");
    }

    @Test
    void anUnknownMeasureFailsListingTheKnownOnes() {
        assertThatThrownBy(() -> assertThat(PASSING).check("c1.accuracy").measure("f1"))
                .hasMessage("\nExpecting check c1.accuracy (C-1 correctness of the trained model)"
                        + "\n  to report measure:\n    f1"
                        + "\n  but its measures are:\n    [accuracy, errors]");
    }

    @Test
    void aDescriptionCarriesOverTheNavigation() {
        assertThatThrownBy(() -> assertThat(PASSING).as("nightly gate").check("c1.accuracy").measure("accuracy")
                .isAtLeast(0.9))
                .hasMessageStartingWith("[nightly gate] " + ACCURACY + "\n  to be at least:");
    }
}
