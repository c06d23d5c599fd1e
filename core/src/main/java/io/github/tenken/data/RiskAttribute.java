package io.github.tenken.data;

import io.github.tenken.internal.Preconditions;

import java.util.List;

/**
 * A data attribute that carries a cause of quality risk (guideline A-1.1b), whose value combinations the data must
 * cover (A-2.2a: pair-wise coverage of the important risk factors). A categorical attribute takes its values as
 * they are; a numeric one is cut at declared edges into bins {@code (-inf, e1)}, {@code [e1, e2)}, ...,
 * {@code [ek, +inf)}.
 *
 * @param column the column
 * @param edges  the cut points of a numeric column, strictly increasing; empty for a categorical column
 */
public record RiskAttribute(String column, List<Double> edges) {

    public RiskAttribute {
        Preconditions.notBlank(column, "column of the risk attribute");
        edges = List.copyOf(edges);
        for (int i = 0; i < edges.size(); i++) {
            double e = edges.get(i);
            if (!Double.isFinite(e) || (i > 0 && e <= edges.get(i - 1))) {
                throw new IllegalArgumentException("edges of the risk attribute \"" + column + "\" must be finite "
                        + "and strictly increasing, got " + edges);
            }
        }
    }

    /** A categorical attribute. */
    public static RiskAttribute categorical(String column) {
        return new RiskAttribute(column, List.of());
    }

    /** A numeric attribute cut at these edges. */
    public static RiskAttribute binned(String column, double... edges) {
        Preconditions.check(edges.length > 0, "a binned risk attribute \"%s\" needs at least one edge", column);
        return new RiskAttribute(column, java.util.Arrays.stream(edges).boxed().toList());
    }

    /** Whether it is cut into bins (a numeric column). */
    public boolean isBinned() {
        return !edges.isEmpty();
    }

    /** The bin of a value: 0 below the first edge, {@code k} from the k-th edge on. */
    public int bin(double value) {
        int lo = 0;
        int hi = edges.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (value >= edges.get(mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The label of bin {@code b}: {@code < 25}, {@code 25 to < 45}, {@code >= 65}. */
    public String binLabel(int b) {
        if (b == 0) {
            return "< " + format(edges.get(0));
        }
        if (b == edges.size()) {
            return ">= " + format(edges.get(b - 1));
        }
        return format(edges.get(b - 1)) + " to < " + format(edges.get(b));
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
