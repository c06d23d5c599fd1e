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
import java.util.Set;

/**
 * C-1: how well a classifier predicts the labels of the test data, each measure with a Poisson-bootstrap 95%
 * interval: accuracy, balanced accuracy, macro F1, MCC, macro precision and recall, per-class precision, recall and
 * F1; with probabilities also log loss, the Brier score and the expected calibration error ({@code ece}, 10 bins), and
 * for a positive class ROC AUC and average precision with the ROC and precision-recall curves; for more than two
 * classes the macro one-vs-rest AUC ({@code auc_ovr_macro}).
 *
 * <p>Criteria the user fixes beforehand, such as {@code accuracy >= 0.8} or {@code recall >= 0.7}, judge the model
 * (C-1.1b); without one the verdict is WARN. There is deliberately no default acceptance threshold: a threshold
 * the team did not fix is no acceptance criterion. Whether the test data suffice (C-1.1a) is judged by
 * {@code criteria_undecided}, the number of criteria whose measure's interval straddles the threshold (default
 * criterion {@code criteria_undecided == 0}, see {@link CriteriaDecision}): a good model judged by a threshold well
 * below its performance is decided on a few hundred rows. The width of the accuracy interval,
 * {@code accuracy_ci_width}, is still reported, informative.
 *
 * <p>Binary models (or any model given a {@code positiveClass}) also report {@code precision}, {@code recall} and
 * {@code false_positive_rate} of the positive class; multi-class models report {@code recall.<class>} and
 * {@code precision.<class>} per class, the class name with characters other than letters, digits, {@code _},
 * {@code .} and {@code -} replaced by {@code _}. {@code auc} and {@code average_precision} are reported only when the
 * model gives probabilities and a positive class is defined (binary, or {@code positiveClass} set); a criterion on
 * them otherwise names no measure, which the engine reports as an error. Rows with a missing label are left out and
 * counted.
 */
public final class ClassificationPerformanceCheck implements Check {

    private static final String ID = "c1.classification";
    private static final String WIDTH = "accuracy_ci_width";
    /** The data-volume measures: no acceptance criterion for the model, and not decided by an interval. */
    static final Set<String> VOLUME_MEASURES = Set.of(WIDTH, CriteriaDecision.MEASURE, "rows");
    /** Measures of scores left out when undefined (a single class in the test data). */
    private static final Set<String> SCORE_MEASURES = Set.of("auc", "average_precision", "auc_ovr_macro");

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Classification performance on the test data", InternalCharacteristic.C_1)
            .description("Accuracy, balanced accuracy, MCC, per-class and macro precision, recall and F1, ROC AUC, "
                    + "average precision, log loss, Brier score and calibration on the test data with bootstrap 95% "
                    + "confidence intervals; criteria fixed beforehand judge the model, and whether each criterion's "
                    + "interval lies on one side of its threshold shows whether the test data suffice.")
            .concerns(ExternalCharacteristic.PERFORMANCE)
            .items("C-1.1a", "C-1.1b")
            .needs(Input.TEST_DATA, Input.MODEL, Input.LABEL)
            .parameters(
                    ParameterSpec.integer("bootstrap", 1000, 50, 100_000,
                            "bootstrap replicates for the 95% confidence intervals"),
                    ParameterSpec.text("positiveClass", "",
                            "the positive class for AUC, precision and recall; empty: the assessment's positiveClass, else the "
                                    + "minority class of the test labels, named in the result"))
            .criteria(CriteriaDecision.DEFAULT_CRITERION)
            .measures("accuracy", "balanced_accuracy", "macro_f1", "macro_precision", "macro_recall", "mcc",
                    "precision", "recall", "false_positive_rate", "precision.*", "recall.*", "auc", "auc_ovr_macro",
                    "average_precision", "log_loss", "brier", "ece", "accuracy_ci_width", "criteria_undecided",
                    "rows")
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
        PositiveClass positiveClass = PositiveClass.resolve(ctx, classes, labelled.counts());
        boolean hasPositive = classes.size() == 2 || positiveClass.declared();
        int positive = positiveClass.index();
        PoissonBootstrap bootstrap = new PoissonBootstrap(ctx.parameters().getInt("bootstrap"), ctx.seed());
        ClassificationMetrics metrics = new ClassificationMetrics(labelled, hasPositive ? positive : -1, bootstrap);
        ConfusionCounts counts = metrics.counts();

        List<Measure> measures = new ArrayList<>();
        for (String name : metrics.names()) {
            double value = metrics.value(name);
            if (Double.isNaN(value) && SCORE_MEASURES.contains(name)) {
                continue;       // e.g. no AUC when the test data hold one class only
            }
            measures.add(judged(ctx, name, value, metrics.interval(name)));
        }
        ConfidenceInterval accuracy = metrics.interval("accuracy");
        measures.add(judged(ctx, WIDTH, accuracy == null ? Double.NaN : accuracy.width(), null));
        CriteriaDecision decision = new CriteriaDecision(measures, VOLUME_MEASURES);
        measures.add(ctx.judged(CriteriaDecision.MEASURE, decision.undecided(), "criteria"));
        measures.add(ctx.judged("rows", labelled.size(), "rows"));

        PerformanceVerdict verdict = new PerformanceVerdict(measures, VOLUME_MEASURES.toArray(String[]::new));
        Outcome.Builder outcome = Outcome.builder().status(verdict.status());
        measures.forEach(outcome::measure);
        double auc = metrics.names().contains("auc") ? metrics.value("auc") : Double.NaN;
        Message main = summary(counts, accuracy, auc, classes.get(positive), hasPositive, labelled);
        outcome.table(ConfusionTables.perClass(counts, classes))
                .table(ConfusionTables.matrix(counts, classes))
                .chart(ConfusionTables.matrixChart(counts, classes));
        if (metrics.ranked() != null) {
            List<double[]> curve = metrics.ranked().curve(ClassificationMetrics.CURVE_POINTS);
            if (!curve.isEmpty()) {
                outcome.table(CurveTables.roc(curve, classes.get(positive)))
                        .table(CurveTables.precisionRecall(curve, classes.get(positive)));
            }
        }
        if (metrics.probabilities() != null) {
            outcome.table(CurveTables.reliability(metrics.probabilities(),
                            CurveTables.scored(hasPositive ? classes.get(positive) : null)))
                    .chart(CurveTables.reliabilityChart(metrics.probabilities()));
        }
        if (decision.size() > 0) {
            outcome.table(decision.table());
        }
        Message explanation = verdict.sentence(main, "accuracy", "accuracy >= 0.8", decision.clause());
        if (hasPositive && !positiveClass.declared()) {
            explanation = Message.of("sentences", explanation, positiveClass.note());
        }
        return outcome.explanation(explanation).build();
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
