package io.github.tenken.checks.stability;

import io.github.tenken.data.NumericColumn;

import java.util.SplittableRandom;

/**
 * Gaussian noise for one numeric feature: {@code epsilon} times the feature's standard deviation times a standard
 * normal draw per row, drawn once so that the same noise perturbs the feature alone and together with the others.
 * Near the ends of the double range (a feature with values near +-1e308) a draw or a perturbed value that would
 * overflow is held at the largest finite double of its sign: the model is never shown an infinity the data did not
 * hold.
 *
 * @param feature the feature
 * @param std     the feature's standard deviation (of the training data when given, else of the test data)
 * @param source  where the standard deviation comes from, {@code training} or {@code test}
 * @param noise   the noise of each sampled row ({@code null} when the feature is not perturbed: no spread)
 */
record FeatureNoise(String feature, double std, String source, double[] noise) {

    /** Draws the noise of {@code rows} rows; a feature without spread ({@code std} 0 or NaN) gets none. */
    static FeatureNoise draw(String feature, double std, String source, double epsilon, int rows,
                             SplittableRandom random) {
        if (!(std > 0) || !Double.isFinite(std)) {
            return new FeatureNoise(feature, std, source, null);
        }
        double[] noise = new double[rows];
        for (int i = 0; i < rows; i++) {
            noise[i] = finite(epsilon * random.nextGaussian() * std);
        }
        return new FeatureNoise(feature, std, source, noise);
    }

    /** Whether the feature is perturbed. */
    boolean isPerturbed() {
        return noise != null;
    }

    /** A new column: the given values plus the noise (a missing value stays missing). */
    NumericColumn applyTo(NumericColumn column) {
        double[] v = column.copyValues();
        for (int i = 0; i < v.length; i++) {
            if (Double.isFinite(v[i])) {
                v[i] = finite(v[i] + noise[i]);
            }
        }
        return NumericColumn.of(column.name(), v);
    }

    /** The value, or the largest finite double of its sign when it overflowed. */
    static double finite(double v) {
        return Double.isInfinite(v) ? Math.copySign(Double.MAX_VALUE, v) : v;
    }
}
