package io.github.tenken.checks.correctness;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.internal.Formats;
import io.github.tenken.model.LabelledPredictions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One attribute cut into levels over the labelled test rows, for slicing: a categorical column's most frequent values
 * (up to {@code maxLevels}, ties by value), or a numeric column's quantile bins (edges at the {@code k / bins}
 * quantiles of its present values, R's type 7, equal edges merged). A row whose value is missing, or a value beyond
 * the kept ones, has level -1 and is in no slice of this attribute.
 *
 * @param name   the column
 * @param codes  the level of each labelled row, or -1
 * @param labels each level as a condition, e.g. {@code sex = Female}, {@code 28 < age <= 37}
 */
record SegmentAttribute(String name, int[] codes, List<String> labels) {

    /** The number of levels. */
    int levels() {
        return labels.size();
    }

    /** Cuts a column; {@code null} when it has fewer than two levels (a slice would be every row). */
    static SegmentAttribute of(Column column, LabelledPredictions labelled, int bins, int maxLevels) {
        int n = labelled.size();
        int[] codes = new int[n];
        List<String> labels = new ArrayList<>();
        if (column instanceof CategoricalColumn c) {
            List<String> values = c.dictionary().values();
            int[] counts = new int[values.size()];
            for (int i = 0; i < n; i++) {
                int code = c.code(labelled.row(i));
                if (code >= 0) {
                    counts[code]++;
                }
            }
            int[] kept = IntStream.range(0, counts.length).filter(k -> counts[k] > 0).boxed()
                    .sorted(Comparator.<Integer>comparingInt(k -> -counts[k]).thenComparing(values::get))
                    .limit(maxLevels).mapToInt(Integer::intValue).toArray();
            int[] level = new int[values.size()];
            Arrays.fill(level, -1);
            for (int j = 0; j < kept.length; j++) {
                level[kept[j]] = j;
                labels.add(column.name() + " = " + values.get(kept[j]));
            }
            for (int i = 0; i < n; i++) {
                int code = c.code(labelled.row(i));
                codes[i] = code >= 0 ? level[code] : -1;
            }
        } else if (column instanceof NumericColumn c) {
            double[] present = IntStream.range(0, n).mapToDouble(i -> c.get(labelled.row(i)))
                    .filter(v -> !Double.isNaN(v)).sorted().toArray();
            if (present.length == 0) {
                return null;
            }
            double[] edges = IntStream.range(1, bins).mapToDouble(k -> PoissonBootstrap.quantile(present,
                    k / (double) bins)).filter(e -> e < present[present.length - 1]).distinct().toArray();
            if (edges.length == 0) {
                return null;
            }
            String col = column.name();
            for (int b = 0; b <= edges.length; b++) {
                labels.add(b == 0 ? col + " <= " + Formats.number(edges[0])
                        : b == edges.length ? col + " > " + Formats.number(edges[b - 1])
                        : Formats.number(edges[b - 1]) + " < " + col + " <= " + Formats.number(edges[b]));
            }
            for (int i = 0; i < n; i++) {
                double v = c.get(labelled.row(i));
                if (Double.isNaN(v)) {
                    codes[i] = -1;
                } else {
                    int b = 0;
                    while (b < edges.length && v > edges[b]) {
                        b++;
                    }
                    codes[i] = b;
                }
            }
        } else {
            return null;
        }
        return labels.size() < 2 ? null : new SegmentAttribute(column.name(), codes, List.copyOf(labels));
    }
}
