package io.github.tenken.samples;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Language;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.CharacteristicResult;
import io.github.tenken.result.ItemResult;
import io.github.tenken.result.ItemState;
import io.github.tenken.result.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo over the model's life ({@code tenken demo --lifecycle}): with a reference model, labelled operation windows
 * and the trainer, C-2 reaches level 1 by measurement (C-2.1a from the retraining spread, not the answer) and E-1
 * level 2 (E-1.2a from drift and performance per window, E-1.2b from the regression gate).
 */
class LifecycleDemoTest {

    private static AssessmentResult result;

    @BeforeAll
    static void run() {
        result = AdultDemo.lifecycleAssessment(20, 42, line -> { }, Language.EN).run();
    }

    private static ItemResult item(InternalCharacteristic c, String id) {
        return result.characteristic(c).items().stream().filter(i -> i.itemId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void stabilityIsMetAtLevelOneByTheRetrainingSpread() {
        CheckResult spread = result.check("c2.retraining-spread").orElseThrow();
        assertThat(spread.status()).isEqualTo(Status.PASS);
        // three seeds and three folds, as the demo sets them
        assertThat(spread.measure("runs").orElseThrow().value()).isEqualTo(2.0 * AdultDemo.RETRAINING_RUNS);
        assertThat(item(InternalCharacteristic.C_2, "C-2.1a").state()).isEqualTo(ItemState.MET_BY_CHECKS);
        CharacteristicResult c2 = result.characteristic(InternalCharacteristic.C_2);
        assertThat(c2.verdict()).isEqualTo(Verdict.MET);
    }

    @Test
    void maintainabilityIsMetAtLevelTwoByOperationWindowsAndTheGate() {
        CheckResult windows = result.check("e1.performance-over-time").orElseThrow();
        CheckResult gate = result.check("e1.regression-gate").orElseThrow();
        assertThat(windows.status()).isEqualTo(Status.PASS);
        assertThat(gate.status()).isEqualTo(Status.PASS);
        assertThat(item(InternalCharacteristic.E_1, "E-1.2a").state()).isEqualTo(ItemState.MET_BY_CHECKS);
        assertThat(item(InternalCharacteristic.E_1, "E-1.2b").state()).isEqualTo(ItemState.MET_BY_CHECKS);
        assertThat(item(InternalCharacteristic.E_1, "E-1.1a").state()).isEqualTo(ItemState.MET_BY_ANSWER);
        CharacteristicResult e1 = result.characteristic(InternalCharacteristic.E_1);
        assertThat(e1.verdict()).isEqualTo(Verdict.MET);
        assertThat(e1.achievedLabel()).isEqualTo("2");
    }

    @Test
    void theOperationDataIsTheSecondHalfOfTheTestFileInWindows() {
        long testRows = (long) result.check("d1.determinism").orElseThrow().measure("rows").orElseThrow().value();
        // adult.test has 16,281 labelled rows: the first 8,140 are the test set, the other 8,141 operation data
        assertThat(testRows).isEqualTo(16_281 / 2);
        assertThat(result.check("e1.operation-drift").orElseThrow().status()).isNotEqualTo(Status.NOT_APPLICABLE);
        assertThat(List.of(Status.PASS, Status.FAIL)).contains(result.check("e1.operation-drift").orElseThrow().status());
    }
}
