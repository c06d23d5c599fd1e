package io.github.tenken.checks.fairness;

import io.github.tenken.model.LabelledPredictions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The parity of one sensitive attribute (or pair of attributes) for one favourable class: the rates of every group
 * and, over the groups with at least {@code minGroupSize} rows, the disparate impact ratio (lowest over highest
 * selection rate) and the differences (highest minus lowest) of selection rate, true positive rate, false positive
 * rate and precision. Rows whose attribute is missing form a group of their own that never counts in the verdict.
 */
public final class AttributeParity {

    private final String attribute;
    private final String positiveClass;
    private final List<GroupRates> groups;
    private final int[] codes;          // the group code of each entry of groups, Grouping.MISSING for the missing one
    private final int minGroupSize;

    private AttributeParity(String attribute, String positiveClass, List<GroupRates> groups, int[] codes,
                            int minGroupSize) {
        this.attribute = attribute;
        this.positiveClass = positiveClass;
        this.groups = List.copyOf(groups);
        this.codes = codes;
        this.minGroupSize = minGroupSize;
    }

    /**
     * Counts per group code (index {@code grouping.size()} for the missing group) of rows, rows predicted
     * {@code positive}, rows labelled {@code positive} and both; each labelled row {@code i} counts {@code weights[i]}
     * times ({@code null}: once).
     */
    static long[][] count(Grouping grouping, LabelledPredictions observed, int positive, int[] weights) {
        return count(grouping, outcomes(observed, positive), weights);
    }

    /**
     * Per labelled row, bit 0: predicted {@code positive}, bit 1: labelled {@code positive}; computed once per class
     * and read by every grouping and bootstrap replicate.
     */
    static byte[] outcomes(LabelledPredictions observed, int positive) {
        byte[] outcomes = new byte[observed.size()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = (byte) ((observed.predicted(i) == positive ? 1 : 0) | (observed.truth(i) == positive ? 2 : 0));
        }
        return outcomes;
    }

    /** {@link #count(Grouping, LabelledPredictions, int, int[])} from the rows' {@link #outcomes}. */
    static long[][] count(Grouping grouping, byte[] outcomes, int[] weights) {
        int missing = grouping.size();
        long[] flat = new long[(missing + 1) * 4];
        int[] codes = grouping.codes();
        for (int i = 0; i < codes.length; i++) {
            int w = weights == null ? 1 : weights[i];
            if (w == 0) {
                continue;
            }
            int base = (codes[i] == Grouping.MISSING ? missing : codes[i]) * 4;
            int o = outcomes[i];
            flat[base] += w;
            flat[base + 1] += (o & 1) * w;
            flat[base + 2] += (o >> 1) * w;
            flat[base + 3] += o == 3 ? w : 0;
        }
        long[][] counts = new long[missing + 1][];
        for (int g = 0; g <= missing; g++) {
            counts[g] = Arrays.copyOfRange(flat, g * 4, g * 4 + 4);
        }
        return counts;
    }

    /** The parity from counts made by {@link #count}: groups with rows, largest first, the missing group last. */
    static AttributeParity of(Grouping grouping, long[][] counts, String positiveClass, int minGroupSize) {
        List<Integer> order = new ArrayList<>();
        for (int code = 0; code < grouping.size(); code++) {
            if (counts[code][0] > 0) {
                order.add(code);
            }
        }
        order.sort(Comparator.comparingLong((Integer code) -> -counts[code][0])
                .thenComparing(code -> grouping.labels().get(code)));
        if (counts[grouping.size()][0] > 0) {
            order.add(Grouping.MISSING);
        }
        List<GroupRates> groups = new ArrayList<>();
        int[] codes = order.stream().mapToInt(Integer::intValue).toArray();
        for (int code : codes) {
            long[] c = counts[code == Grouping.MISSING ? grouping.size() : code];
            groups.add(new GroupRates(code == Grouping.MISSING ? null : grouping.labels().get(code), c[0], c[1], c[2],
                    c[3], code != Grouping.MISSING && c[0] >= minGroupSize));
        }
        return new AttributeParity(grouping.attribute(), positiveClass, groups, codes, minGroupSize);
    }

    /**
     * The same groups, in the same order and counting in the verdict as here, with other counts (a bootstrap
     * replicate's): a group may then have no rows and no rates.
     */
    AttributeParity replicate(long[][] counts) {
        List<GroupRates> replicated = new ArrayList<>(groups.size());
        for (int j = 0; j < groups.size(); j++) {
            long[] c = counts[codes[j] == Grouping.MISSING ? counts.length - 1 : codes[j]];
            replicated.add(new GroupRates(groups.get(j).group(), c[0], c[1], c[2], c[3], groups.get(j).qualifies()));
        }
        return new AttributeParity(attribute, positiveClass, replicated, codes, minGroupSize);
    }

    /** The attribute, or {@code "a & b"} for a pair. */
    public String attribute() {
        return attribute;
    }

    /** The class whose selection is compared. */
    public String positiveClass() {
        return positiveClass;
    }

    /** Every group with rows, largest first, the missing group last. */
    public List<GroupRates> groups() {
        return groups;
    }

    /** The smallest group that counts. */
    public int minGroupSize() {
        return minGroupSize;
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
        double[] rates = rates(GroupRates::selectionRate);
        if (!hasVerdict() || rates.length < 2) {
            return Double.NaN;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : rates) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max == 0 ? 1.0 : min / max;
    }

    /** Highest minus lowest selection rate among qualifying groups; {@code NaN} without a verdict. */
    public double demographicParityDifference() {
        return spread(GroupRates::selectionRate);
    }

    /** Highest minus lowest true positive rate among qualifying groups with positives; {@code NaN} below two. */
    public double equalOpportunityDifference() {
        return spread(GroupRates::truePositiveRate);
    }

    /** Highest minus lowest false positive rate among qualifying groups with negatives; {@code NaN} below two. */
    public double falsePositiveRateDifference() {
        return spread(GroupRates::falsePositiveRate);
    }

    /**
     * The larger of the true and false positive rate differences (equalized odds asks both rates to be equal across
     * groups); {@code NaN} when neither is defined.
     */
    public double equalizedOddsDifference() {
        double tpr = equalOpportunityDifference();
        double fpr = falsePositiveRateDifference();
        return Double.isNaN(tpr) ? fpr : Double.isNaN(fpr) ? tpr : Math.max(tpr, fpr);
    }

    /** Highest minus lowest precision among qualifying groups with selected rows; {@code NaN} below two. */
    public double predictiveParityDifference() {
        return spread(GroupRates::precision);
    }

    private double[] rates(ToDoubleFunction<GroupRates> rate) {
        return qualifying().stream().mapToDouble(rate).filter(v -> !Double.isNaN(v)).toArray();
    }

    private double spread(ToDoubleFunction<GroupRates> rate) {
        double[] values = rates(rate);
        if (!hasVerdict() || values.length < 2) {
            return Double.NaN;
        }
        double min = values[0];
        double max = values[0];
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min;
    }
}
