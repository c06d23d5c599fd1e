package io.github.tenken.checks.distribution;

import io.github.tenken.stats.Combinations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cramér's V of every pair of attributes (the label among them) from their joint counts: the strength of each
 * association, {@code sqrt(chi2 / (n (min(r, c) - 1)))} over the levels that occur, 0 for perfect independence, 1
 * when one attribute determines the other. Pairs with a strong association are candidates for a spurious
 * correlation (guideline B-1.3a), to be judged by someone who knows whether the dependence is real.
 */
final class Associations {

    private Associations() {
    }

    /** One pair and its association. */
    record Pair(String first, String second, long rows, double cramersV) {
    }

    /** The association of every pair of the counts' subsets, in their order. */
    static List<Pair> of(Combinations.Counts counts) {
        List<Pair> out = new ArrayList<>();
        for (Combinations.Subset s : counts.subsets()) {
            out.add(new Pair(s.columns().get(0), s.columns().get(1), rows(s), cramersV(s)));
        }
        return out;
    }

    private static long rows(Combinations.Subset s) {
        return s.rows().values().stream().mapToLong(Long::longValue).sum();
    }

    /** V of a two-attribute subset; {@code NaN} when either attribute shows fewer than two levels. */
    static double cramersV(Combinations.Subset s) {
        Set<String> a = new LinkedHashSet<>();
        Set<String> b = new LinkedHashSet<>();
        s.rows().keySet().forEach(k -> {
            a.add(k.get(0));
            b.add(k.get(1));
        });
        int k = Math.min(a.size(), b.size());
        if (k < 2) {
            return Double.NaN;
        }
        List<String> as = new ArrayList<>(a);
        List<String> bs = new ArrayList<>(b);
        long[][] table = new long[as.size()][bs.size()];
        long n = 0;
        for (Map.Entry<List<String>, Long> e : s.rows().entrySet()) {
            table[as.indexOf(e.getKey().get(0))][bs.indexOf(e.getKey().get(1))] += e.getValue();
            n += e.getValue();
        }
        long[] rowSums = new long[as.size()];
        long[] colSums = new long[bs.size()];
        for (int i = 0; i < as.size(); i++) {
            for (int j = 0; j < bs.size(); j++) {
                rowSums[i] += table[i][j];
                colSums[j] += table[i][j];
            }
        }
        double chi2 = 0;
        for (int i = 0; i < as.size(); i++) {
            for (int j = 0; j < bs.size(); j++) {
                double expected = (double) rowSums[i] * colSums[j] / n;
                double d = table[i][j] - expected;
                chi2 += d * d / expected;
            }
        }
        return Math.sqrt(chi2 / (n * (double) (k - 1)));
    }
}
