package io.github.tenken.checks.operation;

import io.github.tenken.checks.correctness.RankedScores;

import io.github.tenken.model.LabelledPredictions;
import io.github.tenken.model.ModelKind;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One metric computed for a candidate and a reference model on the same weighted rows.
 *
 * @param name           the metric, e.g. {@code accuracy}
 * @param higherIsBetter whether a larger value is better (accuracy) or worse (RMSE)
 * @param candidate      the candidate's value for row weights
 * @param reference      the reference's value for the same row weights
 */
record PairedMetric(String name, boolean higherIsBetter, ToDoubleFunction<int[]> candidate,
                    ToDoubleFunction<int[]> reference) {

    /**
     * The metrics of the models' kind: accuracy, balanced accuracy, macro F1 and, when both give probabilities of a
     * binary label, the AUC of the positive class; or RMSE, MAE and R2.
     *
     * @param positive the positive class's name, for the AUC; {@code null} for none
     */
    static List<PairedMetric> of(LabelledPredictions c, LabelledPredictions r, String positive) {
        List<PairedMetric> out = new ArrayList<>();
        if (c.kind() == ModelKind.REGRESSION) {
            double[] actual = c.actual();
            double[] pc = c.predictedValues();
            double[] pr = r.predictedValues();
            out.add(new PairedMetric("rmse", false, w -> WeightedMetrics.rmse(actual, pc, w),
                    w -> WeightedMetrics.rmse(actual, pr, w)));
            out.add(new PairedMetric("mae", false, w -> WeightedMetrics.mae(actual, pc, w),
                    w -> WeightedMetrics.mae(actual, pr, w)));
            out.add(new PairedMetric("r2", true, w -> WeightedMetrics.r2(actual, pc, w),
                    w -> WeightedMetrics.r2(actual, pr, w)));
            return out;
        }
        int[] tc = c.truth();
        int[] pc = c.predicted();
        int[] tr = r.truth();
        int[] pr = r.predicted();
        int kc = c.classes().size();
        int kr = r.classes().size();
        out.add(new PairedMetric("accuracy", true, w -> WeightedMetrics.accuracy(tc, pc, w),
                w -> WeightedMetrics.accuracy(tr, pr, w)));
        out.add(new PairedMetric("balanced_accuracy", true, w -> WeightedMetrics.balancedAccuracy(tc, pc, w, kc),
                w -> WeightedMetrics.balancedAccuracy(tr, pr, w, kr)));
        out.add(new PairedMetric("macro_f1", true, w -> WeightedMetrics.macroF1(tc, pc, w, kc),
                w -> WeightedMetrics.macroF1(tr, pr, w, kr)));
        int posC = positive == null ? -1 : c.classes().indexOf(positive);
        int posR = positive == null ? -1 : r.classes().indexOf(positive);
        if (kc == 2 && posC >= 0 && posR >= 0 && c.hasProbabilities() && r.hasProbabilities()) {
            boolean[] isPositive = new boolean[tc.length];
            for (int i = 0; i < tc.length; i++) {
                isPositive[i] = tc[i] == posC;
            }
            double[] sc = c.probabilitiesOf(posC);
            double[] sr = r.probabilitiesOf(posR);
            RankedScores rc = new RankedScores(sc, isPositive);
            RankedScores rr = new RankedScores(sr, isPositive);
            out.add(new PairedMetric("auc", true, rc::auc, rr::auc));
        }
        return out;
    }

    /** Candidate minus reference for these weights. */
    double difference(int[] w) {
        return candidate.applyAsDouble(w) - reference.applyAsDouble(w);
    }
}
