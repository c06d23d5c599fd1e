package io.github.tenken.checks.stats;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.Stat;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Message;
import io.github.tenken.stats.MissingCount;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The harness every check test runs through fails a check that reads what it did not plan. */
class CheckHarnessTest {

    private final Table data = Table.of("data", List.of(NumericColumn.of("x", 1, Double.NaN, 3)));

    /** A check that plans with {@code plan} and reports how many x are missing, read by {@code read}. */
    private static Check check(Function<PlanContext, Stat<Long>> plan,
                               java.util.function.BiFunction<io.github.tenken.check.CheckContext, Stat<Long>, Long> read) {
        return new Check() {
            @Override
            public CheckDescriptor descriptor() {
                return CheckDescriptor.builder("test.probe", "Probe", InternalCharacteristic.B_3)
                        .needs(Input.TRAINING_DATA).build();
            }

            @Override
            public CheckRun plan(PlanContext ctx) {
                Stat<Long> stat = plan.apply(ctx);
                return run -> Outcome.builder().measure(Measure.of("missing", read.apply(run, stat), "rows"))
                        .explanation(Message.literal("probe")).build();
            }
        };
    }

    @Test
    void aPlannedStatisticPasses() {
        Check planned = check(ctx -> ctx.stat(DatasetRole.TRAINING, new MissingCount("x")), (run, s) -> run.get(s));
        assertThat(CheckHarness.measure(run(assessment(planned).dataset(DatasetRole.TRAINING, data), "test.probe"),
                "missing")).isEqualTo(1);
    }

    @Test
    void anUnplannedStatisticFailsTheTest() {
        Check unplanned = check(ctx -> null, (run, s) -> run.statistic(DatasetRole.TRAINING, new MissingCount("x")));
        assertThatThrownBy(() -> run(assessment(unplanned).dataset(DatasetRole.TRAINING, data), "test.probe"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("strict mode");
    }

    @Test
    void undeclaredRowsFailTheTest() {
        Check rows = check(ctx -> null, (run, s) -> (long) run.table(DatasetRole.TRAINING).rowCount());
        assertThatThrownBy(() -> run(assessment(rows).dataset(DatasetRole.TRAINING, data), "test.probe"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("without declaring it with needsRows");
    }
}
