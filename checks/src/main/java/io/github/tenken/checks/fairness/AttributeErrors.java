package io.github.tenken.checks.fairness;

import io.github.tenken.model.LabelledPredictions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The errors of a regression model per group of one sensitive attribute and, over the groups with at least
 * {@code minGroupSize} rows, how far apart the groups' mean predictions, MAEs and RMSEs are ({@link ErrorMeasure}).
 * Rows whose attribute is missing form a group of their own that never counts in the verdict.
 */
public final class AttributeErrors {

    private final String attribute;
    private final List<GroupErrors> groups;
    private final int[] codes;
    private final int minGroupSize;

    private AttributeErrors(String attribute, List<GroupErrors> groups, int[] codes, int minGroupSize) {
        this.attribute = attribute;
        this.groups = List.copyOf(groups);
        this.codes = codes;
        this.minGroupSize = minGroupSize;
    }

    /**
     * Sums {@code {n, sum prediction, sum label, sum |error|, sum error²}} per group code (index
     * {@code grouping.size()} for the missing group); labelled row {@code i} counts {@code weights[i]} times
     * ({@code null}: once).
     */
    static double[][] sums(Grouping grouping, LabelledPredictions observed, int[] weights) {
        double[][] sums = new double[grouping.size() + 1][5];
        int[] codes = grouping.codes();
        for (int i = 0; i < codes.length; i++) {
            int w = weights == null ? 1 : weights[i];
            if (w == 0) {
                continue;
            }
            double[] s = sums[codes[i] == Grouping.MISSING ? grouping.size() : codes[i]];
            double p = observed.predictedValue(i);
            double y = observed.actual(i);
            double e = y - p;
            s[0] += w;
            s[1] += w * p;
            s[2] += w * y;
            s[3] += w * Math.abs(e);
            s[4] += w * e * e;
        }
        return sums;
    }

    /** The errors from sums made by {@link #sums}: groups with rows, largest first, the missing group last. */
    static AttributeErrors of(Grouping grouping, double[][] sums, int minGroupSize) {
        List<Integer> order = new ArrayList<>();
        for (int code = 0; code < grouping.size(); code++) {
            if (sums[code][0] > 0) {
                order.add(code);
            }
        }
        order.sort(Comparator.comparingDouble((Integer code) -> -sums[code][0])
                .thenComparing(code -> grouping.labels().get(code)));
        if (sums[grouping.size()][0] > 0) {
            order.add(Grouping.MISSING);
        }
        int[] codes = order.stream().mapToInt(Integer::intValue).toArray();
        List<GroupErrors> groups = new ArrayList<>();
        for (int code : codes) {
            double[] s = sums[code == Grouping.MISSING ? grouping.size() : code];
            groups.add(GroupErrors.of(code == Grouping.MISSING ? null : grouping.labels().get(code), s,
                    code != Grouping.MISSING && s[0] >= minGroupSize));
        }
        return new AttributeErrors(grouping.attribute(), groups, codes, minGroupSize);
    }

    /** The same groups, in the same order and counting in the verdict as here, from a bootstrap replicate's sums. */
    AttributeErrors replicate(double[][] sums) {
        List<GroupErrors> replicated = new ArrayList<>(groups.size());
        for (int j = 0; j < groups.size(); j++) {
            double[] s = sums[codes[j] == Grouping.MISSING ? sums.length - 1 : codes[j]];
            replicated.add(GroupErrors.of(groups.get(j).group(), s, groups.get(j).qualifies()));
        }
        return new AttributeErrors(attribute, replicated, codes, minGroupSize);
    }

    /** The attribute. */
    public String attribute() {
        return attribute;
    }

    /** Every group with rows, largest first, the missing group last. */
    public List<GroupErrors> groups() {
        return groups;
    }

    /** The smallest group that counts. */
    public int minGroupSize() {
        return minGroupSize;
    }

    /** The groups that count in the verdict. */
    public List<GroupErrors> qualifying() {
        return groups.stream().filter(GroupErrors::qualifies).toList();
    }

    /** Whether at least two groups qualify, so that a verdict can be given. */
    public boolean hasVerdict() {
        return qualifying().size() >= 2;
    }

    /** The qualifying group with the lowest figure of a measure (the first on a tie). */
    GroupErrors lowest(ErrorMeasure m) {
        return qualifying().stream().filter(g -> !Double.isNaN(m.figure(g)))
                .min(Comparator.comparingDouble(m::figure)).orElseThrow();
    }

    /** The qualifying group with the highest figure of a measure (the first on a tie). */
    GroupErrors highest(ErrorMeasure m) {
        return qualifying().stream().filter(g -> !Double.isNaN(m.figure(g)))
                .max(Comparator.comparingDouble(m::figure)).orElseThrow();
    }

    /** The value of a measure over the qualifying groups; {@code NaN} without a verdict. */
    double value(ErrorMeasure m) {
        double[] figures = qualifying().stream().mapToDouble(m::figure).filter(v -> !Double.isNaN(v)).toArray();
        if (!hasVerdict() || figures.length < 2) {
            return Double.NaN;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : figures) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return m.of(min, max);
    }
}
