package io.github.tenken.checks.software;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.ResultTable;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.model.Model;
import io.github.tenken.model.Predictions;
import io.github.tenken.model.SerializableModel;

import java.util.ArrayList;
import java.util.List;

/**
 * D-1 serialisation round trip: a model that can be stored ({@link SerializableModel}) is written to bytes, read back,
 * and must predict every test row bit for bit as the model that was tested (class, every probability, or value). The
 * model a deployment loads is the stored one; a difference means the assessment tested another model (guideline
 * D-1.2a).
 *
 * <pre>{@code
 * Assessment.builder().model(SmileClassifier.of(forest, levels)).dataset(DatasetRole.TEST, test)
 *         .check(new RoundTripCheck()) ...   // also in the built-in catalogue
 * }</pre>
 */
public final class RoundTripCheck implements Check {

    private static final int SHOWN = 10;
    private static final String ID = "d1.round-trip";
    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Serialisation round trip", InternalCharacteristic.D_1)
            .description("Writes the model to bytes, reads it back and compares the reloaded model's predictions of "
                    + "the test data with the original's, bit for bit.")
            .items("D-1.2a")
            .needs(Input.TEST_DATA, Input.MODEL)
            .criteria("mismatched_predictions == 0")
            .measures("mismatched_predictions", "rows", "serialised_bytes")
            .build();

    /** The check; it has no parameters. */
    public RoundTripCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        Model model = ctx.model().orElseThrow();
        if (!(model instanceof SerializableModel stored) || !model.predictsNewRows()) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable", model.description(),
                    SerializableModel.class.getSimpleName()));
        }
        ctx.needsRows(DatasetRole.TEST);
        return run -> run(run, stored);
    }

    private Outcome run(CheckContext ctx, SerializableModel model) {
        Table test = ctx.table(DatasetRole.TEST);
        Predictions original = ctx.predictions(DatasetRole.TEST);
        byte[] bytes = model.toBytes();
        Model copy = model.fromBytes(bytes);
        Predictions reloaded;
        try {
            reloaded = copy.predict(test);
        } finally {
            if (copy instanceof AutoCloseable closeable && copy != model) {
                closeQuietly(closeable);
            }
        }
        if (reloaded.size() != original.size()) {
            throw new IllegalStateException("the reloaded model gave " + reloaded.size() + " predictions for "
                    + test.rowCount() + " rows of " + test.name());
        }
        List<Integer> mismatched = new ArrayList<>();
        for (int i = 0; i < test.rowCount(); i++) {
            if (!PredictionBits.same(original, reloaded, i)) {
                mismatched.add(i);
            }
        }
        ResultTable.Builder table = ResultTable.builder("mismatches", Message.of(ID + ".table", Arg.count(SHOWN)),
                "row", "first", "second");
        for (int row : mismatched.subList(0, Math.min(SHOWN, mismatched.size()))) {
            table.row((long) row + 1, PredictionBits.describe(original, row), PredictionBits.describe(reloaded, row));
        }
        return Outcome.builder()
                .measure(ctx.judged("mismatched_predictions", mismatched.size(), "rows"))
                .measure(ctx.judged("rows", test.rowCount(), "rows"))
                .measure(ctx.judged("serialised_bytes", bytes.length, ""))
                .table(table.build())
                .explanation(Message.of(ID + ".summary", Arg.count(bytes.length), Arg.count(mismatched.size()),
                        Arg.count(test.rowCount())))
                .build();
    }

    /** Frees a reloaded model's resources (an ONNX session); a failure to close does not change the verdict. */
    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // the predictions are already compared; nothing the reader could act on
        }
    }
}
