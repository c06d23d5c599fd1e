package io.github.tenken.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.testing.SameResults;
import io.github.tenken.testing.Scans;
import io.github.tenken.testing.ThroughCodec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * {@link NumericSummary} against a second, independent computation in {@link BigDecimal}: the mean as the exact sum
 * divided by n, the variance from the deviations from the exact mean (two passes), each rounded once. They must
 * agree to the last bit, including where a double computation cancels catastrophically (large offsets, small
 * spread) and near the ends of the double range.
 */
class NumericSummaryTest {

    private static final MathContext WIDE = new MathContext(150);

    private static NumericStats summary(double... x) {
        return Scans.whole(Table.of("t", List.of(NumericColumn.of("x", x))), new NumericSummary("x"));
    }

    /** The statistics of the present values, computed in BigDecimal by the two-pass formula. */
    private static NumericStats reference(double[] values) {
        double[] x = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        int n = x.length;
        long missing = values.length - n;
        if (n == 0) {
            return new NumericStats(0, missing, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : x) {
            sum = sum.add(new BigDecimal(v));
        }
        BigDecimal mean = quotient(sum, BigDecimal.valueOf(n));
        double min = Arrays.stream(x).min().orElseThrow();
        double max = Arrays.stream(x).max().orElseThrow();
        if (n == 1) {
            return new NumericStats(1, missing, mean.doubleValue(), Double.NaN, Double.NaN, min, max);
        }
        BigDecimal squares = BigDecimal.ZERO;
        for (double v : x) {
            BigDecimal d = new BigDecimal(v).subtract(mean, WIDE);
            squares = squares.add(d.multiply(d, WIDE), WIDE);
        }
        BigDecimal variance = quotient(squares, BigDecimal.valueOf(n - 1));
        return new NumericStats(n, missing, mean.doubleValue(), variance.doubleValue(),
                variance.sqrt(WIDE).doubleValue(), min, max);
    }

    /**
     * The exact quotient when its decimal expansion ends (a mean halfway between two doubles always does, and must
     * not be rounded twice), else 150 digits of it.
     */
    private static BigDecimal quotient(BigDecimal a, BigDecimal b) {
        try {
            return a.divide(b);
        } catch (ArithmeticException nonTerminating) {
            return a.divide(b, WIDE);
        }
    }

    private static void assertMatchesReference(String what, double... x) {
        SameResults.assertSame(what, reference(x), summary(x));
    }

    private static double[] draw(SplittableRandom r, int n, DoubleSupplier value) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = value.getAsDouble();
        }
        return x;
    }

    @Test
    void matchesBigDecimalOnRandomDataOfManyScales() {
        SplittableRandom r = new SplittableRandom(31);
        for (int trial = 0; trial < 200; trial++) {
            int scale = r.nextInt(-300, 300);
            double[] x = draw(r, 2 + r.nextInt(200), () -> (r.nextDouble() - 0.3) * Math.scalb(1.0, scale));
            if (trial % 5 == 0) {
                x[r.nextInt(x.length)] = Double.NaN;
            }
            assertMatchesReference("trial " + trial + " at scale 2^" + scale, x);
        }
    }

    @Test
    void noCancellationWithALargeOffsetAndASmallSpread() {
        SplittableRandom r = new SplittableRandom(37);
        for (int trial = 0; trial < 50; trial++) {
            // neighbouring doubles around 1e15 (spacing 0.125) and around 1e300: variance / mean^2 near 1e-32
            double base = trial % 2 == 0 ? 1e15 : 1e300;
            double[] x = draw(r, 2 + r.nextInt(100), () -> base + r.nextInt(50) * Math.ulp(base));
            assertMatchesReference("trial " + trial + " around " + base, x);
        }
        NumericStats s = summary(1e15, 1e15 + 0.125, 1e15 + 0.25);
        assertThat(s.mean()).isEqualTo(1e15 + 0.125);
        assertThat(s.variance()).isEqualTo(0.015625);      // deviations -1/8, 0, 1/8: (1/64 + 1/64) / 2
        assertThat(s.stddev()).isEqualTo(0.125);
    }

    @Test
    void valuesNearTheLargestDoubleGiveAFiniteStandardDeviation() {
        NumericStats s = summary(1e308, -1e308, 1e308, -1e308);
        assertThat(s.mean()).isZero();
        // variance 4e616 / 3 exceeds a double; its square root, 2e308 / sqrt(3) = 1.1547e308, does not
        assertThat(s.variance()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(s.stddev()).isFinite().isEqualTo(reference(new double[]{1e308, -1e308, 1e308, -1e308}).stddev());
        assertThat(s.stddev()).isBetween(1.1547e308, 1.1548e308);

        NumericStats max = summary(Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE);
        assertThat(max.mean()).isEqualTo(Double.MAX_VALUE);
        assertThat(max.variance()).isZero();
        assertThat(max.stddev()).isZero();

        assertMatchesReference("1e308, 1e308, -1e308", 1e308, 1e308, -1e308);
        assertMatchesReference("largest magnitudes", Double.MAX_VALUE, -Double.MAX_VALUE, 1e200, 1e307);
        SplittableRandom r = new SplittableRandom(41);
        for (int trial = 0; trial < 50; trial++) {
            assertMatchesReference("trial " + trial, draw(r, 2 + r.nextInt(50),
                    () -> (r.nextDouble() - 0.5) * 2 * Double.MAX_VALUE));
        }
    }

    @Test
    void tinyValuesKeepTheirSpread() {
        // squares of 1e-300 underflow to 0 in doubles; the standard deviation is still 1e-300
        NumericStats s = summary(1e-300, 2e-300, 3e-300);
        assertThat(s.mean()).isEqualTo(2e-300);
        assertThat(s.variance()).isZero();                 // 1e-600 is below the smallest double
        assertThat(s.stddev()).isEqualTo(reference(new double[]{1e-300, 2e-300, 3e-300}).stddev());
        assertThat(s.stddev()).isBetween(0.9999e-300, 1.0001e-300);
        assertMatchesReference("subnormals", Double.MIN_VALUE, 3 * Double.MIN_VALUE, 0x1p-1060, -0x1p-1070);
        SplittableRandom r = new SplittableRandom(43);
        for (int trial = 0; trial < 50; trial++) {
            int scale = r.nextInt(-1074, -400);
            assertMatchesReference("trial " + trial + " at 2^" + scale,
                    draw(r, 2 + r.nextInt(50), () -> r.nextDouble() * Math.scalb(1.0, scale)));
        }
    }

    @Test
    void fewValuesAndNonFiniteValues() {
        NumericStats none = summary(Double.NaN, Double.NaN);
        assertThat(none.count()).isZero();
        assertThat(none.missing()).isEqualTo(2);
        assertThat(none.mean()).isNaN();
        assertThat(none.min()).isNaN();
        NumericStats one = summary(4.5, Double.NaN);
        assertThat(one.count()).isEqualTo(1);
        assertThat(one.mean()).isEqualTo(4.5);
        assertThat(one.variance()).isNaN();
        assertThat(one.stddev()).isNaN();
        assertThat(one.min()).isEqualTo(4.5);
        NumericStats infinite = summary(1, Double.POSITIVE_INFINITY, 3);
        assertThat(infinite.mean()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(infinite.variance()).isNaN();
        assertThat(infinite.max()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(summary(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY).mean()).isNaN();
    }

    @Test
    void theSameToTheLastBitWhateverTheBatching() {
        SplittableRandom r = new SplittableRandom(47);
        for (int trial = 0; trial < 40; trial++) {
            int scale = r.nextInt(-1000, 1000);
            double[] x = draw(r, 1 + r.nextInt(300), () -> switch (r.nextInt(5)) {
                case 0 -> Double.NaN;
                case 1 -> r.nextBoolean() ? 0.0 : -0.0;
                default -> (r.nextDouble() - 0.5) * Math.scalb(1.0, scale);
            });
            Table t = Table.of("t", List.of(NumericColumn.of("x", x)));
            NumericStats whole = Scans.whole(t, new NumericSummary("x"));
            int batchRows = 1 + r.nextInt(20);
            ThroughCodec<?, NumericStats> shipped = ThroughCodec.of(new NumericSummary("x"));
            NumericStats batched = Scans.batched(t, List.of(shipped), batchRows, 3).get(shipped);
            SameResults.assertSame("trial " + trial + ", batches of " + batchRows, whole, batched);
        }
    }

    @Test
    void signedZerosGiveTheSameExtremesInAnyBatching() {
        Table t = Table.of("t", List.of(NumericColumn.of("x", 0.0, -0.0, 0.0)));
        NumericStats whole = Scans.whole(t, new NumericSummary("x"));
        for (int batchRows = 1; batchRows <= 3; batchRows++) {
            SameResults.assertSame("batches of " + batchRows, whole,
                    Scans.batched(t, List.of(new NumericSummary("x")), batchRows, 2).get(new NumericSummary("x")));
        }
        // as Math.min, Math.max and a sorted sample order them: -0.0 below 0.0
        SameResults.assertBits("min", -0.0, whole.min());
        SameResults.assertBits("max", 0.0, whole.max());
    }
}
