package io.github.tenken.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ExactSum} against {@link BigDecimal}'s exact sum of the same doubles: equal to the last digit on random
 * doubles of every magnitude (extremes, subnormals, signed zeros, cancelling pairs), whatever the order of the
 * additions and however the sum is split into parts and merged; rounded once to the nearest double.
 */
class ExactSumTest {

    private static final double[] EXTREMES = {1e308, -1e308, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, -Double.MIN_NORMAL, 0x1p-1060, -0x1.8p-1070,
            -0.0, 0.0, 1.0, -1.0, 0x1p52, 0x1p53 + 2, Math.ulp(1.0), 1e-308, -1e-320};

    /** Doubles of every magnitude: random bit patterns (all exponents), extremes, and values that cancel. */
    private static double[] randomDoubles(SplittableRandom r, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = switch (r.nextInt(6)) {
                case 0 -> EXTREMES[r.nextInt(EXTREMES.length)];
                case 1 -> {
                    double v;
                    do {
                        v = Double.longBitsToDouble(r.nextLong());
                    } while (!Double.isFinite(v));
                    yield v;
                }
                case 2 -> i > 0 ? -x[r.nextInt(i)] : 1e308;                     // cancels an earlier value
                case 3 -> Double.longBitsToDouble(r.nextLong(1L << 52)) * (r.nextBoolean() ? 1 : -1); // subnormal
                case 4 -> (r.nextDouble() - 0.5) * Math.scalb(1.0, r.nextInt(-60, 60));
                default -> r.nextDouble() * 1e308 * (r.nextBoolean() ? 1 : -1);
            };
        }
        return x;
    }

    private static BigDecimal exactSum(double[] x) {
        BigDecimal s = BigDecimal.ZERO;
        for (double v : x) {
            s = s.add(new BigDecimal(v));
        }
        return s;
    }

    private static ExactSum sumOf(double[] x, int from, int to) {
        ExactSum s = new ExactSum();
        for (int i = from; i < to; i++) {
            s.add(x[i]);
        }
        return s;
    }

    private static void assertExact(String what, BigDecimal expected, ExactSum actual) {
        assertThat(actual.isFinite()).as("%s is finite", what).isTrue();
        assertThat(actual.exact()).as(what).isEqualByComparingTo(expected);
        assertRoundedOnce(what, expected, actual.value());
    }

    /** {@code value} is a double nearest to {@code exact}: neither neighbour is closer. */
    private static void assertRoundedOnce(String what, BigDecimal exact, double value) {
        if (Double.isInfinite(value)) {
            // beyond the largest double by at least half an ulp of it
            BigDecimal limit = new BigDecimal(Double.MAX_VALUE).add(new BigDecimal(Math.ulp(Double.MAX_VALUE) / 2));
            assertThat(exact.abs()).as("%s: rounds to an infinity", what).isGreaterThanOrEqualTo(limit);
            assertThat(exact.signum()).isEqualTo(value > 0 ? 1 : -1);
            return;
        }
        BigDecimal error = new BigDecimal(value).subtract(exact).abs();
        for (double neighbour : new double[]{Math.nextUp(value), Math.nextDown(value)}) {
            if (Double.isFinite(neighbour)) {
                assertThat(error).as("%s: %s is nearer to the exact sum than %s", what, neighbour, value)
                        .isLessThanOrEqualTo(new BigDecimal(neighbour).subtract(exact).abs());
            }
        }
    }

    @Test
    void equalsTheExactSumOfBigDecimalOnRandomDoublesOfEveryMagnitude() {
        SplittableRandom r = new SplittableRandom(2024);
        for (int trial = 0; trial < 300; trial++) {
            double[] x = randomDoubles(r, 1 + r.nextInt(400));
            assertExact("trial " + trial, exactSum(x), sumOf(x, 0, x.length));
        }
    }

    @Test
    void handPickedSums() {
        assertExact("1e308 + 1e308 - 1e308", new BigDecimal(1e308), sumOf(new double[]{1e308, 1e308, -1e308}, 0, 3));
        // the tiny value survives a large one coming and going: 1e-308 exactly, where plain addition gives 0
        ExactSum s = sumOf(new double[]{1e308, 1e-308, -1e308}, 0, 3);
        assertThat(s.value()).isEqualTo(1e-308);
        assertThat(1e308 + 1e-308 - 1e308).isZero();
        // 0.1 + 0.2 - 0.3 is the exact sum of the three doubles, not 5.55e-17 from rounding twice
        ExactSum tenths = sumOf(new double[]{0.1, 0.2, -0.3}, 0, 3);
        assertThat(tenths.exact()).isEqualByComparingTo(
                new BigDecimal(0.1).add(new BigDecimal(0.2)).subtract(new BigDecimal(0.3)));
        assertThat(tenths.value()).isEqualTo(0x1p-55);   // 0.1 + 0.2 in doubles is 2^-55 above 0.3
        assertThat(0.1 + 0.2 - 0.3).isEqualTo(0x1p-54);
        // the smallest subnormal, twice, and two of opposite sign
        assertThat(sumOf(new double[]{Double.MIN_VALUE, Double.MIN_VALUE}, 0, 2).value()).isEqualTo(2 * Double.MIN_VALUE);
        assertThat(sumOf(new double[]{Double.MIN_VALUE, -Double.MIN_VALUE}, 0, 2).exact()).isZero();
        // signed zeros add nothing; an empty sum is zero
        assertThat(sumOf(new double[]{-0.0, 0.0, -0.0}, 0, 3).exact()).isZero();
        assertThat(new ExactSum().exact()).isZero();
        assertThat(new ExactSum().value()).isZero();
        // beyond the range of a double the exact sum is kept and its rounding is infinite
        ExactSum big = sumOf(new double[]{Double.MAX_VALUE, Double.MAX_VALUE}, 0, 2);
        assertThat(big.exact()).isEqualByComparingTo(new BigDecimal(Double.MAX_VALUE).multiply(BigDecimal.valueOf(2)));
        assertThat(big.value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(big.divide(2)).isEqualTo(Double.MAX_VALUE);
    }

    @Test
    void aMillionLargestDoublesAndTheirNegativesCancelExactly() {
        ExactSum s = new ExactSum();
        for (int i = 0; i < 1_000_000; i++) {
            s.add(Double.MAX_VALUE);
        }
        assertThat(s.exact()).isEqualByComparingTo(new BigDecimal(Double.MAX_VALUE).multiply(BigDecimal.valueOf(1_000_000)));
        for (int i = 0; i < 1_000_000; i++) {
            s.add(-Double.MAX_VALUE);
        }
        s.add(Double.MIN_VALUE);
        assertThat(s.value()).isEqualTo(Double.MIN_VALUE);
    }

    @Test
    void independentOfTheOrderOfAdditions() {
        SplittableRandom r = new SplittableRandom(5);
        for (int trial = 0; trial < 100; trial++) {
            double[] x = randomDoubles(r, 2 + r.nextInt(300));
            BigDecimal expected = sumOf(x, 0, x.length).exact();
            double[] shuffled = x.clone();
            for (int i = shuffled.length - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                double t = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = t;
            }
            double[] sorted = x.clone();
            Arrays.sort(sorted);
            assertThat(sumOf(shuffled, 0, x.length).exact()).as("trial %d shuffled", trial).isEqualByComparingTo(expected);
            assertThat(sumOf(sorted, 0, x.length).exact()).as("trial %d sorted", trial).isEqualByComparingTo(expected);
            assertThat(sumOf(shuffled, 0, x.length).value()).as("trial %d", trial)
                    .isEqualTo(sumOf(x, 0, x.length).value());
        }
    }

    @Test
    void independentOfHowTheSumIsSplitAndMerged() {
        SplittableRandom r = new SplittableRandom(9);
        for (int trial = 0; trial < 100; trial++) {
            double[] x = randomDoubles(r, 1 + r.nextInt(500));
            BigDecimal expected = exactSum(x);
            // random cut points into parts, merged in a random order, some parts shipped through bytes
            List<ExactSum> parts = new ArrayList<>();
            int at = 0;
            while (at < x.length) {
                int to = Math.min(x.length, at + 1 + r.nextInt(40));
                ExactSum part = sumOf(x, at, to);
                parts.add(r.nextBoolean() ? roundTrip(part) : part);
                at = to;
            }
            while (parts.size() > 1) {
                int i = r.nextInt(parts.size());
                ExactSum a = parts.remove(i);
                ExactSum b = parts.remove(r.nextInt(parts.size()));
                a.add(b);
                parts.add(a);
            }
            assertExact("trial " + trial + " merged", expected, parts.get(0));
        }
    }

    @Test
    void divisionRoundsOnceWithTiesToEven() {
        SplittableRandom r = new SplittableRandom(19);
        for (int trial = 0; trial < 2000; trial++) {
            double a = (r.nextDouble() + 0.5) * Math.scalb(1.0, r.nextInt(-1000, 1000)) * (r.nextBoolean() ? 1 : -1);
            double b = Math.nextUp(a);
            // the mean of two neighbouring doubles lies exactly halfway: it must go to the one with an even mantissa
            double even = (Double.doubleToLongBits(a) & 1) == 0 ? a : b;
            assertThat(sumOf(new double[]{a, b}, 0, 2).divide(2)).as("mean of %s and its neighbour", a).isEqualTo(even);
            // any other divisor: no neighbour of the result is nearer to the exact quotient
            long n = 1 + r.nextInt(1_000_000);
            double[] x = randomDoubles(r, 1 + r.nextInt(20));
            ExactSum s = sumOf(x, 0, x.length);
            double q = s.divide(n);
            BigDecimal bn = BigDecimal.valueOf(n);
            BigDecimal error = new BigDecimal(q).multiply(bn).subtract(s.exact()).abs();
            for (double neighbour : new double[]{Math.nextUp(q), Math.nextDown(q)}) {
                if (Double.isFinite(neighbour)) {
                    assertThat(error).as("trial %d: sum / %d = %s, neighbour %s is nearer", trial, n, q, neighbour)
                            .isLessThanOrEqualTo(new BigDecimal(neighbour).multiply(bn).subtract(s.exact()).abs());
                }
            }
        }
        assertThat(sumOf(new double[]{Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE}, 0, 3).divide(3))
                .isEqualTo(Double.MAX_VALUE);
        assertThat(sumOf(new double[]{Double.MIN_VALUE}, 0, 1).divide(2)).isZero();              // tie: to 0, even
        assertThat(sumOf(new double[]{3 * Double.MIN_VALUE}, 0, 1).divide(2)).isEqualTo(2 * Double.MIN_VALUE);
        assertThat(sumOf(new double[]{-Double.MIN_VALUE}, 0, 1).divide(3)).isEqualTo(-0.0);
    }

    @Test
    void nonFiniteValuesAreTrackedApart() {
        ExactSum nan = sumOf(new double[]{1, Double.NaN, 2}, 0, 3);
        assertThat(nan.isFinite()).isFalse();
        assertThat(nan.exact()).isNull();
        assertThat(nan.value()).isNaN();
        assertThat(nan.divide(3)).isNaN();

        ExactSum plus = sumOf(new double[]{1e308, Double.POSITIVE_INFINITY, -1e308}, 0, 3);
        assertThat(plus.value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(plus.divide(3)).isEqualTo(Double.POSITIVE_INFINITY);
        ExactSum minus = sumOf(new double[]{Double.NEGATIVE_INFINITY, 5}, 0, 2);
        assertThat(minus.value()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(sumOf(new double[]{Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}, 0, 2).value()).isNaN();
        assertThat(sumOf(new double[]{Double.POSITIVE_INFINITY, Double.NaN}, 0, 2).value()).isNaN();

        // through a merge: +Inf in one part, -Inf in the other is NaN
        ExactSum a = sumOf(new double[]{Double.POSITIVE_INFINITY}, 0, 1);
        a.add(sumOf(new double[]{Double.NEGATIVE_INFINITY}, 0, 1));
        assertThat(a.value()).isNaN();
        ExactSum b = sumOf(new double[]{3}, 0, 1);
        b.add(roundTrip(sumOf(new double[]{Double.NEGATIVE_INFINITY}, 0, 1)));
        assertThat(b.value()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void codecRoundTripKeepsEveryDigitAndFlag() {
        SplittableRandom r = new SplittableRandom(13);
        for (int trial = 0; trial < 50; trial++) {
            double[] x = randomDoubles(r, 1 + r.nextInt(200));
            ExactSum s = sumOf(x, 0, x.length);
            assertThat(roundTrip(s).exact()).as("trial %d", trial).isEqualByComparingTo(exactSum(x));
        }
        assertThat(roundTrip(new ExactSum()).exact()).isZero();
        assertThat(roundTrip(sumOf(new double[]{-1e308, -1e308, -5}, 0, 3)).exact())
                .isEqualByComparingTo(new BigDecimal(-1e308).multiply(BigDecimal.valueOf(2)).subtract(BigDecimal.valueOf(5)));
        assertThat(roundTrip(sumOf(new double[]{Double.NaN}, 0, 1)).value()).isNaN();
        assertThat(roundTrip(sumOf(new double[]{Double.POSITIVE_INFINITY}, 0, 1)).value())
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(roundTrip(sumOf(new double[]{Double.NEGATIVE_INFINITY}, 0, 1)).value())
                .isEqualTo(Double.NEGATIVE_INFINITY);
        // a read sum goes on adding
        ExactSum continued = roundTrip(sumOf(new double[]{1, 2}, 0, 2));
        continued.add(-3);
        continued.add(Double.MIN_VALUE);
        assertThat(continued.value()).isEqualTo(Double.MIN_VALUE);
    }

    @Test
    void squaresAreExactWhereASquareFitsTheAccumulator() {
        // x * x rounded plus its rounding error is x^2 exactly for 2^-485 <= |x| < 2^512
        SplittableRandom r = new SplittableRandom(17);
        ExactSum s = new ExactSum();
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 0; i < 2000; i++) {
            double x = (1 + r.nextDouble()) * Math.scalb(1.0, r.nextInt(-485, 511)) * (r.nextBoolean() ? 1 : -1);
            s.addSquare(x);
            expected = expected.add(new BigDecimal(x).pow(2));
        }
        assertThat(s.exact()).isEqualByComparingTo(expected);
    }

    private static ExactSum roundTrip(ExactSum s) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                s.write(out);
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
            ExactSum read = ExactSum.read(in);
            assertThat(in.read()).as("bytes left after the sum").isEqualTo(-1);
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
