package io.github.tenken.report.testing;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.ResultTable;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.engine.Assessment;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Message;
import io.github.tenken.result.AssessmentResult;

import java.util.List;

/**
 * A tiny hand-made assessment for the Qunomon and Markdown writers: a judged check that fails (four parameters of the
 * four types, a table whose cell and sentence hold {@link #HOSTILE}), an informative one, one that throws and one
 * whose input is absent.
 */
public final class FormatFixtures {

    /** A data value with every character that means something in Markdown or CSV. */
    public static final String HOSTILE = "a|b\nc *d* _e_ `f` <g>, \"h\"";

    private FormatFixtures() {
    }

    /** The four checks. */
    public static List<Check> checks() {
        Check judged = new InlineCheck(CheckDescriptor.builder("b3.tiny-missing", "Missing values",
                        InternalCharacteristic.B_3).description("Share of missing cells per column.")
                .items("B-3.1b").needs(Input.TRAINING_DATA, Input.LABEL)
                .parameters(ParameterSpec.integer("minRows", 5, 1, 1000, "rows a column needs"),
                        ParameterSpec.real("maxShare", 0.1, 0, 1, "largest share of missing cells"),
                        ParameterSpec.bool("strict", false, "fail on any missing cell"),
                        ParameterSpec.text("marker", "NA", "text read as missing"))
                .criteria("missing_share <= 0.1").build(),
                ctx -> Outcome.builder()
                        .measure(Measure.of("missing_share", 0.25, "ratio")
                                .judgedBy(ctx.criterion("missing_share").orElse(null)))
                        .measure(Measure.of("rows", 4, "rows"))
                        .table(ResultTable.builder("per-column", Message.literal("Missing cells per column"),
                                        "column", "missing", "note")
                                .row("x", 1, HOSTILE)
                                .row("y", 1.0 / 3, null).build())
                        .explanation(Message.literal("missing in " + HOSTILE))
                        .build());
        Check informative = new InlineCheck(CheckDescriptor.builder("b2.tiny-balance", "Class balance",
                InternalCharacteristic.B_2).items("B-2.E1").needs(Input.TRAINING_DATA).build(),
                ctx -> Outcome.builder()
                        .measure(Measure.of("minority_share", 1.0 / 3, "ratio"))
                        .measure(Measure.of("imbalance_ratio", Double.POSITIVE_INFINITY, "ratio"))
                        .explanation(Message.literal("balance"))
                        .build());
        Check broken = new InlineCheck(CheckDescriptor.builder("c2.tiny-broken", "Breaks",
                InternalCharacteristic.C_2).items("C-2.1a").needs(Input.TRAINING_DATA).build(),
                ctx -> {
                    throw new IllegalStateException("simulated failure in column x\nsecond line");
                });
        Check absent = new InlineCheck(CheckDescriptor.builder("e1.tiny-drift", "Drift", InternalCharacteristic.E_1)
                .items("E-1.2a").needs(Input.OPERATION_DATA).build(),
                ctx -> Outcome.builder().explanation(Message.literal("unreachable")).build());
        return List.of(judged, informative, broken, absent);
    }

    /** The assessment of {@link #checks()} on four rows, seed 7. */
    public static AssessmentResult result() {
        return result(checks());
    }

    /** An assessment of these checks on the same four rows, seed 7. */
    public static AssessmentResult result(List<Check> checks) {
        CategoryDictionary label = new CategoryDictionary();
        Table training = Table.of("tiny.csv", "fixtures/tiny.csv", List.of(
                NumericColumn.of("x", 1, 2, Double.NaN, 4),
                CategoricalColumn.of("y", label, "yes", "no", "no", null)));
        return Assessment.builder()
                .component("tiny | component", "A fixed assessment for the format writers.")
                .profile(SampleResults.profile())
                .dataset(DatasetRole.TRAINING, training)
                .roles(ColumnRoles.label("y"))
                .checks(checks)
                .seed(7)
                .build()
                .run();
    }
}
