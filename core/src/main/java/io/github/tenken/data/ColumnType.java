package io.github.tenken.data;

/** Whether a column holds numbers, categories, or identifiers. */
public enum ColumnType {
    /** Real numbers; missing is {@code NaN} internally and reported as missing. */
    NUMERIC,
    /** Category codes from a dictionary shared across an assessment's tables. */
    CATEGORICAL,
    /**
     * Values that (nearly) all differ, such as a row id: kept as 64-bit hashes of their text instead of a dictionary
     * of a million strings. They take part in row identity (duplicates, leakage) and missing-value counts, and are
     * left out of group, coverage and drift statistics, which would be meaningless on them.
     */
    IDENTIFIER;

    /** Lower-case name for messages: {@code numeric}, {@code categorical}, {@code identifier}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
