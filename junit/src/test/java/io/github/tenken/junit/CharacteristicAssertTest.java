package io.github.tenken.junit;

import io.github.tenken.check.Status;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.Verdict;
import org.junit.jupiter.api.Test;

import static io.github.tenken.guideline.InternalCharacteristic.B_2;
import static io.github.tenken.guideline.InternalCharacteristic.B_3;
import static io.github.tenken.guideline.InternalCharacteristic.C_1;
import static io.github.tenken.guideline.InternalCharacteristic.C_2;
import static io.github.tenken.junit.QualityAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Characteristic assertions. Under AIPL 1 the fixture requires level 1 of C-1 (items C-1.1a and C-1.1b, both served
 * by c1.accuracy) and E1 of B-2 (served by b1.rows); B-2's S scale has no check, so B-2 achieves E1 only; B-3 is
 * not required; C-2 has no check.
 */
class CharacteristicAssertTest {

    private static final AssessmentResult PASSING = GateFixtures.passing();
    private static final AssessmentResult FAILING = GateFixtures.failing();

    @Test
    void hasVerdictComparesTheCharacteristicsVerdict() {
        assertThatCode(() -> assertThat(GateFixtures.passing()).characteristic(C_1).hasVerdict(Verdict.MET))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(GateFixtures.failing()).characteristic(C_1).hasVerdict(Verdict.MET))
                .hasMessage("\nExpecting C-1 correctness of the trained model"
                        + "\n  to have verdict:\n    MET"
                        + "\n  but was:\n    NOT_MET"
                        + "\n  required: 1 (driven by AIPL 1)"
                        + "\n  achieved: -");
    }

    @Test
    void meetsRequiredLevelHoldsWhenMetOrNotRequired() {
        assertThatCode(() -> {
            assertThat(PASSING).characteristic(C_1).meetsRequiredLevel();
            assertThat(PASSING).characteristic(B_2).meetsRequiredLevel();
            assertThat(FAILING).characteristic(B_3).meetsRequiredLevel();
        }).doesNotThrowAnyException();
    }

    @Test
    void meetsRequiredLevelFailsWithRequiredAchievedAndMissing() {
        assertThatThrownBy(() -> assertThat(FAILING).characteristic(C_1).meetsRequiredLevel())
                .hasMessage("\nExpecting C-1 correctness of the trained model"
                        + "\n  to meet its required level:\n    1 (driven by AIPL 1)"
                        + "\n  but achieved:\n    -"
                        + "\n  missing items: C-1.1a, C-1.1b");
    }

    @Test
    void hasAchievedLevelComparesOnTheScalesGiven() {
        assertThatCode(() -> {
            assertThat(PASSING).characteristic(C_1).hasAchievedLevel("1");
            assertThat(PASSING).characteristic(B_2).hasAchievedLevel("E1").hasAchievedLevel("e1");
            assertThat(FAILING).characteristic(C_1).hasAchievedLevel("-").hasAchievedLevel("0");
        }).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(PASSING).characteristic(B_2).hasAchievedLevel("S1 + E1"))
                .hasMessage("\nExpecting B-2 uniformity of datasets"
                        + "\n  to have achieved level:\n    S1 + E1"
                        + "\n  but achieved:\n    E1");
        assertThatThrownBy(() -> assertThat(PASSING).characteristic(C_1).hasAchievedLevel("2"))
                .hasMessage("\nExpecting C-1 correctness of the trained model"
                        + "\n  to have achieved level:\n    2"
                        + "\n  but achieved:\n    1");
    }

    @Test
    void aLevelOffTheCharacteristicsScalesIsAMisuse() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> assertThat(PASSING).characteristic(C_1).hasAchievedLevel("E1"))
                .withMessage("\"E1\" is not a level of C-1 correctness of the trained model; its levels are 1, 2, 3");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> assertThat(PASSING).characteristic(B_2).hasAchievedLevel("2"))
                .withMessage("\"2\" is not a level of B-2 uniformity of datasets; its levels are S1, S2, E1, E2");
    }

    @Test
    void hasStatusIsTheWorstStatusOfTheCharacteristicsChecks() {
        assertThatCode(() -> {
            assertThat(PASSING).characteristic(C_1).hasStatus(Status.PASS);
            assertThat(FAILING).characteristic(C_1).hasStatus(Status.FAIL);
            assertThat(FAILING).characteristic(C_2).hasStatus(Status.NOT_APPLICABLE);
        }).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(FAILING).characteristic(C_1).hasStatus(Status.PASS))
                .hasMessage("\nExpecting C-1 correctness of the trained model"
                        + "\n  to have status:\n    PASS"
                        + "\n  but was:\n    FAIL"
                        + "\n  status of each check:\n    c1.accuracy: FAIL");
        assertThatThrownBy(() -> assertThat(PASSING).characteristic(C_2).hasStatus(Status.PASS))
                .hasMessage("\nExpecting C-2 stability of the trained model"
                        + "\n  to have status:\n    PASS"
                        + "\n  but was:\n    NOT_APPLICABLE"
                        + "\n  status of each check:\n    (no check of C-2 ran)");
    }
}
