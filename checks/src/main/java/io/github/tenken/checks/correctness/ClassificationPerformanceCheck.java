package io.github.tenken.checks.correctness;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.internal.Formats;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;

import java.util.ArrayList;
import java.util.List;

/**
 * C-1: how well a classifier predicts the labels of the test data: accuracy, balanced accuracy, per-class precision,
 * recall and F1, macro F1 and, for a positive class with probabilities, ROC AUC, with percentile-bootstrap 95%
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

    private static final String VOLUME = "accuracy_ci_width";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("c1.classification",
                    "Classification performance on the test data", InternalCharacteristic.C_1)
            .description("Accuracy, balanced accuracy, per-class precision, recall and F1, macro F1 and ROC AUC on "
                    + "the test data with bootstrap 95% confidence intervals; the interval width shows whether the "
                    + "test data suffice, and criteria fixed beforehand judge the model.")
            .concerns(ExternalCharacteristic.PERFORMANCE)
            .items("C-1.1a", "C-1.1b")
            .needs(Input.TEST_DATA, Input.MODEL, Input.LABEL)
            .parameters(
                    ParameterSpec.integer("bootstrap", 1000, 50, 100_000,
                            "bootstrap resamples for the 95% confidence intervals"),
                    ParameterSpec.text("positiveClass", "",
                            "the positive class for AUC, precision and recall; empty: the minority class of the test labels"))
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
    public Outcome run(CheckContext ctx) {
        if (ctx.model().orElseThrow().kind() == ModelKind.REGRESSION) {
            return Outcome.notApplicable("Not applicable: the model is a regressor; c1.regression measures it.");
        }
        Predictions predictions = ctx.predictions(DatasetRole.TEST);
        ObservedClasses observed = ObservedClasses.of(ctx.require(DatasetRole.TEST), ctx.roles().label(),
                predictions.classes());
        if (observed.size() == 0) {
            throw new IllegalArgumentException("no row of the test data has a label in column \""
                    + ctx.roles().label() + "\" (" + Formats.count(observed.missing()) + " rows, all missing)");
        }
        List<String> classes = observed.classes();
        int[] truth = observed.truth();
        int[] predicted = new int[truth.length];
        for (int i = 0; i < truth.length; i++) {
            predicted[i] = predictions.predictedClass(observed.row(i));
        }
        String requested = ctx.parameters().getString("positiveClass");
        boolean hasPositive = classes.size() == 2 || !requested.isBlank();
        int positive = observed.positiveClass(requested);
        RankedScores ranked = hasPositive && predictions.hasProbabilities()
                ? rank(predictions, observed, positive) : null;

        ConfusionCounts counts = ConfusionCounts.of(truth, predicted, null, classes.size());
        double auc = ranked == null ? Double.NaN : ranked.auc(null);
        PercentileBootstrap bootstrap = new PercentileBootstrap(ctx.parameters().getInt("bootstrap"), ctx.seed());
        ConfidenceInterval[] ci = bootstrap.intervals(truth.length, 4, w -> {
            ConfusionCounts c = ConfusionCounts.of(truth, predicted, w, classes.size());
            return new double[]{c.accuracy(), c.balancedAccuracy(), c.macroF1(), ranked == null ? Double.NaN : ranked.auc(w)};
        });

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
        return outcome.table(ConfusionTables.perClass(counts, classes))
                .table(ConfusionTables.matrix(counts, classes))
                .chart(ConfusionTables.matrixChart(counts, classes))
                .explanation(sentence(counts, ci[0], auc, classes.get(positive), hasPositive, observed)
                        + verdict.clauses("accuracy", "accuracy >= 0.8") + ".")
                .build();
    }

    private static RankedScores rank(Predictions predictions, ObservedClasses observed, int positive) {
        double[] score = new double[observed.size()];
        boolean[] isPositive = new boolean[observed.size()];
        for (int i = 0; i < score.length; i++) {
            score[i] = predictions.probability(observed.row(i), positive).orElseThrow();
            isPositive[i] = observed.truth(i) == positive;
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

    private static String sentence(ConfusionCounts counts, ConfidenceInterval ci, double auc, String positive,
                                   boolean hasPositive, ObservedClasses observed) {
        StringBuilder sb = new StringBuilder("The model is right on ").append(Formats.percent(counts.accuracy()))
                .append(" of ").append(Formats.count(observed.size())).append(" labelled test rows");
        if (ci != null) {
            sb.append(" (95% CI ").append(Formats.percent(ci.lower())).append('-')
                    .append(Formats.percent(ci.upper())).append(')');
        }
        sb.append(", balanced accuracy ").append(Formats.number(counts.balancedAccuracy()))
                .append(", macro F1 ").append(Formats.number(counts.macroF1()));
        if (!Double.isNaN(auc)) {
            sb.append(", AUC ").append(Formats.number(auc)).append(" for class ").append(positive);
        } else if (hasPositive) {
            sb.append(", no AUC (the model gives no probabilities, or the test data hold one class only)");
        }
        if (observed.missing() > 0) {
            sb.append("; ").append(Formats.count(observed.missing()))
                    .append(observed.missing() == 1 ? " row with a missing label was" : " rows with a missing label were")
                    .append(" left out");
        }
        return sb.toString();
    }
}
