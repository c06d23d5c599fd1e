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

    /** The chart of a column; one bin when both samples hold a single value. */
    static Chart chart(String column, QuantileSummary reference, QuantileSummary compared, int bins,
                       String referenceRole, String comparedRole) {
        double min = Math.min(reference.min(), compared.min());
        double max = Math.max(reference.max(), compared.max());
        int n = min == max ? 1 : bins;
        double[] edges = edges(reference, compared, n);
        double[][] shares = shares(reference, compared, edges);
        List<String> labels = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            labels.add("[" + Formats.number(edges[k]) + ", " + Formats.number(edges[k + 1]) + (k == n - 1 ? "]" : ")"));
        }
        return new Chart("histogram-" + column, Message.of("drift.chart", column, Message.of("role." + referenceRole),
                Message.of("role." + comparedRole)), ChartKind.HISTOGRAM, labels,
                List.of(ChartSeries.of(referenceRole, Message.of("role." + referenceRole), shares[0]),
                        ChartSeries.of(comparedRole, Message.of("role." + comparedRole), shares[1])),
                Message.literal(column), Message.of("axis.share"));
    }
}
