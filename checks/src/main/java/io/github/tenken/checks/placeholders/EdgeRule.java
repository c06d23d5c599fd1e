package io.github.tenken.checks.placeholders;

import io.github.tenken.stats.EdgeCounts;
import io.github.tenken.stats.ValueCount;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which value at an edge of a numeric column looks like a placeholder for "missing". Each end of the range is judged
 * on its edge value {@code v} (the smallest, then the largest) with count {@code c}, and the {@value #INWARD} distinct
 * values next to it, {@code w1..w8} from the edge inward ("the neighbours"):
 * <ul>
 *   <li><b>spike</b>: {@code c >= 2} and {@code c} exceeds the count of every neighbour;</li>
 *   <li><b>gap</b>: {@code |w1 - v| >= gapFactor x} the widest step between consecutive neighbours;</li>
 *   <li>at least {@value #MIN_INWARD} neighbours, so that there is a step to compare with (a binary 0/1 or a
 *       three-valued column is never judged).</li>
 * </ul>
 * An <b>edge spike</b> is a spike with a gap holding at least {@code minShare} of the present values: Pima's
 * {@code 0} blood pressure (next values 24, 30, 38, 40, 44 ...: gap 24, widest step 8), {@code 0} insulin (next 14,
 * 15, 16, 18, 22 ...: gap 14, widest step 4). A <b>sentinel</b> ({@code -1} at the low end; {@code 99}, {@code 999},
 * {@code 9999}, {@code 99999} at the high end) needs a gap <i>or</i> a spike and no share: {@code 99} hours a week
 * held by 85 rows next to 11 at {@code 98}, {@code 99} in an age column whose other values end at 90.
 *
 * <p>Why the step between neighbours and not the spread: a count {@code 0, 1, 2, ...} has gap 1 and step 1 (ratio 1,
 * 2 with one count absent), so it is never flagged; Pima's placeholders have ratios 3.0 (blood pressure) to 3.7
 * (glucose) and more, hence the default {@code gapFactor} 2.5. A gap relative to the interquartile range would
 * miss Pima's insulin (gap 14, IQR of the other values 114) and flag a count column with little spread.
 */
final class EdgeRule {

    /** Neighbours compared with the edge value. */
    static final int INWARD = 8;
    /** Distinct values kept at each end by the analyzer: the edge and its neighbours. */
    static final int KEPT = INWARD + 1;
    /** The fewest neighbours an edge is judged with. */
    static final int MIN_INWARD = 3;

    private static final Set<Double> LOW_SENTINELS = Set.of(-1.0);
    private static final Set<Double> HIGH_SENTINELS = Set.of(99.0, 999.0, 9999.0, 99999.0);

    private final double minShare;
    private final double gapFactor;

    EdgeRule(double minShare, double gapFactor) {
        this.minShare = minShare;
        this.gapFactor = gapFactor;
    }

    /** The suspected placeholders of a column: at most one per end, the low end first. */
    List<Placeholder> judge(EdgeCounts edges) {
        List<Placeholder> out = new ArrayList<>(2);
        judgeEnd(edges.lowest(), edges.present(), LOW_SENTINELS).ifPresent(out::add);
        judgeEnd(edges.highest(), edges.present(), HIGH_SENTINELS).ifPresent(out::add);
        return out;
    }

    private Optional<Placeholder> judgeEnd(List<ValueCount> end, long present, Set<Double> sentinels) {
        int inward = Math.min(end.size() - 1, INWARD);
        if (inward < MIN_INWARD) {
            return Optional.empty();
        }
        ValueCount edge = end.get(0);
        double widest = 0;
        long busiest = 0;
        for (int i = 1; i <= inward; i++) {
            busiest = Math.max(busiest, end.get(i).count());
            if (i > 1) {
                widest = Math.max(widest, distance(end.get(i - 1).value(), end.get(i).value()));
            }
        }
        double gap = distance(edge.value(), end.get(1).value());
        boolean apart = gap >= gapFactor * widest;
        boolean spike = edge.count() >= 2 && edge.count() > busiest;
        double share = (double) edge.count() / present;
        if (sentinels.contains(edge.value()) && (apart || spike)) {
            return Optional.of(new Placeholder(text(edge.value()), edge.count(), share, Placeholder.Reason.SENTINEL));
        }
        if (apart && spike && share >= minShare) {
            return Optional.of(new Placeholder(text(edge.value()), edge.count(), share, Placeholder.Reason.EDGE_SPIKE));
        }
        return Optional.empty();
    }

    /**
     * Half of {@code |a - b|}: halves never overflow, even between -1e308 and 1e308, and the rule compares distances
     * with one another only, so halving them all changes nothing.
     */
    private static double distance(double a, double b) {
        return Math.abs(a / 2 - b / 2);
    }

    /** The value as a data file writes it: {@code 0}, {@code -1}, {@code 99999}, {@code 0.5}. */
    static String text(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
