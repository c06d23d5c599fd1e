package io.github.tenken.data;

import io.github.tenken.internal.Preconditions;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The share of rows each value of a categorical column is expected to take, as a team states it from domain
 * knowledge or a census (guideline B-1.2a: "the expected occurrence probability per value is given"), e.g.
 * {@code sex: Female 0.5, Male 0.5}. Shares lie in [0, 1] and sum to at most 1; when they sum to less, the values
 * not named share the rest as "other". Missing values are not counted.
 *
 * @param column the categorical column
 * @param shares the expected share per value: kept in the order of a {@link LinkedHashMap} or {@link SortedMap},
 *               otherwise (e.g. {@code Map.of}, whose order changes from run to run) sorted by value, so that the
 *               result is the same on every run
 */
public record ExpectedShares(String column, Map<String, Double> shares) {

    /** How far above 1 the shares may sum, for decimals such as 0.1 + 0.2 + 0.7. */
    public static final double SUM_TOLERANCE = 1e-9;

    public ExpectedShares {
        Preconditions.notBlank(column, "column of the expected shares");
        Preconditions.notEmpty(shares.entrySet(), "expected shares of \"" + column + "\"");
        double sum = 0;
        for (Map.Entry<String, Double> e : shares.entrySet()) {
            Preconditions.notNull(e.getKey(), "value of the expected shares of \"" + column + "\"");
            double s = Preconditions.notNull(e.getValue(), "expected share of \"" + column + "\" = " + e.getKey());
            if (!(s >= 0 && s <= 1)) {
                throw new IllegalArgumentException("expected share of \"" + column + "\" = " + e.getKey() + " is "
                        + s + "; expected a share from 0 to 1");
            }
            sum += s;
        }
        if (sum > 1 + SUM_TOLERANCE) {
            throw new IllegalArgumentException("expected shares of \"" + column + "\" sum to " + sum
                    + "; they may sum to at most 1 (the rest goes to the values not named)");
        }
        shares = Collections.unmodifiableMap(shares instanceof LinkedHashMap || shares instanceof SortedMap
                ? new LinkedHashMap<>(shares) : new LinkedHashMap<>(new TreeMap<>(shares)));
    }

    /** The share left to the values not named: 1 minus the named shares, never below 0. */
    public double otherShare() {
        double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        return Math.max(0, 1 - sum);
    }
}
