package io.github.tenken.checks.stability;

/**
 * How much one metric varies over retraining runs: mean, sample standard deviation, minimum, maximum and range.
 * Safe near the ends of the double range: the mean sums {@code x / n}, the standard deviation is scaled by its
 * largest deviation ({@link PerturbationCheck#std}).
 *
 * @param runs the runs
 * @param mean the mean
 * @param sd   the sample standard deviation ({@code NaN} for one run)
 * @param min  the smallest value
 * @param max  the largest value
 */
record MetricSpread(int runs, double mean, double sd, double min, double max) {

    /** The spread of these values (one run at least). */
    static MetricSpread of(double[] values) {
        double mean = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            mean += v / values.length;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new MetricSpread(values.length, mean, PerturbationCheck.std(values), min, max);
    }

    /** {@code max - min}, in halves so that it stays finite whenever the values' own scale does. */
    double range() {
        double half = max / 2 - min / 2;
        return half > Double.MAX_VALUE / 2 ? Double.MAX_VALUE : 2 * half;
    }

    /** The range over the mean (0 when every run agrees; {@code NaN} when the mean is 0 and the runs differ). */
    double relativeRange() {
        double range = range();
        return range == 0 ? 0 : range / mean;
    }
}
