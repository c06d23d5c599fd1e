package io.github.tenken.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.Stat;
import io.github.tenken.check.Status;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.message.Message;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.ScanRecord;
import io.github.tenken.stats.MissingCount;
import io.github.tenken.testing.CountingDataset;
import io.github.tenken.testing.Fixtures;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Strict mode fails a check that reads what it did not plan, one test per way of doing so: an unplanned statistic,
 * the rows, the predictions or the labelled predictions of a dataset it did not declare with {@code needsRows}.
 * The same check passes without strict mode, at the cost of an extra logged pass. Reading a handle that was never
 * planned fails in both modes.
 */
class StrictModeTest {

    private static final QualityProfile PROFILE =
            QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1);

    /** A model that predicts "no" for every row. */
    static final class AlwaysNo implements Model {
        @Override
        public ModelKind kind() {
            return ModelKind.CLASSIFICATION;
        }

        @Override
        public List<String> classes() {
            return List.of("no", "yes");
        }

        @Override
        public Predictions predict(Table table) {
            return Predictions.classification(classes(), new int[table.rowCount()], null);
        }

        @Override
        public String description() {
            return "always no";
        }
    }

    /** A check that plans what {@code plan} does and measures what {@code read} reads. */
    private static Check check(Consumer<PlanContext> plan, ToDoubleFunction<CheckContext> read) {
        return new Check() {
            @Override
            public CheckDescriptor descriptor() {
                return CheckDescriptor.builder("reader", "reader", InternalCharacteristic.B_3)
                        .needs(Input.TRAINING_DATA).build();
            }

            @Override
            public CheckRun plan(PlanContext ctx) {
                plan.accept(ctx);
                return run -> Outcome.builder().measure(Measure.of("value", read.applyAsDouble(run), ""))
                        .explanation(Message.literal("read")).build();
            }
        };
    }

    private static AssessmentResult run(boolean strict, Check check) {
        Table six = Fixtures.six(new CategoryDictionary(), new CategoryDictionary());
        return Assessment.builder().profile(PROFILE).dataset(DatasetRole.TRAINING, new CountingDataset(six))
                .roles(ColumnRoles.label("y")).model(new AlwaysNo()).checks(List.of(check)).strict(strict)
                .build().run();
    }

    private static void assertFailsInStrictModeOnly(Check check, String strictError, double lenientValue,
                                                    String extraPass) {
        CheckResult strict = run(true, check).check("reader").orElseThrow();
        assertThat(strict.status()).isEqualTo(Status.ERROR);
        assertThat(strict.error()).startsWith("java.lang.IllegalStateException: " + strictError);

        AssessmentResult lenient = run(false, check);
        CheckResult r = lenient.check("reader").orElseThrow();
        assertThat(r.status()).as(r.error()).isEqualTo(Status.WARN);
        assertThat(r.measures().get(0).value()).isEqualTo(lenientValue);
        assertThat(lenient.scans()).extracting(ScanRecord::reason).containsExactly("fused", extraPass);
    }

    @Test
    void anUnplannedStatistic() {
        assertFailsInStrictModeOnly(check(ctx -> { }, run -> run.statistic(DatasetRole.TRAINING, new MissingCount("x"))),
                "strict mode: check reader read MissingCount[column=x] of training data, which it did not plan",
                1, "unplanned: MissingCount[column=x]");
    }

    @Test
    void rowsNotDeclared() {
        assertFailsInStrictModeOnly(check(ctx -> { }, run -> run.table(DatasetRole.TRAINING).rowCount()),
                "strict mode: check reader read the rows of training data without declaring it with "
                        + "needsRows(TRAINING) while planning", 6, "unplanned: rows read by reader");
    }

    @Test
    void predictionsNotDeclared() {
        assertFailsInStrictModeOnly(check(ctx -> { }, run -> run.predictions(DatasetRole.TRAINING).size()),
                "strict mode: check reader read the rows of training data without declaring it with "
                        + "needsRows(TRAINING) while planning", 6, "unplanned: rows read by reader");
    }

    @Test
    void labelledPredictionsNotDeclared() {
        assertFailsInStrictModeOnly(check(ctx -> { }, run -> run.labelled(DatasetRole.TRAINING).size()),
                "strict mode: check reader read the rows of training data without declaring it with "
                        + "needsRows(TRAINING) while planning", 6, "unplanned: rows read by reader");
    }

    @Test
    void whatWasPlannedPassesStrictModeInOnePass() {
        Stat<?>[] handle = new Stat<?>[1];
        Check planned = check(ctx -> {
            handle[0] = ctx.stat(DatasetRole.TRAINING, new MissingCount("x"));
            ctx.needsRows(DatasetRole.TRAINING);
        }, run -> (Long) run.get(handle[0]) + run.labelled(DatasetRole.TRAINING).size() + run.table(DatasetRole.TRAINING).rowCount());
        AssessmentResult r = run(true, planned);
        CheckResult c = r.check("reader").orElseThrow();
        assertThat(c.status()).as(c.error()).isEqualTo(Status.WARN);
        assertThat(c.measures().get(0).value()).isEqualTo(1 + 6 + 6);
        assertThat(r.scans()).extracting(ScanRecord::reason).containsExactly("fused");
    }

    @Test
    void aHandleThatWasNotPlannedFailsInEveryMode() {
        Stat<Long> foreign = Stat.of(DatasetRole.TRAINING, new MissingCount("x"));
        Check sneaky = check(ctx -> { }, run -> run.get(foreign));
        for (boolean strict : new boolean[]{true, false}) {
            CheckResult c = run(strict, sneaky).check("reader").orElseThrow();
            assertThat(c.status()).isEqualTo(Status.ERROR);
            assertThat(c.error()).startsWith("java.lang.IllegalStateException: check reader read "
                    + "MissingCount[column=x] of training data, which it did not plan");
        }
    }
}
