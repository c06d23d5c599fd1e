package io.github.tenken.checks.io;

/**
 * A batch parsed by a {@link BatchParser}: its values column by column (local category codes not yet coded with the
 * shared dictionaries), the line of each row, and what went wrong if anything.
 *
 * <p>{@link #data} holds per column a {@code double[]} (numbers), an {@code int[]} (local category codes, indexing
 * {@link #levels}) or a {@code long[]} (identifier hashes), or {@code null} for a skipped column.
 */
final class ParsedBatch {

    /** The batch's index in the scan. */
    final int index;
    /** Number of rows parsed. */
    final int rows;
    /** The 1-based physical line of each row. */
    final int[] lines;
    /** The values of each column. */
    final Object[] data;
    /** The distinct values of each categorical column, indexed by local code; {@code null} for other columns. */
    final String[][] levels;
    /** The first value of each column taken for numeric that is not a number, or {@code null}. */
    final Violation[] violations;
    /** The first of {@link #violations} in row order, or {@code null}. */
    final Violation firstViolation;
    /** The first error of the batch's rows (after any violation), or {@code null}. */
    final RuntimeException error;
    /** Why the file could not be split beyond this batch, or {@code null}. */
    final RawBatch.SplitFailure splitFailure;
    /** Values a numeric column cannot hold, reported once the read is complete; {@code null} when none. */
    final NumberProblems numberProblems;

    ParsedBatch(int index, int rows, int[] lines, Object[] data, String[][] levels, Violation[] violations,
                Violation firstViolation, RuntimeException error, RawBatch.SplitFailure splitFailure,
                NumberProblems numberProblems) {
        this.numberProblems = numberProblems;
        this.index = index;
        this.rows = rows;
        this.lines = lines;
        this.data = data;
        this.levels = levels;
        this.violations = violations;
        this.firstViolation = firstViolation;
        this.error = error;
        this.splitFailure = splitFailure;
    }

    /**
     * A value that is not a number in a column taken for numeric from the sample.
     *
     * @param column the column's index
     * @param line   the line of the row
     * @param value  the value as written (trimmed, before normalisation)
     */
    record Violation(int column, int line, String value) {
    }
}
