package io.github.tenken.stats;

/**
 * The rows of a dataset grouped by feature values, each group with its labels: the result of {@link RowGroups}.
 * A "row" here is the features plus the label; rows whose label is missing count as rows (and as duplicates of
 * each other) but never as a conflicting label. A numeric label (regression) conflicts only beyond a tolerance:
 * {@link #conflictsBeyond}.
 *
 * <p>A local scan holds every group in one table in this JVM; a distributed backend holds them in buckets keyed by
 * the row hash where they were shuffled to, and answers the same questions with the same exact numbers. Two sets
 * compare ({@link #rowsAlsoIn}) only when they were made by the same backend. Immutable once made.
 */
public interface RowGroupSet {

    /** Groups with a numeric label and labels spreading wider than a tolerance, and their rows with a label. */
    record Conflicts(long groups, long rows) {

        /** Both counts added. */
        public Conflicts plus(Conflicts other) {
            return new Conflicts(groups + other.groups, rows + other.rows);
        }
    }

    /** Rows counted. */
    long rows();

    /** Distinct rows (features and label). */
    long distinctRows();

    /** Rows equal to an earlier row: {@code rows - distinctRows}. */
    default long duplicateRows() {
        return rows() - distinctRows();
    }

    /** Distinct rows that occur more than once. */
    long duplicateGroups();

    /** Groups of equal features whose rows carry two or more different (present) labels. */
    long conflictingGroups();

    /** Rows with a present label in those groups. */
    long conflictingRows();

    /** Whether the label is a number (regression), so that conflicts are measured with {@link #conflictsBeyond}. */
    boolean isNumericLabel();

    /**
     * Groups of equal features whose present numeric labels spread by more than {@code tolerance} (largest minus
     * smallest), and their rows with a label; exact, from the distinct labels each group keeps. Only a group with
     * two or more distinct labels can spread, and those are the only groups that keep more than one label.
     */
    Conflicts conflictsBeyond(double tolerance);

    /** Distinct feature combinations. */
    long featureGroups();

    /** Rows of this set (with their repetitions) whose row (features and label) also occurs in {@code other}. */
    long rowsAlsoIn(RowGroupSet other);

    /** Distinct rows of this set that also occur in {@code other}. */
    long distinctAlsoIn(RowGroupSet other);
}
