package io.github.tenken.stats;

/**
 * A value of a numeric column and the row holding it.
 *
 * @param row   the row's index in its dataset, from 0
 * @param value the value
 */
public record RowValue(long row, double value) {
}
