package io.github.tenken.checks.fairness;

import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.checks.correctness.PoissonBootstrap;
import io.github.tenken.model.LabelledPredictions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The per-group errors of every grouping with Poisson-bootstrap replicates of each gap and ratio and of each group's
 * mean prediction, MAE and RMSE; the groupings share the replicates' row weights.
 */
final class ErrorEvaluation {

    /** The group figures an interval is given for. */
    enum Figure { MEAN_PREDICTION, MAE, RMSE }

    private final List<AttributeErrors> attributes;
    private final PoissonBootstrap bootstrap;
    private final double[][][] measures;     // [attribute][measure][replicate]
    private final double[][][][] figures;    // [attribute][group][figure][replicate]

    private ErrorEvaluation(List<AttributeErrors> attributes, PoissonBootstrap bootstrap, double[][][] measures,
                            double[][][][] figures) {
        this.attributes = attributes;
        this.bootstrap = bootstrap;
        this.measures = measures;
        this.figures = figures;
    }

    /** Evaluates every grouping; {@code bootstrap} {@code null} gives no intervals. */
    static ErrorEvaluation of(List<Grouping> groupings, LabelledPredictions observed, int minGroupSize,
                              PoissonBootstrap bootstrap) {
        List<AttributeErrors> attributes = new ArrayList<>();
        for (Grouping g : groupings) {
            attributes.add(AttributeErrors.of(g, AttributeErrors.sums(g, observed, null), minGroupSize));
        }
        if (bootstrap == null) {
            return new ErrorEvaluation(attributes, null, null, null);
        }
        int n = bootstrap.replicates();
        ErrorMeasure[] all = ErrorMeasure.values();
        double[][][] measures = new double[attributes.size()][all.length][n];
        double[][][][] figures = new double[attributes.size()][][][];
        for (int a = 0; a < attributes.size(); a++) {
            figures[a] = new double[attributes.get(a).groups().size()][Figure.values().length][n];
        }
        int[] weights = new int[observed.size()];
        for (int b = 0; b < n; b++) {
            for (int i = 0; i < weights.length; i++) {
                weights[i] = bootstrap.weight(b, observed.row(i));
            }
            for (int a = 0; a < attributes.size(); a++) {
                AttributeErrors replicate = attributes.get(a)
                        .replicate(AttributeErrors.sums(groupings.get(a), observed, weights));
                for (ErrorMeasure m : all) {
                    measures[a][m.ordinal()][b] = replicate.value(m);
                }
                List<GroupErrors> groups = replicate.groups();
                for (int j = 0; j < groups.size(); j++) {
                    figures[a][j][Figure.MEAN_PREDICTION.ordinal()][b] = groups.get(j).meanPrediction();
                    figures[a][j][Figure.MAE.ordinal()][b] = groups.get(j).mae();
                    figures[a][j][Figure.RMSE.ordinal()][b] = groups.get(j).rmse();
                }
            }
        }
        return new ErrorEvaluation(attributes, bootstrap, measures, figures);
    }

    List<AttributeErrors> attributes() {
        return attributes;
    }

    /** The interval of a measure of one attribute; {@code null} without a bootstrap. */
    ConfidenceInterval interval(int attribute, ErrorMeasure m) {
        return bootstrap == null ? null : bootstrap.interval(measures[attribute][m.ordinal()]);
    }

    /** The interval of the worst of a measure over some attributes; {@code null} without a bootstrap or any. */
    ConfidenceInterval worstInterval(List<Integer> over, ErrorMeasure m) {
        if (bootstrap == null || over.isEmpty()) {
            return null;
        }
        double[] worst = new double[bootstrap.replicates()];
        Arrays.fill(worst, Double.NaN);
        for (int a : over) {
            for (int b = 0; b < worst.length; b++) {
                worst[b] = m.worse(worst[b], measures[a][m.ordinal()][b]);
            }
        }
        return bootstrap.interval(worst);
    }

    /** The interval of a figure of the {@code group}-th group of an attribute. */
    ConfidenceInterval interval(int attribute, int group, Figure figure) {
        return bootstrap == null ? null : bootstrap.interval(figures[attribute][group][figure.ordinal()]);
    }
}
