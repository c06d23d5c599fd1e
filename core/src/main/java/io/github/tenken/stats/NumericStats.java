package io.github.tenken.stats;

/**
 * Summary of a numeric column.
 *
 * @param count    values present
 * @param missing  values missing
 * @param mean     mean of the present values ({@code NaN} when none)
 * @param variance sample variance ({@code NaN} below two values; an infinity when it exceeds a double's range)
 * @param stddev   sample standard deviation, taken before the variance is rounded ({@code NaN} below two values)
 * @param min      smallest value ({@code NaN} when none)
 * @param max      largest value ({@code NaN} when none)
 */
public record NumericStats(long count, long missing, double mean, double variance, double stddev, double min,
                           double max) {
}
