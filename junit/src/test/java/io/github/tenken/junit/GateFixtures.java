package io.github.tenken.junit;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.Provenance;
import io.github.tenken.check.Status;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.engine.Assessment;
import io.github.tenken.evidence.ProcessAnswer;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.result.AssessmentResult;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Small assessments for the tests: a hand-made table of 100 labelled predictions, 80 of them right, judged by two
 * inline checks (their texts in this module's test bundles {@code META-INF/tenken/messages_*.properties}), under the profile AISL 0 / AIPL 1 / AIFL 0 with every process item of level 1 answered.
 *
 * <p>By hand: accuracy = 80 / 100 = 0.8; its Wald 95% interval is 0.8 +- 1.96 * sqrt(0.8 * 0.2 / 100) = 0.8 +-
 * 0.0784, i.e. 0.7216-0.8784 (width 0.1568); 20 rows are wrong; the table has 100 rows.
 */
final class GateFixtures {

    static final String COMPONENT = "income classifier";

    private GateFixtures() {
    }

    /** The passing gate: accuracy 0.8 against its default criterion accuracy >= 0.75. */
    static AssessmentResult passing() {
        return gate().build().run();
    }

    /** The failing gate: accuracy 0.8 against accuracy >= 0.9, so C-1 is not met. */
    static AssessmentResult failing() {
        return gate().criterion("c1.accuracy", "accuracy >= 0.9").build().run();
    }

    /** The passing gate, except that accuracy >= 0.9 fails C-1 and E-1.1a is answered "no". */
    static AssessmentResult failingTwice() {
        return gate().criterion("c1.accuracy", "accuracy >= 0.9")
                .answer(ProcessAnswer.no("E-1.1a", "no drift plan yet"))
                .build().run();
    }

    /** The assessment under test, before its criteria are set. */
    static Assessment.Builder gate() {
        return Assessment.builder()
                .component(COMPONENT, "pre-screens loan applications")
                .profile(QualityProfile.of(SafetyLevel.AISL_0, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_0))
                .dataset(DatasetRole.TEST, predictions(100, 80))
                .roles(ColumnRoles.label("label"))
                .checks(List.of(new AccuracyCheck(), new RowCountCheck()))
                .answers(List.of(
                        ProcessAnswer.yes("A-1.1a", "docs/risks.md"),
                        ProcessAnswer.yes("A-1.1b", "docs/attributes.md"),
                        ProcessAnswer.yes("A-2.1a", "docs/cases.md"),
                        ProcessAnswer.yes("B-1.1a", "docs/sampling.md"),
                        ProcessAnswer.yes("C-2.1a", "docs/stability.md"),
                        ProcessAnswer.yes("D-1.1a", "docs/software.md"),
                        ProcessAnswer.yes("D-1.1b", "docs/environments.md"),
                        ProcessAnswer.yes("E-1.1a", "docs/drift-plan.md")))
                .seed(7);
    }

    /** {@code rows} rows of label and prediction (alternately yes and no); the first {@code correct} agree. */
    static Table predictions(int rows, int correct) {
        CategoryDictionary yesNo = CategoryDictionary.of("yes", "no");
        String[] label = new String[rows];
        String[] prediction = new String[rows];
        for (int i = 0; i < rows; i++) {
            label[i] = i % 2 == 0 ? "yes" : "no";
            prediction[i] = i < correct ? label[i] : (i % 2 == 0 ? "no" : "yes");
        }
        return Table.of("predictions", List.of(CategoricalColumn.of("label", yesNo, label),
                CategoricalColumn.of("prediction", yesNo, prediction)));
    }

    /** A check result made by hand, for rules that look at statuses only. */
    static CheckResult result(String id, InternalCharacteristic c, Status status, Message explanation, String error) {
        return new CheckResult(id, id, c, List.of(), status, explanation, List.of(), List.of(), List.of(), error,
                new Provenance("test", List.of(), "", Map.of(), List.of(), 0, Instant.EPOCH, Duration.ZERO));
    }

    /** C-1: the share of rows whose prediction equals the label, with a Wald 95% interval. */
    static final class AccuracyCheck implements Check {
        @Override
        public CheckDescriptor descriptor() {
            return CheckDescriptor.builder("c1.accuracy", "accuracy of the recorded predictions",
                            InternalCharacteristic.C_1)
                    .items("C-1.1a", "C-1.1b")
                    .needs(Input.TEST_DATA, Input.LABEL)
                    .criteria("accuracy >= 0.75")
                    .build();
        }

        @Override
        public CheckRun plan(PlanContext ctx) {
            ctx.needsRows(DatasetRole.TEST);
            return AccuracyCheck::run;
        }

        private static Outcome run(CheckContext ctx) {
            Table t = ctx.table(DatasetRole.TEST);
            CategoricalColumn label = t.categorical(ctx.roles().label());
            CategoricalColumn prediction = t.categorical("prediction");
            int n = t.rowCount();
            int right = 0;
            for (int i = 0; i < n; i++) {
                right += label.code(i) == prediction.code(i) ? 1 : 0;
            }
            double p = (double) right / n;
            double half = 1.96 * Math.sqrt(p * (1 - p) / n);
            return Outcome.builder()
                    .measure(Measure.of("accuracy", p, "ratio")
                            .withInterval(new ConfidenceInterval(0.95, p - half, p + half, Message.literal("Wald")))
                            .judgedBy(ctx.criterion("accuracy").orElse(null)))
                    .measure(Measure.of("errors", n - right, "rows"))
                    .explanation(Message.of("gate.accuracy.summary", Arg.count(right), Arg.count(n)))
                    .build();
        }
    }

    /** B-1 and B-2: enough test rows overall. */
    static final class RowCountCheck implements Check {
        @Override
        public CheckDescriptor descriptor() {
            return CheckDescriptor.builder("b1.rows", "enough test rows", InternalCharacteristic.B_1)
                    .items("B-1.1b", "B-2.E1")
                    .needs(Input.TEST_DATA)
                    .criteria("rows >= 50")
                    .build();
        }

        @Override
        public CheckRun plan(PlanContext ctx) {
            return run -> {
                long rows = run.rows(DatasetRole.TEST);
                return Outcome.builder()
                        .measure(Measure.of("rows", rows, "rows").judgedBy(run.criterion("rows").orElse(null)))
                        .explanation(Message.of("gate.rows.summary", Arg.count(rows)))
                        .build();
            };
        }
    }
}
