package io.github.tenken.checks.software;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.ResultTable;
import io.github.tenken.checks.stability.TableRows;
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
import java.util.stream.IntStream;

/**
 * D-1 invalid-input behaviour: copies of the first test rows with one feature set to a hostile value (missing, +-1e308
 * and +-Infinity for a number; missing and a category never seen for a category) are predicted, and each answer is
 * recorded and judged (guideline D-1.2a).
 *
 * <p>The judgement: an answer is <em>safe</em> when it is a finite prediction (for a classifier with probabilities,
 * each within [0, 1] and summing to 1 within 1e-6) or a rejection with an {@link IllegalArgumentException}, the Java
 * way of saying "this input is invalid", which a caller can catch and handle. It is <em>unsafe</em> when a value is
 * NaN or infinite, probabilities are invalid, the number of predictions is wrong, or any other exception is thrown
 * (a {@code NullPointerException} or an {@code ArrayIndexOutOfBoundsException} says the model broke, not that it
 * refused). A probe's answer is unsafe when any of its rows is. The table shows each probe's predictions, or the
 * exception thrown; whether it was safe is its own column. The features are the model's
 * ({@link Model#features()}), or every feature column of the test data when the model does not say.
 */
public final class InvalidInputCheck implements Check {

    private static final String ID = "d1.invalid-input";
    private static final double SUM_TOLERANCE = 1e-6;
    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Behaviour on invalid input", InternalCharacteristic.D_1)
            .description("Feeds copies of test rows with one feature missing, extreme, infinite or an unseen "
                    + "category, records each answer, and counts the unsafe ones: non-finite predictions, invalid "
                    + "probabilities, or exceptions other than IllegalArgumentException.")
            .items("D-1.2a")
            .needs(Input.TEST_DATA, Input.MODEL)
            .parameters(ParameterSpec.integer("rows", 3, 1, 1_000, "test rows copied for each probe (the first ones)"))
            .criteria("unsafe_outputs == 0")
            .measures("probes", "rejected_inputs", "unsafe_outputs")
            .build();

    /** The check with its default parameters. */
    public InvalidInputCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        Model model = ctx.model().orElseThrow();
        if (!model.predictsNewRows()) {
            // hostile copies are perturbed rows: the perturbation check's sentence says why they cannot be predicted
            return run -> Outcome.notApplicable(Message.of("c2.perturbation.notApplicable.replay",
                    model.description()));
        }
        ctx.needsRows(DatasetRole.TEST);
        return run -> run(run, model);
    }

    private Outcome run(CheckContext ctx, Model model) {
        Table test = ctx.table(DatasetRole.TEST);
        int n = Math.min(ctx.parameters().getInt("rows"), test.rowCount());
        Table rows = TableRows.select(test, IntStream.range(0, n).toArray(), test.name());
        List<String> features = model.features().isEmpty() ? ctx.roles().features(test) : model.features();
        ResultTable.Builder table = ResultTable.builder("probes", Message.of(ID + ".table", Arg.count(n)),
                "feature", "probe", "outcome", "safe");
        int probes = 0;
        int unsafe = 0;
        int rejected = 0;
        for (String feature : features) {
            for (HostileProbe probe : HostileProbe.of(test.column(feature))) {
                Answer answer = answer(model, probe.apply(rows), n);
                probes++;
                unsafe += answer.safe() ? 0 : 1;
                rejected += answer.rejected() ? 1 : 0;
                table.row(feature, probe.probe(), answer.outcome(), answer.safe());
            }
        }
        return Outcome.builder()
                .measure(ctx.judged("unsafe_outputs", unsafe, ""))
                .measure(ctx.judged("rejected_inputs", rejected, ""))
                .measure(ctx.judged("probes", probes, ""))
                .table(table.build())
                .explanation(Message.of(ID + ".summary", Arg.count(probes), Arg.count(features.size()),
                        Arg.count(n), Arg.count(unsafe), Arg.count(rejected),
                        IllegalArgumentException.class.getSimpleName()))
                .build();
    }

    /** The model's answer to one probe. */
    private record Answer(String outcome, boolean safe, boolean rejected) {
    }

    private static Answer answer(Model model, Table probe, int rows) {
        Predictions p;
        try {
            p = model.predict(probe);
        } catch (IllegalArgumentException e) {
            return new Answer(Formats.clip(e.toString()), true, true);
        } catch (RuntimeException | StackOverflowError e) {
            return new Answer(Formats.clip(e.toString()), false, false);
        }
        if (p.size() != rows) {
            return new Answer(p.size() + " predictions for " + rows + " rows", false, false);
        }
        List<String> shown = new ArrayList<>();
        boolean safe = true;
        for (int r = 0; r < rows; r++) {
            shown.add(PredictionBits.describe(p, r));
            safe &= finite(p, r);
        }
        return new Answer(String.join("; ", shown), safe, false);
    }

    private static boolean finite(Predictions p, int row) {
        if (p.kind() == ModelKind.REGRESSION) {
            return Double.isFinite(p.value(row));
        }
        if (!p.hasProbabilities()) {
            return true;
        }
        double sum = 0;
        for (int c = 0; c < p.classes().size(); c++) {
            double v = p.probability(row, c);
            if (!(v >= 0 && v <= 1)) {
                return false;
            }
            sum += v;
        }
        return Math.abs(sum - 1) <= SUM_TOLERANCE;
    }
}
