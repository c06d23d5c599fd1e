package io.github.tenken.stats;

/**
 * A distinct value of a numeric column and how many rows hold it.
 *
 * @param value the value ({@code -0.0} is counted as {@code 0.0})
 * @param count rows holding it
 */
public record ValueCount(double value, long count) {
}
