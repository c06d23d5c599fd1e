package io.github.tenken.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.testing.SameResults;
import io.github.tenken.testing.Scans;
import io.github.tenken.testing.ThroughCodec;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our KLL sketch, as {@link Quantiles} uses it beyond {@code exactUpTo}: on a million values of several
 * distributions its distribution function stays within its stated rank error of the exact one (over a grid of the
 * exact quantiles and the sketch's own breakpoints), in one stream, in a scan of batches, and merged from many small
 * sketches; and the same data cut the same way gives the same summary on every run.
 */
class KllSketchTest {

    static final int N = 1_000_000;

    /** Seeded data sets of a million values. */
    static Stream<Arguments> distributions() {
        return Stream.of(
                Arguments.of("uniform", values(1, r -> r::nextDouble)),
                Arguments.of("normal", values(2, r -> () -> r.nextGaussian() * 15 + 100)),
                Arguments.of("log-normal", values(3, r -> () -> Math.exp(2 * r.nextGaussian()))),
                Arguments.of("50 distinct values", values(4, r -> () -> r.nextInt(50))),
                Arguments.of("ascending", ascending()));
    }

    static double[] values(long seed, java.util.function.Function<SplittableRandom, DoubleSupplier> draw) {
        SplittableRandom r = new SplittableRandom(seed);
        DoubleSupplier d = draw.apply(r);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = d.getAsDouble();
        }
        return x;
    }

    static double[] ascending() {
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = i * 0.5 - 1000;
        }
        return x;
    }

    static Table table(double[] x) {
        return Table.of("million", List.of(NumericColumn.of("x", x)));
    }

    /** 2,001 points: the exact 0, 0.05%, 0.1% ... 100% quantiles. */
    static double[] exactGrid(double[] sorted) {
        double[] grid = new double[2001];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = sorted[(int) Math.min(sorted.length - 1, (long) i * sorted.length / 2000)];
        }
        return grid;
    }

    /** The largest error of the summary's cdf and cdfBelow against the exact ones over the grid points. */
    static double maxError(QuantileSummary summary, double[] sorted, double[]... grids) {
        double worst = 0;
        for (double[] grid : grids) {
            for (double x : grid) {
                double below = countBelow(sorted, x) / (double) sorted.length;
                double atMost = countAtMost(sorted, x) / (double) sorted.length;
                worst = Math.max(worst, Math.abs(summary.cdf(x) - atMost));
                worst = Math.max(worst, Math.abs(summary.cdfBelow(x) - below));
            }
        }
        return worst;
    }

    static int countAtMost(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static int countBelow(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void assertWithinBound(String what, QuantileSummary s, double[] sorted) {
        assertThat(s.isExact()).as("%s is a sketch", what).isFalse();
        assertThat(s.method()).isEqualTo("KLL k=200");
        assertThat(s.count()).as("%s: count", what).isEqualTo(sorted.length);
        assertThat(s.min()).as("%s: min", what).isEqualTo(sorted[0]);
        assertThat(s.max()).as("%s: max", what).isEqualTo(sorted[sorted.length - 1]);
        double error = maxError(s, sorted, exactGrid(sorted), s.breakpoints());
        assertThat(error).as("%s: largest |sketch cdf - exact cdf|", what).isLessThanOrEqualTo(s.rankError());
        // quantiles: the value at rank p is a value whose exact rank lies within the error of p
        for (int i = 1; i < 100; i++) {
            double p = i / 100.0;
            double q = s.quantile(p);
            double lo = countBelow(sorted, q) / (double) sorted.length;
            double hi = countAtMost(sorted, q) / (double) sorted.length;
            assertThat(p).as("%s: exact rank of quantile(%s) = %s", what, p, q)
                    .isBetween(lo - s.rankError(), hi + s.rankError());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void aMillionValuesStayWithinTheStatedRankError(String name, double[] x) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        Table t = table(x);
        assertThat(KllSketch.rankError(200)).isEqualTo(2.296 / Math.pow(200, 0.9723)).isBetween(0.01325, 0.01335);   // "1.33%"
        // one stream of a million updates
        assertWithinBound(name + ", one batch", Scans.whole(t, new Quantiles("x", 1000)), sorted);
        // batches of 65,536 on four threads, states shipped through the codec
        ThroughCodec<?, QuantileSummary> shipped = ThroughCodec.of(new Quantiles("x", 1000));
        assertWithinBound(name + ", batches", Scans.batched(t, List.of(shipped), 1 << 16, 4).get(shipped), sorted);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void mergesOfManySmallSketchesStayWithinTheBound(String name, double[] x) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        // 2,000 batches of 500 values, each a sketch of its own (exact up to 10 values), merged in the engine's tree
        QuantileSummary tree = Scans.batched(table(x), List.of(new Quantiles("x", 10)), 500, 2)
                .get(new Quantiles("x", 10));
        assertWithinBound(name + ", tree of 2,000 sketches", tree, sorted);
        // the same 2,000 sketches merged one after the other into one (a chain: the deepest merge order)
        KllSketch chain = new KllSketch(KllSketch.DEFAULT_K, 1);
        for (int from = 0; from < N; from += 500) {
            KllSketch part = new KllSketch(KllSketch.DEFAULT_K, from);
            for (int i = from; i < from + 500; i++) {
                part.update(x[i]);
            }
            chain.merge(part);
        }
        assertWithinBound(name + ", chain of 2,000 sketches", chain.summary(), sorted);
    }

    @Test
    void theSameDataCutTheSameWayGivesTheSameSummaryOnEveryRun() {
        double[] x = Arrays.copyOf(values(7, r -> () -> r.nextGaussian()), 200_000);
        Table t = table(x);
        Quantiles q = new Quantiles("x", 100);
        QuantileSummary first = Scans.batched(t, List.of(q), 10_000, 4).get(q);
        QuantileSummary second = Scans.batched(t, List.of(q), 10_000, 3).get(q);
        QuantileSummary third = Scans.batched(t, List.of(q), 10_000, 1).get(q);
        SameResults.assertSame("second run", first, second);
        SameResults.assertSame("one thread", first, third);
        assertThat(first.isExact()).isFalse();
        // a sketch fed the same stream twice holds the same items
        SameResults.assertSame("one stream", Scans.whole(t, q), Scans.whole(table(x.clone()), q));
    }

    @Test
    void theSketchIsWrittenAndReadWithItsCoins() {
        KllSketch a = new KllSketch(KllSketch.DEFAULT_K, 99);
        KllSketch b = new KllSketch(KllSketch.DEFAULT_K, 99);
        SplittableRandom r = new SplittableRandom(8);
        for (int i = 0; i < 50_000; i++) {
            double v = r.nextDouble();
            a.update(v);
            b.update(v);
        }
        Quantiles q = new Quantiles("x", 0);
        Quantiles.State s = q.newState();
        s.sketch = a;
        Quantiles.State read = q.codec().fromBytes(q.codec().toBytes(s));
        // the read sketch goes on exactly as the original: same coins, same compactions
        for (int i = 0; i < 50_000; i++) {
            double v = r.nextDouble();
            read.sketch.update(v);
            b.update(v);
        }
        SameResults.assertSame("read and continued", b.summary(), read.sketch.summary());
    }

    @Test
    void smallAndEdgeInputs() {
        KllSketch empty = new KllSketch(KllSketch.DEFAULT_K, 0);
        KllSummary none = empty.summary();
        assertThat(none.count()).isZero();
        assertThat(none.cdf(1)).isNaN();
        assertThat(none.quantile(0.5)).isNaN();
        assertThat(none.min()).isNaN();
        KllSketch zeros = new KllSketch(KllSketch.DEFAULT_K, 0);
        zeros.update(0.0);
        zeros.update(-0.0);
        zeros.update(Double.NaN);                 // ignored
        KllSummary z = zeros.summary();
        assertThat(z.count()).isEqualTo(2);
        SameResults.assertBits("min of 0.0 and -0.0", -0.0, z.min());
        SameResults.assertBits("max of 0.0 and -0.0", 0.0, z.max());
        assertThat(z.cdf(0)).isEqualTo(1);
        assertThat(z.cdfBelow(-1)).isZero();
        assertThat(z.quantile(0)).isZero();
    }
}
