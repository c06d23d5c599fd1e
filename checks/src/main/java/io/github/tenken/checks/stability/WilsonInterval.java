package io.github.tenken.checks.stability;

import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;

/**
 * The Wilson score interval of a binomial share (95%): unlike the normal approximation it stays inside [0, 1] and
 * is not empty when no row, or every row, flipped; the usual choice for a rate near 0.
 */
final class WilsonInterval {

    /** The 0.975 quantile of the standard normal. */
    static final double Z = 1.959963984540054;

    private WilsonInterval() {
    }

    /** The 95% interval of {@code successes} out of {@code n} (n above 0). */
    static ConfidenceInterval of(long successes, long n) {
        double p = (double) successes / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        double lower = successes == 0 ? 0 : Math.max(0, centre - half);
        double upper = successes == n ? 1 : Math.min(1, centre + half);
        return new ConfidenceInterval(0.95, lower, upper,
                Message.of("c2.perturbation.wilson", Arg.count(successes), Arg.count(n)));
    }
}
