package io.github.tenken.checks.io;

import io.github.tenken.data.ColumnType;

/**
 * The one rule that types a column of a data file, shared by the reference reader and the parallel reader so that
 * both give the same table: a declared type wins; otherwise a column is numeric when every present value is a
 * number, and a text column is an identifier when its first {@link CsvOptions#TYPE_SAMPLE_ROWS} rows hold at least
 * {@link CsvOptions#IDENTIFIER_MIN_VALUES} present values of which at least
 * {@link CsvOptions#IDENTIFIER_MIN_DISTINCT_PERCENT}% are distinct (see {@link CsvOptions}); a column of numbers is an
 * identifier only when its name says so and its sampled values are all distinct ({@link #numericType}).
 */
final class TypeRule {

    private TypeRule() {
    }

    /**
     * The type of a column that is not numeric (a value that is not a number was met), from the count of present
     * and of distinct values among its first {@link CsvOptions#TYPE_SAMPLE_ROWS} rows.
     */
    static ColumnType textType(String column, CsvOptions options, int present, int distinct) {
        ColumnType declared = options.declaredTypes().get(column);
        if (declared != null) {
            return declared;
        }
        return identifierCandidate(column, options) && looksLikeIdentifier(present, distinct)
                ? ColumnType.IDENTIFIER : ColumnType.CATEGORICAL;
    }

    /**
     * A name that says "identifier": {@code id}, {@code index}, {@code key}, {@code uuid}, {@code row_id}, pandas'
     * {@code Unnamed: 0}, or a word ending in {@code _id}, {@code -id}, {@code .id}, {@code " id"}, {@code Id} or
     * {@code ID} after a lower-case letter ({@code PassengerId}, {@code customer_id}, {@code CustomerID}); not
     * {@code paid} or {@code valid}.
     */
    private static final java.util.regex.Pattern IDENTIFIER_NAME = java.util.regex.Pattern.compile(
            "(?i:id|idx|index|key|uuid|guid|row_?id|row_?number|record_?id|unnamed: ?0)"
                    + "|.*[_ .-](?i:id)|.*[a-z](?:Id|ID)");

    /**
     * The type of a column whose every present value is a number: an identifier when its name says so
     * ({@link #IDENTIFIER_NAME}) and the present values of its first {@link CsvOptions#TYPE_SAMPLE_ROWS} rows are
     * at least two and all distinct as written; numeric otherwise.
     */
    static ColumnType numericType(String column, CsvOptions options, int present, int distinct) {
        return mayBeNumericIdentifier(column, options) && present >= 2 && distinct == present
                ? ColumnType.IDENTIFIER : ColumnType.NUMERIC;
    }

    /** Whether a column of numbers may turn out an identifier: detection may apply and its name says so. */
    static boolean mayBeNumericIdentifier(String column, CsvOptions options) {
        return identifierCandidate(column, options) && IDENTIFIER_NAME.matcher(column).matches();
    }

    /** Whether detection may make this column an identifier: on, undeclared, not the label, values not kept. */
    static boolean identifierCandidate(String column, CsvOptions options) {
        return options.detectsIdentifiers() && !options.declaredTypes().containsKey(column)
                && !options.label().map(column::equals).orElse(false) && !options.keepsValues(column);
    }

    /** The thresholds, in integers so that no rounding decides a border case. */
    static boolean looksLikeIdentifier(int present, int distinct) {
        return present >= CsvOptions.IDENTIFIER_MIN_VALUES
                && 100L * distinct >= (long) CsvOptions.IDENTIFIER_MIN_DISTINCT_PERCENT * present;
    }
}
