package io.github.tenken.checks.io;

import io.github.tenken.internal.Formats;

import java.util.List;

/**
 * The values a numeric column cannot hold, met while reading: per column, the first value that is not a finite
 * number ({@code Inf}, {@code NaN} when not a missing marker, {@code 1e999}), and in a column declared numeric the
 * first value that is not a number at all with the count of them. They are reported once the read is complete (so
 * that the count is known), the earliest line first, as one {@link DataFileException} naming the file, line,
 * column, value and the fix. Both readers collect them alike; the parallel one per batch, merged.
 */
final class NumberProblems {

    private final int[] nonFiniteLine;
    private final String[] nonFiniteValue;
    private final int[] notNumberLine;
    private final String[] notNumberValue;
    private final long[] notNumbers;
    private boolean any;

    NumberProblems(int columns) {
        this.nonFiniteLine = new int[columns];
        this.nonFiniteValue = new String[columns];
        this.notNumberLine = new int[columns];
        this.notNumberValue = new String[columns];
        this.notNumbers = new long[columns];
    }

    /** Whether any value was noted. */
    boolean any() {
        return any;
    }

    /** Notes a value of column {@code j} that is not a finite number ({@code value} as written). */
    void nonFinite(int j, int line, String value) {
        if (nonFiniteValue[j] == null || line < nonFiniteLine[j]) {
            nonFiniteLine[j] = line;
            nonFiniteValue[j] = value;
        }
        any = true;
    }

    /** Notes a value that is not a number in column {@code j}, declared numeric. */
    void notNumber(int j, int line, String value) {
        if (notNumberValue[j] == null || line < notNumberLine[j]) {
            notNumberLine[j] = line;
            notNumberValue[j] = value;
        }
        notNumbers[j]++;
        any = true;
    }

    /** Adds the notes of another part of the file. */
    synchronized void add(NumberProblems other) {
        for (int j = 0; j < notNumbers.length; j++) {
            if (other.nonFiniteValue[j] != null) {
                nonFinite(j, other.nonFiniteLine[j], other.nonFiniteValue[j]);
            }
            if (other.notNumberValue[j] != null) {
                long before = notNumbers[j];
                notNumber(j, other.notNumberLine[j], other.notNumberValue[j]);
                notNumbers[j] = before + other.notNumbers[j];
            }
        }
    }

    /**
     * Throws the problem of the earliest line (then the leftmost column) among the columns that are numeric once
     * read; does nothing when there is none.
     *
     * @param names   the column names
     * @param numeric whether each column is numeric after the read (a column that turned to text holds its tokens)
     */
    synchronized void throwFirst(String file, List<String> names, boolean[] numeric) {
        if (!any) {
            return;
        }
        int line = Integer.MAX_VALUE;
        int column = -1;
        boolean finite = false;
        for (int j = 0; j < names.size(); j++) {
            if (!numeric[j]) {
                continue;
            }
            if (notNumberValue[j] != null && notNumberLine[j] < line) {
                line = notNumberLine[j];
                column = j;
                finite = true;
            }
            if (nonFiniteValue[j] != null && nonFiniteLine[j] < line) {
                line = nonFiniteLine[j];
                column = j;
                finite = false;
            }
        }
        if (column < 0) {
            return;
        }
        String name = names.get(column);
        if (finite) {
            long n = notNumbers[column];
            String value = notNumberValue[column];
            throw new DataFileException(file, line, name, value, "is not a number (column declared numeric), "
                    + (n == 1 ? "the only such value" : "the first of " + Formats.count(n) + " such values")
                    + "; declare it missing for this column (\"missingByColumn\": {\"" + name + "\": [\"" + value
                    + "\"]} in a plan) or correct the file");
        }
        String value = nonFiniteValue[column];
        throw new DataFileException(file, line, name, value, "is not a finite number; declare it missing for this "
                + "column (\"missingByColumn\": {\"" + name + "\": [\"" + value + "\"]} in a plan) or correct the file");
    }
}
