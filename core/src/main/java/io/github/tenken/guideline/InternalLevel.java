package io.github.tenken.guideline;

import io.github.tenken.internal.Preconditions;

/**
 * A level of an internal characteristic: a rank on a scale, such as {@code 2}, {@code S1} or {@code E2}.
 *
 * <p>Rank 0 means "nothing required" or "nothing achieved". Levels are cumulative: level 2 asks for the items of
 * levels 1 and 2.
 *
 * @param scale the scale
 * @param rank  0 up to the scale's maximum
 */
public record InternalLevel(LevelScale scale, int rank) implements Comparable<InternalLevel> {

    public InternalLevel {
        Preconditions.notNull(scale, "scale");
        Preconditions.check(rank >= 0 && rank <= scale.maxRank(),
                "level rank must be 0 to %d on scale %s, was %d", scale.maxRank(), scale, rank);
    }

    /** Numeric level {@code rank} (0-3). */
    public static InternalLevel numeric(int rank) {
        return new InternalLevel(LevelScale.NUMERIC, rank);
    }

    /** B-2 level S{@code rank}. */
    public static InternalLevel safety(int rank) {
        return new InternalLevel(LevelScale.SAFETY, rank);
    }

    /** B-2 level E{@code rank}. */
    public static InternalLevel effectiveness(int rank) {
        return new InternalLevel(LevelScale.EFFECTIVENESS, rank);
    }

    /**
     * Parses {@code "1"}, {@code "2"}, {@code "3"}, {@code "S1"}, {@code "S2"}, {@code "E1"}, {@code "E2"} or
     * {@code "0"}.
     */
    public static InternalLevel parse(String text) {
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        LevelScale scale = t.startsWith("S") ? LevelScale.SAFETY
                : t.startsWith("E") ? LevelScale.EFFECTIVENESS : LevelScale.NUMERIC;
        String digits = scale == LevelScale.NUMERIC ? t : t.substring(1);
        try {
            return new InternalLevel(scale, Integer.parseInt(digits));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an internal level: \"" + text + "\"; expected 1, 2, 3, S1, S2, E1 or E2");
        }
    }

    /** Whether this is rank 0. */
    public boolean isNone() {
        return rank == 0;
    }

    @Override
    public int compareTo(InternalLevel other) {
        Preconditions.check(scale == other.scale, "cannot compare %s with %s", this, other);
        return Integer.compare(rank, other.rank);
    }

    /** {@code 2}, {@code S1}, {@code E2}; {@code -} for rank 0. */
    @Override
    public String toString() {
        return rank == 0 ? "-" : scale.prefix() + rank;
    }
}
