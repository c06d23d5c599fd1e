package io.github.tenken.checks.software;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ResultTable;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.internal.Formats;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;

import java.util.ArrayList;
import java.util.List;

/**
 * D-1 determinism: the model predicts the test data a second time and every prediction (class, probabilities, or
 * value, bit for bit) must equal the first. A model that answers differently to the same input cannot be
 * regression-tested, and differences between development and production environments hide behind it (guideline
 * D-1.1b).
 */
public final class DeterminismCheck implements Check {

    private static final int SHOWN = 10;
    private static final String ID = "d1.determinism";
    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Deterministic predictions", InternalCharacteristic.D_1)
            .description("Predicts the test data twice and compares the predictions bit for bit.")
            .items("D-1.1b")
            .needs(Input.TEST_DATA, Input.MODEL)
            .criteria("mismatched_predictions == 0")
            .measures("mismatched_predictions", "rows")
            .build();

    /** The check; it has no parameters. */
    public DeterminismCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        Model model = ctx.model().orElseThrow();
        if (!model.predictsNewRows()) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable", model.description()));
        }
        ctx.needsRows(DatasetRole.TEST);
        return run -> run(run, model);
    }

    private Outcome run(CheckContext ctx, Model model) {
        Table test = ctx.table(DatasetRole.TEST);
        Predictions first = ctx.predictions(DatasetRole.TEST);
        Predictions second = model.predict(test);
        List<Integer> mismatched = new ArrayList<>();
        for (int i = 0; i < test.rowCount(); i++) {
            if (!same(first, second, i)) {
                mismatched.add(i);
            }
        }
        ResultTable.Builder table = ResultTable.builder("mismatches", Message.of(ID + ".table", Arg.count(SHOWN)),
                "row", "first", "second");
        for (int row : mismatched.subList(0, Math.min(SHOWN, mismatched.size()))) {
            table.row((long) row + 1, describe(first, row), describe(second, row));
        }
        Message sentence = mismatched.isEmpty()
                ? Message.of(ID + ".summary.same", Arg.count(test.rowCount()))
                : Message.of(ID + ".summary.different", Arg.count(mismatched.size()), Arg.count(test.rowCount()));
        return Outcome.builder()
                .measure(ctx.judged("mismatched_predictions", mismatched.size(), "rows"))
                .measure(ctx.judged("rows", test.rowCount(), "rows"))
                .table(table.build())
                .explanation(sentence)
                .build();
    }

    private static boolean same(Predictions a, Predictions b, int row) {
        if (a.kind() == ModelKind.REGRESSION) {
            return Double.doubleToLongBits(a.value(row)) == Double.doubleToLongBits(b.value(row));
        }
        if (a.predictedClass(row) != b.predictedClass(row) || a.hasProbabilities() != b.hasProbabilities()) {
            return false;
        }
        for (int c = 0; a.hasProbabilities() && c < a.classes().size(); c++) {
            if (Double.doubleToLongBits(a.probability(row, c)) != Double.doubleToLongBits(b.probability(row, c))) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Predictions p, int row) {
        if (p.kind() == ModelKind.REGRESSION) {
            return Formats.number(p.value(row));
        }
        String label = p.predictedLabel(row);
        return p.hasProbabilities() ? label + " (p = " + Formats.number(p.probability(row, p.predictedClass(row)))
                + ")" : label;
    }
}
