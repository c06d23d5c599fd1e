package io.github.tenken.checks.correctness;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.checks.model.PositiveClass;
import io.github.tenken.message.Message;
import io.github.tenken.model.LabelledPredictions;
import io.github.tenken.model.ModelKind;

import java.util.ArrayList;
import java.util.List;

/**
 * C-1: how well a classifier predicts the labels of the test data: accuracy, balanced accuracy, per-class precision,
 * recall and F1, macro F1 and, for a positive class with probabilities, ROC AUC, with Poisson-bootstrap 95%
 * intervals. The width of the accuracy interval ({@code accuracy_ci_width}, default criterion {@code <= 0.05}) shows
 * whether the test data suffice (C-1.1a); criteria the user fixes beforehand, such as {@code accuracy >= 0.8} or
 * {@code recall >= 0.7}, judge the model (C-1.1b), and without one the verdict is WARN.
 *
 * <p>Binary models (or any model given a {@code positiveClass}) also report {@code precision}, {@code recall} and
 * {@code false_positive_rate} of the positive class; multi-class models report {@code recall.<class>} and
 * {@code precision.<class>} per class, the class name with characters other than letters, digits, {@code _},
 * {@code .} and {@code -} replaced by {@code _}. {@code auc} is reported only when the model gives probabilities and a
 * positive class is defined (binary, or {@code positiveClass} set); a criterion on it otherwise names no measure, which
 * the engine reports as an error. Rows with a missing label are left out and counted.
 */
public final class ClassificationPerformanceCheck implements Check {

    private static final String ID = "c1.classification";
    private static final String VOLUME = "accuracy_ci_width";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Classification performance on the test data", InternalCharacteristic.C_1)
            .description("Accuracy, balanced accuracy, per-class precision, recall and F1, macro F1 and ROC AUC on "
                    + "the test data with bootstrap 95% confidence intervals; the interval width shows whether the "
                    + "test data suffice, and criteria fixed beforehand judge the model.")
            .concerns(ExternalCharacteristic.PERFORMANCE)
            .items("C-1.1a", "C-1.1b")
            .needs(Input.TEST_DATA, Input.MODEL, Input.LABEL)
            .parameters(
                    ParameterSpec.integer("bootstrap", 1000, 50, 100_000,
                            "bootstrap replicates for the 95% confidence intervals"),
                    ParameterSpec.text("positiveClass", "",
                            "the positive class for AUC, precision and recall; empty: the assessment's positiveClass, else the "
                                    + "minority class of the test labels, named in the result"))
            .criteria(VOLUME + " <= 0.05")
            .build();

