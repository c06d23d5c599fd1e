package io.github.tenken.checks.stability;

import io.github.tenken.data.Column;
import io.github.tenken.data.NumericColumn;

import java.util.SplittableRandom;

/**
 * Gaussian noise for one numeric feature: at level {@code epsilon}, the feature's standard deviation times
 * {@code epsilon} times a standard normal draw per row; the normal draws are made once. Near the ends of the double
 * range (a feature with values near +-1e308) a draw or a perturbed value that would overflow is held at the largest
 * finite double of its sign: the model is never shown an infinity the data did not hold.
 *
 * @param feature the feature
 * @param std     the feature's standard deviation (of the training data when given, else of the test data)
 * @param source  where the standard deviation comes from, {@code training} or {@code test}
 * @param normal  a standard normal draw per sampled row ({@code null} when the feature is not perturbed: no spread)
 */
record FeatureNoise(String feature, double std, String source, double[] normal) implements ColumnPerturbation {

    /** Draws the noise of {@code rows} rows; a feature without spread ({@code std} 0 or NaN) gets none. */
    static FeatureNoise draw(String feature, double std, String source, int rows, SplittableRandom random) {
        if (!(std > 0) || !Double.isFinite(std)) {
            return new FeatureNoise(feature, std, source, null);
        }
        double[] normal = new double[rows];
        for (int i = 0; i < rows; i++) {
            normal[i] = random.nextGaussian();
        }
        return new FeatureNoise(feature, std, source, normal);
    }

    @Override
    public boolean isPerturbed() {
        return normal != null;
    }

    /** A new column: the given values plus the noise of this level (a missing value stays missing). */
    @Override
    public NumericColumn applyTo(Column sampled, double level) {
        double[] v = ((NumericColumn) sampled).copyValues();
        for (int i = 0; i < v.length; i++) {
            if (Double.isFinite(v[i])) {
                v[i] = finite(v[i] + finite(level * normal[i] * std));
            }
        }
        return NumericColumn.of(sampled.name(), v);
    }

    /** The value, or the largest finite double of its sign when it overflowed. */
    static double finite(double v) {
        return Double.isInfinite(v) ? Math.copySign(Double.MAX_VALUE, v) : v;
    }
}
