package io.github.tenken.checks.drift;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.internal.Formats;
import io.github.tenken.stats.SortedSample;

import java.util.ArrayList;
import java.util.List;

/**
 * A histogram of two samples over the same equal-width bins (spanning both samples), with the share of each sample
 * per bin, so that the two distributions can be compared bar by bar.
 */
final class SharedHistogram {

    private SharedHistogram() {
    }

    /** The share of each sample in each of {@code bins} equal-width bins; the last bin includes its upper edge. */
    static double[][] shares(SortedSample a, SortedSample b, int bins, double[] edges) {
        double[][] shares = new double[2][bins];
        SortedSample[] samples = {a, b};
        for (int s = 0; s < 2; s++) {
            SortedSample x = samples[s];
            for (int k = 0; k < bins; k++) {
                int lo = countBelow(x, edges[k]);
                int hi = k == bins - 1 ? x.size() : countBelow(x, edges[k + 1]);
                shares[s][k] = x.size() == 0 ? 0 : (double) (hi - lo) / x.size();
            }
        }
        return shares;
    }

    /** {@code bins + 1} equal-width edges from the smaller minimum to the larger maximum of two non-empty samples. */
    static double[] edges(SortedSample a, SortedSample b, int bins) {
        double min = Math.min(a.get(0), b.get(0));
        double max = Math.max(a.get(a.size() - 1), b.get(b.size() - 1));
        double[] edges = new double[bins + 1];
        for (int k = 0; k <= bins; k++) {
            edges[k] = k == bins ? max : min + (max - min) * k / bins;
        }
        return edges;
    }

    /** The chart of a column; one bin when both samples hold a single value. */
    static Chart chart(String column, SortedSample reference, SortedSample compared, int bins, String referenceName,
                       String comparedName) {
        double min = Math.min(reference.get(0), compared.get(0));
        double max = Math.max(reference.get(reference.size() - 1), compared.get(compared.size() - 1));
        int n = min == max ? 1 : bins;
        double[] edges = edges(reference, compared, n);
        double[][] shares = shares(reference, compared, n, edges);
        List<String> labels = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            labels.add("[" + Formats.number(edges[k]) + ", " + Formats.number(edges[k + 1]) + (k == n - 1 ? "]" : ")"));
        }
        return new Chart("histogram-" + column, "Distribution of " + column + ": " + referenceName + " vs "
                + comparedName + " (share of rows per bin)", ChartKind.HISTOGRAM, labels,
                List.of(ChartSeries.of(referenceName, shares[0]), ChartSeries.of(comparedName, shares[1])),
                column, "share of rows");
    }

    /** How many values of the sorted sample are strictly below {@code x}. */
    static int countBelow(SortedSample s, double x) {
        int lo = 0;
        int hi = s.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s.get(mid) < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
