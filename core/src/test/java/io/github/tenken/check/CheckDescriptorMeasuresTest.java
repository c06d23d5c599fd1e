package io.github.tenken.check;

import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.engine.Assessment;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.message.Message;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Measure declarations: names, {@code prefix.*} families, and criteria that must name a declared measure. */
class CheckDescriptorMeasuresTest {

    private static CheckDescriptor.Builder builder() {
        return CheckDescriptor.builder("x.check", "a check", InternalCharacteristic.B_3);
    }

    @Test
    void namesAndFamiliesAreDeclared() {
        CheckDescriptor d = builder().measures("accuracy", "recall.*").build();
        assertThat(d.declaresMeasures()).isTrue();
        assertThat(d.declares("accuracy")).isTrue();
        assertThat(d.declares("recall.yes")).isTrue();
        assertThat(d.declares("recall.a.b")).isTrue();
        // the family needs a member name; a prefix alone, a near miss and another family are not declared
        assertThat(d.declares("recall.")).isFalse();
        assertThat(d.declares("recall")).isFalse();
        assertThat(d.declares("acuracy")).isFalse();
        assertThat(d.declares("accuracy.yes")).isFalse();
    }

    @Test
    void aCheckThatDeclaresNothingDeclaresNoMeasure() {
        CheckDescriptor d = builder().criteria("anything >= 1").build();
        assertThat(d.declaresMeasures()).isFalse();
        assertThat(d.declares("anything")).isFalse();
    }

    @Test
    void defaultCriteriaMustNameADeclaredMeasure() {
        assertThatThrownBy(() -> builder().measures("accuracy", "rows").criteria("acuracy >= 0.8").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("x.check: default criterion \"acuracy >= 0.8\" names no measure of the check; its "
                        + "measures are [accuracy, rows]");
        assertThat(builder().measures("flip_rate.*").criteria("flip_rate.age <= 0.1").build().defaultCriteria())
                .extracting(Criterion::measure).containsExactly("flip_rate.age");
    }

    @Test
    void badDeclarationsAreRefused() {
        assertThatThrownBy(() -> builder().measures("a b").build()).hasMessage(
                "x.check: measure declaration \"a b\" is not a name or a family name.*");
        assertThatThrownBy(() -> builder().measures(".*").build()).hasMessage(
                "x.check: measure declaration \".*\" is not a name or a family name.*");
        assertThatThrownBy(() -> builder().measures("rows", "rows").build()).hasMessage(
                "x.check: measure rows is declared twice");
    }

    /** Emits one measure, "rows". */
    record RowsCheck(boolean declared) implements Check {
        @Override
        public CheckDescriptor descriptor() {
            CheckDescriptor.Builder b = CheckDescriptor.builder("x.rows", "rows", InternalCharacteristic.B_3)
                    .items("B-3.1b");
            return (declared ? b.measures("rows") : b).build();
        }

        @Override
        public CheckRun plan(PlanContext ctx) {
            return run -> Outcome.builder().measure(run.judged("rows", run.rows(DatasetRole.TRAINING), "rows"))
                    .explanation(Message.literal("rows")).build();
        }
    }

    private static Assessment.Builder assessment(boolean declared) {
        return Assessment.builder().component("c", "d")
                .profile(QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1))
                .dataset(DatasetRole.TRAINING, Table.of("t", List.of(NumericColumn.of("x", 1, 2, 3))))
                .checks(List.of(new RowsCheck(declared)));
    }

    @Test
    void theBuilderRejectsACriterionOnAnUndeclaredMeasure() {
        assertThatThrownBy(() -> assessment(true).criterion("x.rows", "row >= 3").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("criterion \"row >= 3\" names no measure of x.rows; its measures are [rows]");
        // declared: judged; undeclared check: accepted before the run, and the run names the unknown measure
        assertThat(assessment(true).criterion("x.rows", "rows >= 4").build().run().checks().get(0).status())
                .isEqualTo(Status.FAIL);
        assertThat(assessment(false).criterion("x.rows", "row >= 3").build().run().checks().get(0).status())
                .isEqualTo(Status.ERROR);
    }
}
