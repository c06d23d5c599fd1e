package io.github.tenken.guideline;

/**
 * The scale an internal level is counted on.
 *
 * <p>Every characteristic but B-2 uses the numeric levels 1-3. B-2 (uniformity of datasets) has two scales: S1, S2
 * derived from risk avoidance, and E1, E2 derived from performance and fairness; a component can require one of each.
 */
public enum LevelScale {
    /** Levels 1, 2, 3. */
    NUMERIC("", 3),
    /** Levels S1, S2 of B-2, derived from AISL. */
    SAFETY("S", 2),
    /** Levels E1, E2 of B-2, derived from AIPL and AIFL. */
    EFFECTIVENESS("E", 2);

    private final String prefix;
    private final int maxRank;

    LevelScale(String prefix, int maxRank) {
        this.prefix = prefix;
        this.maxRank = maxRank;
    }

    /** The letter written before the rank: empty, {@code S} or {@code E}. */
    public String prefix() {
        return prefix;
    }

    /** The highest level on this scale. */
    public int maxRank() {
        return maxRank;
    }
}
