package io.github.tenken.checks.fairness;

import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.checks.correctness.PoissonBootstrap;
import io.github.tenken.model.LabelledPredictions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The parity of every grouping for every judged class, with Poisson-bootstrap replicates of each parity figure and
 * of each group's selection and true positive rates. All groupings share the replicates' row weights, so the
 * replicate of a worst-over-attributes figure is the worst of the attributes' replicates.
 */
final class ParityEvaluation {

    /** The rates a group's interval is given for. */
    enum Rate { SELECTION, TRUE_POSITIVE }

    /**
     * One grouping judged for every class.
     *
     * @param grouping the grouping
     * @param perClass its parity for each judged class
     */
    record View(Grouping grouping, List<AttributeParity> perClass) {

        View {
            perClass = List.copyOf(perClass);
        }

        /** Whether the view gives a verdict (every class has the same groups, so the first decides). */
        boolean hasVerdict() {
            return perClass.get(0).hasVerdict();
        }

        /** The worst value of a figure over the classes. */
        double value(ParityMeasure m) {
            double worst = Double.NaN;
            for (AttributeParity p : perClass) {
                worst = m.worse(worst, m.of(p));
            }
            return worst;
        }

        /** The class whose figure is the worst (the first on a tie). */
        AttributeParity worstClass(ParityMeasure m) {
            double worst = value(m);
            return perClass.stream().filter(p -> Double.compare(m.of(p), worst) == 0).findFirst()
                    .orElse(perClass.get(0));
        }
    }

    private final List<View> views;
    private final PoissonBootstrap bootstrap;
    private final double[][][] figures;        // [view][measure][replicate], worst over classes
    private final double[][][][][] rates;      // [view][class][group][rate][replicate]

    private ParityEvaluation(List<View> views, PoissonBootstrap bootstrap, double[][][] figures,
                             double[][][][][] rates) {
        this.views = views;
        this.bootstrap = bootstrap;
        this.figures = figures;
        this.rates = rates;
    }

    /**
     * Judges every grouping for every class in {@code classes}.
     *
     * @param bootstrap the replicates for intervals, or {@code null} for none
     */
    static ParityEvaluation of(List<Grouping> groupings, LabelledPredictions observed, int[] classes,
                               int minGroupSize, PoissonBootstrap bootstrap) {
        List<View> views = new ArrayList<>();
        for (Grouping g : groupings) {
            List<AttributeParity> perClass = new ArrayList<>();
            for (int k : classes) {
                perClass.add(AttributeParity.of(g, AttributeParity.count(g, observed, k, null),
                        observed.classes().get(k), minGroupSize));
            }
            views.add(new View(g, perClass));
        }
        if (bootstrap == null) {
            return new ParityEvaluation(views, null, null, null);
        }
        int n = bootstrap.replicates();
        ParityMeasure[] measures = ParityMeasure.values();
        double[][][] figures = new double[views.size()][measures.length][n];
        double[][][][][] rates = new double[views.size()][classes.length][][][];
        for (int v = 0; v < views.size(); v++) {
            for (double[] f : figures[v]) {
                Arrays.fill(f, Double.NaN);
            }
            for (int c = 0; c < classes.length; c++) {
                rates[v][c] = new double[views.get(v).perClass().get(c).groups().size()][Rate.values().length][n];
            }
        }
        byte[][] outcomes = new byte[classes.length][];
        for (int c = 0; c < classes.length; c++) {
            outcomes[c] = AttributeParity.outcomes(observed, classes[c]);
        }
        int[] weights = new int[observed.size()];
        for (int b = 0; b < n; b++) {
            for (int i = 0; i < weights.length; i++) {
                weights[i] = bootstrap.weight(b, observed.row(i));
            }
            for (int v = 0; v < views.size(); v++) {
                View view = views.get(v);
                for (int c = 0; c < classes.length; c++) {
                    AttributeParity replicate = view.perClass().get(c)
                            .replicate(AttributeParity.count(view.grouping(), outcomes[c], weights));
                    for (ParityMeasure m : measures) {
                        figures[v][m.ordinal()][b] = m.worse(figures[v][m.ordinal()][b], m.of(replicate));
                    }
                    List<GroupRates> groups = replicate.groups();
                    for (int j = 0; j < groups.size(); j++) {
                        rates[v][c][j][Rate.SELECTION.ordinal()][b] = groups.get(j).selectionRate();
                        rates[v][c][j][Rate.TRUE_POSITIVE.ordinal()][b] = groups.get(j).truePositiveRate();
                    }
                }
            }
        }
        return new ParityEvaluation(views, bootstrap, figures, rates);
    }

    List<View> views() {
        return views;
    }

    /** The interval of a figure of one view; {@code null} without a bootstrap. */
    ConfidenceInterval interval(int view, ParityMeasure m) {
        return bootstrap == null ? null : bootstrap.interval(figures[view][m.ordinal()]);
    }

    /** The interval of the worst of a figure over some views; {@code null} without a bootstrap or views. */
    ConfidenceInterval worstInterval(List<Integer> over, ParityMeasure m) {
        if (bootstrap == null || over.isEmpty()) {
            return null;
        }
        double[] worst = new double[bootstrap.replicates()];
        Arrays.fill(worst, Double.NaN);
        for (int v : over) {
            for (int b = 0; b < worst.length; b++) {
                worst[b] = m.worse(worst[b], figures[v][m.ordinal()][b]);
            }
        }
        return bootstrap.interval(worst);
    }

    /** The interval of a rate of the {@code group}-th group of a view for its {@code cls}-th class. */
    ConfidenceInterval interval(int view, int cls, int group, Rate rate) {
        return bootstrap == null ? null : bootstrap.interval(rates[view][cls][group][rate.ordinal()]);
    }
}
