package io.github.tenken.checks.fairness;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.model.LabelledPredictions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The parity of one categorical sensitive attribute: the rates of every group and, over the groups with at least
 * {@code minGroupSize} rows, the disparate impact ratio (lowest over highest selection rate), the demographic parity
 * difference (highest minus lowest selection rate) and the equal opportunity difference (highest minus lowest true
 * positive rate). Rows whose attribute is missing form a group of their own that never counts in the verdict.
 *
 * @param attribute the attribute
 * @param groups    every group with rows, largest first, the missing group last
 * @param minGroupSize the smallest group that counts
 */
public record AttributeParity(String attribute, List<GroupRates> groups, int minGroupSize) {

    public AttributeParity {
        groups = List.copyOf(groups);
    }

    /** Counts the groups of {@code column} over the labelled rows, with {@code positive} the positive class. */
    public static AttributeParity of(CategoricalColumn column, LabelledPredictions observed, int positive,
                                     int minGroupSize) {
        int codes = column.dictionary().size();
        long[][] counts = new long[codes + 1][4];
        for (int i = 0; i < observed.size(); i++) {
            int row = observed.row(i);
            int code = column.code(row);
            long[] c = counts[code == CategoricalColumn.MISSING ? codes : code];
            boolean selected = observed.predicted(i) == positive;
            boolean actual = observed.truth(i) == positive;
            c[0]++;
            c[1] += selected ? 1 : 0;
            c[2] += actual ? 1 : 0;
            c[3] += selected && actual ? 1 : 0;
        }
        List<GroupRates> groups = new ArrayList<>();
        for (int code = 0; code < codes; code++) {
            long[] c = counts[code];
            if (c[0] > 0) {
                groups.add(new GroupRates(column.dictionary().valueOf(code), c[0], c[1], c[2], c[3],
                        c[0] >= minGroupSize));
            }
        }
        groups.sort(Comparator.comparingLong(GroupRates::rows).reversed().thenComparing(GroupRates::group));
        long[] m = counts[codes];
        if (m[0] > 0) {
            groups.add(new GroupRates(null, m[0], m[1], m[2], m[3], false));
        }
        return new AttributeParity(column.name(), groups, minGroupSize);
    }

    /** The groups that count in the verdict. */
    public List<GroupRates> qualifying() {
        return groups.stream().filter(GroupRates::qualifies).toList();
    }

    /** Whether at least two groups qualify, so that a verdict can be given. */
    public boolean hasVerdict() {
        return qualifying().size() >= 2;
    }

    /** The qualifying group with the lowest selection rate (the first on a tie). */
    public GroupRates leastSelected() {
        return qualifying().stream().min(Comparator.comparingDouble(GroupRates::selectionRate)).orElseThrow();
    }

    /** The qualifying group with the highest selection rate (the first on a tie). */
    public GroupRates mostSelected() {
        return qualifying().stream().max(Comparator.comparingDouble(GroupRates::selectionRate)).orElseThrow();
    }

    /**
     * Lowest over highest selection rate among qualifying groups; 1 when no group is ever selected (equal
     * treatment); {@code NaN} without a verdict.
     */
    public double disparateImpactRatio() {
        if (!hasVerdict()) {
            return Double.NaN;
        }
        double max = mostSelected().selectionRate();
        return max == 0 ? 1.0 : leastSelected().selectionRate() / max;
    }

    /** Highest minus lowest selection rate among qualifying groups; {@code NaN} without a verdict. */
    public double demographicParityDifference() {
        return hasVerdict() ? mostSelected().selectionRate() - leastSelected().selectionRate() : Double.NaN;
    }

    /** Highest minus lowest true positive rate among qualifying groups with positives; {@code NaN} below two. */
    public double equalOpportunityDifference() {
        double[] tpr = qualifying().stream().mapToDouble(GroupRates::truePositiveRate).filter(v -> !Double.isNaN(v))
                .toArray();
        if (tpr.length < 2) {
            return Double.NaN;
        }
        double min = tpr[0];
        double max = tpr[0];
        for (double v : tpr) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min;
    }
}
