package io.github.tenken.checks.io;

import io.github.tenken.data.ColumnType;

/**
 * The one rule that types a column of a data file, shared by the reference reader and the parallel reader so that
 * both give the same table: a declared type wins; otherwise a column is numeric when every present value is a
 * number, and a text column is an identifier when its first {@link CsvOptions#TYPE_SAMPLE_ROWS} rows hold at least
 * {@link CsvOptions#IDENTIFIER_MIN_VALUES} present values of which at least
 * {@link CsvOptions#IDENTIFIER_MIN_DISTINCT_PERCENT}% are distinct (see {@link CsvOptions}).
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
