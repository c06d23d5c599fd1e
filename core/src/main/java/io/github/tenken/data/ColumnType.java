package io.github.tenken.data;

/** Whether a column holds numbers or categories. */
public enum ColumnType {
    /** Real numbers; missing is {@code NaN} internally and reported as missing. */
    NUMERIC,
    /** Category codes from a dictionary shared across an assessment's tables. */
    CATEGORICAL
}