    /** The check with its declared defaults; parameters and criteria come from the assessment. */
    public ClassificationPerformanceCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        if (ctx.model().orElseThrow().kind() == ModelKind.REGRESSION) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable"));
        }
        ctx.needsRows(DatasetRole.TEST);
        return this::run;
    }

    private Outcome run(CheckContext ctx) {
        LabelledPredictions labelled = ctx.labelled(DatasetRole.TEST);
        if (labelled.size() == 0) {
            throw new IllegalArgumentException("no row of the test data has a label in column \""
                    + ctx.roles().label() + "\" (" + labelled.missing() + " rows, all missing)");
        }
        List<String> classes = labelled.classes();
        int[] truth = labelled.truth();
        int[] predicted = labelled.predicted();
        PositiveClass positiveClass = PositiveClass.resolve(ctx, classes, labelled.counts());
        boolean hasPositive = classes.size() == 2 || positiveClass.declared();
        int positive = positiveClass.index();
        RankedScores ranked = hasPositive && labelled.hasProbabilities() ? rank(labelled, positive) : null;

        ConfusionCounts counts = ConfusionCounts.of(truth, predicted, null, classes.size());
        double auc = ranked == null ? Double.NaN : ranked.auc(null);
        PoissonBootstrap bootstrap = new PoissonBootstrap(ctx.parameters().getInt("bootstrap"), ctx.seed());
        ConfidenceInterval[] ci = intervals(bootstrap, truth, predicted, classes.size(), ranked);

        List<Measure> measures = new ArrayList<>();
        measures.add(judged(ctx, "accuracy", counts.accuracy(), ci[0]));
        measures.add(judged(ctx, "balanced_accuracy", counts.balancedAccuracy(), ci[1]));
        measures.add(judged(ctx, "macro_f1", counts.macroF1(), ci[2]));
        if (ranked != null && !Double.isNaN(auc)) {
            measures.add(judged(ctx, "auc", auc, ci[3]));
        }
        if (hasPositive) {
            measures.add(judged(ctx, "precision", counts.precision(positive), null));
            measures.add(judged(ctx, "recall", counts.recall(positive), null));
            measures.add(judged(ctx, "false_positive_rate", counts.falsePositiveRate(positive), null));
        }
        if (classes.size() > 2) {
            for (int k = 0; k < classes.size(); k++) {
                measures.add(judged(ctx, "recall." + token(classes.get(k)), counts.recall(k), null));
                measures.add(judged(ctx, "precision." + token(classes.get(k)), counts.precision(k), null));
            }
        }
        measures.add(judged(ctx, VOLUME, ci[0] == null ? Double.NaN : ci[0].width(), null));
        measures.add(ctx.judged("rows", truth.length, "rows"));

        PerformanceVerdict verdict = new PerformanceVerdict(measures, VOLUME, "rows");
        Outcome.Builder outcome = Outcome.builder().status(verdict.status());
        measures.forEach(outcome::measure);
        Message main = summary(counts, ci[0], auc, classes.get(positive), hasPositive, labelled);
        if (hasPositive) {
            main = Message.of("sentences", main, positiveClass.declared() ? Message.literal("")
                    : positiveClass.note());
        }
        return outcome.table(ConfusionTables.perClass(counts, classes))
                .table(ConfusionTables.matrix(counts, classes))
                .chart(ConfusionTables.matrixChart(counts, classes))
                .explanation(verdict.sentence(main, "accuracy", "accuracy >= 0.8"))
                .build();
    }

    /** Intervals of accuracy, balanced accuracy, macro F1 and AUC from the bootstrap replicates. */
    private static ConfidenceInterval[] intervals(PoissonBootstrap bootstrap, int[] truth, int[] predicted,
                                                  int classes, RankedScores ranked) {
        ConfusionReplicates replicates = ConfusionReplicates.all(bootstrap, truth, predicted, classes, 1 << 14);
        int b = bootstrap.replicates();
        double[][] values = new double[4][b];
        for (int r = 0; r < b; r++) {
            ConfusionCounts c = replicates.replicate(r);
            values[0][r] = c.accuracy();
            values[1][r] = c.balancedAccuracy();
            values[2][r] = c.macroF1();
            values[3][r] = ranked == null ? Double.NaN : ranked.auc(bootstrap.weights(r, truth.length));
        }
        ConfidenceInterval[] ci = new ConfidenceInterval[4];
        for (int s = 0; s < 4; s++) {
            ci[s] = bootstrap.interval(values[s]);
        }
        return ci;
    }

    private static RankedScores rank(LabelledPredictions labelled, int positive) {
        double[] score = labelled.probabilitiesOf(positive);
        boolean[] isPositive = new boolean[labelled.size()];
        for (int i = 0; i < isPositive.length; i++) {
            isPositive[i] = labelled.truth(i) == positive;
        }
        return new RankedScores(score, isPositive);
    }

    private static Measure judged(CheckContext ctx, String name, double value, ConfidenceInterval ci) {
        Measure m = Measure.of(name, value, "ratio");
        if (ci != null) {
            m = m.withInterval(ci);
        }
        return ctx.judge(m);
    }

    /** A class name as a measure-name token: characters a criterion cannot name become {@code _}. */
    static String token(String className) {
        return className.replaceAll("[^A-Za-z0-9_.\\-]", "_");
    }

    private static Message summary(ConfusionCounts counts, ConfidenceInterval ci, double auc, String positive,
                                   boolean hasPositive, LabelledPredictions labelled) {
        Message interval = ci == null ? Message.literal("")
                : Message.of("interval.share", Arg.share(ci.lower()), Arg.share(ci.upper()));
        Message aucPart = !Double.isNaN(auc) ? Message.of(ID + ".auc", Arg.num(auc), positive)
                : hasPositive ? Message.of(ID + ".noAuc") : Message.literal("");
        Message missing = labelled.missing() == 0 ? Message.literal("")
                : Message.of("performance.missingLabels", Arg.count(labelled.missing()));
        return Message.of(ID + ".summary", Arg.share(counts.accuracy()), Arg.count(labelled.size()), interval,
                Arg.num(counts.balancedAccuracy()), Arg.num(counts.macroF1()), aucPart, missing);
    }
}
