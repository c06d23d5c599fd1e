package io.github.tenken.checks.operation;

import io.github.tenken.checks.stats.BenjaminiHochberg;
import io.github.tenken.checks.stats.ChiSquareHomogeneity;
import io.github.tenken.checks.stats.KolmogorovSmirnov;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.stats.SortedSample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The input drift of one operation window against the test data, feature by feature, by the rule of
 * {@code drift.train-test} for small samples: a numeric feature by the two-sample Kolmogorov-Smirnov test (effect: D),
 * a categorical one by the chi-square test of homogeneity (effect: Cramér's V); p-values corrected by
 * Benjamini-Hochberg over the window's features; a feature drifted when its corrected p is below {@code alpha} and its
 * effect at least {@code minEffect}. Values are compared by their text for categories, so the two tables need not
 * share a dictionary.
 */
final class WindowDrift {

    private final Table reference;
    private final Table operation;
    private final List<String> features;
    private final double alpha;
    private final double minEffect;
    private final Map<String, double[]> referenceValues = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> referenceCounts = new LinkedHashMap<>();

    /**
     * @param features the numeric and categorical features both tables hold (others are skipped)
     */
    WindowDrift(Table reference, Table operation, List<String> features, double alpha, double minEffect) {
        this.reference = reference;
        this.operation = operation;
        this.alpha = alpha;
        this.minEffect = minEffect;
        List<String> kept = new ArrayList<>();
        for (String f : features) {
            if (!reference.hasColumn(f) || !operation.hasColumn(f)) {
                continue;
            }
            Column r = reference.column(f);
            Column o = operation.column(f);
            if (r instanceof NumericColumn n && o instanceof NumericColumn) {
                referenceValues.put(f, present(n, allRows(reference.rowCount())));
                kept.add(f);
            } else if (r instanceof CategoricalColumn && o instanceof CategoricalColumn) {
                Map<String, Long> counts = new LinkedHashMap<>();
                for (int row = 0; row < reference.rowCount(); row++) {
                    String v = r.text(row);
                    if (v != null) {
                        counts.merge(v, 1L, Long::sum);
                    }
                }
                referenceCounts.put(f, counts);
                kept.add(f);
            }
        }
        this.features = List.copyOf(kept);
    }

    /** The features compared. */
    List<String> features() {
        return features;
    }

    /** One window's result: how many features drifted, and the one with the largest effect ({@code null}: none moved). */
    record Result(int drifted, String largest, double largestEffect) {
    }

    /** Compares the operation rows {@code rows} (table rows) with the reference. */
    Result of(int[] rows) {
        if (rows.length == 0 || features.isEmpty()) {
            return new Result(0, null, Double.NaN);
        }
        double[] p = new double[features.size()];
        double[] effect = new double[features.size()];
        for (int j = 0; j < features.size(); j++) {
            String f = features.get(j);
            if (referenceValues.containsKey(f)) {
                double[] window = present((NumericColumn) operation.column(f), rows);
                double[] ref = referenceValues.get(f);
                if (window.length == 0 || ref.length == 0) {
                    p[j] = 1;
                    effect[j] = 0;
                    continue;
                }
                KolmogorovSmirnov.Result ks = KolmogorovSmirnov.test(SortedSample.of(ref), SortedSample.of(window));
                p[j] = ks.pValue();
                effect[j] = ks.statistic();
            } else {
                Map<String, long[]> counts = new LinkedHashMap<>();
                referenceCounts.get(f).forEach((v, n) -> counts.put(v, new long[]{n, 0}));
                count(operation.column(f), rows, counts);
                long[] a = new long[counts.size()];
                long[] b = new long[counts.size()];
                int k = 0;
                for (long[] c : counts.values()) {
                    a[k] = c[0];
                    b[k++] = c[1];
                }
                if (counts.size() < 2) {
                    p[j] = 1;
                    effect[j] = 0;
                    continue;
                }
                ChiSquareHomogeneity.Result chi = ChiSquareHomogeneity.test(a, b);
                p[j] = Double.isNaN(chi.pValue()) ? 1 : chi.pValue();
                effect[j] = Double.isNaN(chi.cramersV()) ? 0 : chi.cramersV();
            }
        }
        double[] adjusted = BenjaminiHochberg.adjust(p);
        int drifted = 0;
        int largest = -1;
        for (int j = 0; j < features.size(); j++) {
            if (adjusted[j] < alpha && effect[j] >= minEffect) {
                drifted++;
            }
            if (largest < 0 || effect[j] > effect[largest]) {
                largest = j;
            }
        }
        return effect[largest] > 0 ? new Result(drifted, features.get(largest), effect[largest])
                : new Result(drifted, null, 0);
    }

    /** Adds the window's count of each value (second slot) beside the reference's (first slot). */
    private static void count(Column column, int[] rows, Map<String, long[]> counts) {
        for (int r : rows) {
            String v = column.text(r);
            if (v != null) {
                counts.computeIfAbsent(v, x -> new long[2])[1]++;
            }
        }
    }

    private static double[] present(NumericColumn column, int[] rows) {
        double[] out = new double[rows.length];
        int n = 0;
        for (int r : rows) {
            double v = column.get(r);
            if (!Double.isNaN(v)) {
                out[n++] = v;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int[] allRows(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i;
        }
        return rows;
    }
}
