package io.github.tenken.checks.drift;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.internal.Formats;
import io.github.tenken.message.Message;
import io.github.tenken.stats.QuantileSummary;

import java.util.ArrayList;
import java.util.List;

/**
 * A histogram of two samples over the same equal-width bins (spanning both samples), with the share of each sample
 * per bin, so that the two distributions can be compared bar by bar. The shares come from each sample's
 * distribution function, exact or sketched; bin edges are computed without overflow even for values near +-1e308.
 */
final class SharedHistogram {

    private SharedHistogram() {
    }

    /** The share of each sample in each of the bins; the last bin includes its upper edge. */
    static double[][] shares(QuantileSummary a, QuantileSummary b, double[] edges) {
        int bins = edges.length - 1;
        double[][] shares = new double[2][bins];
        QuantileSummary[] samples = {a, b};
        for (int s = 0; s < 2; s++) {
            QuantileSummary x = samples[s];
            for (int k = 0; k < bins; k++) {
                double lo = x.cdfBelow(edges[k]);
                double hi = k == bins - 1 ? 1 : x.cdfBelow(edges[k + 1]);
                shares[s][k] = x.count() == 0 ? 0 : Math.max(0, hi - lo);
            }
        }
        return shares;
    }

    /** The share of each sample in each integer bin {@code [edge k, edge k+1)}. */
    static double[][] integerShares(QuantileSummary a, QuantileSummary b, double[] edges) {
        int bins = edges.length - 1;
        double[][] shares = new double[2][bins];
        QuantileSummary[] samples = {a, b};
        for (int s = 0; s < 2; s++) {
            QuantileSummary x = samples[s];
            for (int k = 0; k < bins; k++) {
                double lo = x.cdfBelow(edges[k]);
                double hi = x.cdfBelow(edges[k + 1]);
                shares[s][k] = x.count() == 0 ? 0 : Math.max(0, hi - lo);
            }
        }
        return shares;
    }

    /** {@code bins + 1} equal-width edges from the smaller minimum to the larger maximum of two non-empty samples. */
    static double[] edges(QuantileSummary a, QuantileSummary b, int bins) {
        double min = Math.min(a.min(), b.min());
        double max = Math.max(a.max(), b.max());
        double[] edges = new double[bins + 1];
        for (int k = 0; k <= bins; k++) {
            double t = (double) k / bins;
            edges[k] = k == bins ? max : k == 0 ? min : min * (1 - t) + max * t;
        }
        return edges;
    }

    /**
     * Whether both samples hold integers only, judged on their extremes and breakpoints (every distinct value of an
     * exact summary, the retained items of a sketch) and bounded so that integer edges stay exact.
     */
    static boolean integral(QuantileSummary a, QuantileSummary b) {
        for (QuantileSummary x : new QuantileSummary[]{a, b}) {
            if (!isInteger(x.min()) || !isInteger(x.max())) {
                return false;
            }
            for (double v : x.breakpoints()) {
                if (!isInteger(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isInteger(double v) {
        return Math.abs(v) < 1e15 && v == Math.rint(v);
    }

    /**
     * Integer edges for integer samples: bins of {@code ceil((max - min + 1) / bins)} whole values from the smaller
     * minimum, so that every bin holds the same number of possible values and its label names them ({@code 17-20}).
     * The last edge lies one past the largest value.
     */
    static double[] integerEdges(QuantileSummary a, QuantileSummary b, int bins) {
        long min = (long) Math.min(a.min(), b.min());
        long max = (long) Math.max(a.max(), b.max());
        long width = Math.max(1, (max - min + bins) / bins);
        int n = (int) ((max - min) / width + 1);
        double[] edges = new double[n + 1];
        for (int k = 0; k <= n; k++) {
            edges[k] = min + k * width;
        }
        return edges;
    }

    /** The chart of a column; one bin when both samples hold a single value; integer bins for integer samples. */
    static Chart chart(String column, QuantileSummary reference, QuantileSummary compared, int bins,
                       String referenceRole, String comparedRole) {
        double min = Math.min(reference.min(), compared.min());
        double max = Math.max(reference.max(), compared.max());
        double[] edges;
        double[][] shares;
        List<String> labels = new ArrayList<>();
        if (integral(reference, compared)) {
            edges = integerEdges(reference, compared, bins);
            shares = integerShares(reference, compared, edges);
            for (int k = 0; k + 1 < edges.length; k++) {
                long lo = (long) edges[k];
                long hi = (long) edges[k + 1] - 1;
                labels.add(lo == hi ? Long.toString(lo) : lo + "\u2013" + hi);
            }
        } else {
            int n = min == max ? 1 : bins;
            edges = edges(reference, compared, n);
            shares = shares(reference, compared, edges);
            for (int k = 0; k < n; k++) {
                labels.add("[" + Formats.number(edges[k]) + ", " + Formats.number(edges[k + 1])
                        + (k == n - 1 ? "]" : ")"));
            }
        }
        return new Chart("histogram-" + column, Message.of("drift.chart", column, Message.of("role." + referenceRole),
                Message.of("role." + comparedRole)), ChartKind.HISTOGRAM, labels,
                List.of(ChartSeries.of(referenceRole, Message.of("role." + referenceRole), shares[0]),
                        ChartSeries.of(comparedRole, Message.of("role." + comparedRole), shares[1])),
                Message.literal(column), Message.of("axis.share"));
    }
}
