package io.github.tenken.checks.stats;

import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.stats.QuantileSummary;
import io.github.tenken.stats.Quantiles;
import io.github.tenken.stats.SortedSample;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static io.github.tenken.checks.stats.CheckHarness.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Kolmogorov-Smirnov on KLL sketches against the exact test on the same data: the sketched D is within the error
 * the result states (the sum of both summaries' rank errors), whatever the shift between the samples.
 */
class KolmogorovSmirnovSketchTest {

    private static double[] normal(SplittableRandom random, int n, double shift, double scale, boolean rounded) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            double g = Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
            v[i] = shift + scale * g;
            if (rounded) {
                v[i] = Math.rint(v[i] * 4) / 4;   // many ties
            }
        }
        return v;
    }

    private static QuantileSummary summary(double[] values, long exactUpTo, int batchRows) {
        Table t = Table.of("t", List.of(NumericColumn.of("x", values)));
        return scan(t, new Quantiles("x", exactUpTo), batchRows);
    }

    @Test
    void theSketchedDistanceIsWithinTheStatedErrorOfTheExactOne() {
        SplittableRandom random = new SplittableRandom(17);
        int rounds = 0;
        for (double shift : new double[]{0, 0.05, 0.2, 0.5, 1.5}) {
            for (boolean rounded : new boolean[]{false, true}) {
                double[] a = normal(random, 20_000 + random.nextInt(5_000), 0, 1, rounded);
                double[] b = normal(random, 8_000 + random.nextInt(5_000), shift, 1.2, rounded);
                KolmogorovSmirnov.Result exact = KolmogorovSmirnov.test(SortedSample.of(a), SortedSample.of(b));
                QuantileSummary sa = summary(a, 500, 4_096);
                QuantileSummary sb = summary(b, 500, 4_096);
                KolmogorovSmirnov.Result sketched = KolmogorovSmirnov.test(sa, sb);

                assertThat(sa.isExact()).isFalse();
                assertThat(sketched.error()).isEqualTo(sa.rankError() + sb.rankError()).isPositive();
                assertThat(sketched.statistic()).as("shift %s, ties %s: exact D %s", shift, rounded, exact.statistic())
                        .isCloseTo(exact.statistic(), within(sketched.error()));
                assertThat(sketched.n1()).isEqualTo(a.length);
                assertThat(sketched.n2()).isEqualTo(b.length);
                rounds++;
            }
        }
        assertThat(rounds).isEqualTo(10);
    }

    @Test
    void oneExactAndOneSketchedSampleCarryTheSketchsErrorOnly() {
        SplittableRandom random = new SplittableRandom(18);
        double[] a = normal(random, 30_000, 0, 1, false);
        double[] b = normal(random, 300, 0.3, 1, false);
        QuantileSummary sa = summary(a, 1_000, 1 << 16);
        QuantileSummary sb = summary(b, 1_000, 1 << 16);
        assertThat(sb).isInstanceOf(SortedSample.class);

        KolmogorovSmirnov.Result sketched = KolmogorovSmirnov.test(sa, sb);
        KolmogorovSmirnov.Result exact = KolmogorovSmirnov.test(SortedSample.of(a), SortedSample.of(b));

        assertThat(sketched.error()).isEqualTo(sa.rankError());
        assertThat(sketched.statistic()).isCloseTo(exact.statistic(), within(sketched.error()));
    }

    @Test
    void exactSummariesGiveTheExactTestWithoutError() {
        SplittableRandom random = new SplittableRandom(19);
        double[] a = normal(random, 2_000, 0, 1, true);
        double[] b = normal(random, 1_500, 0.1, 1, true);
        KolmogorovSmirnov.Result viaScan = KolmogorovSmirnov.test(summary(a, 100_000, 7), summary(b, 100_000, 7));
        KolmogorovSmirnov.Result direct = KolmogorovSmirnov.test(SortedSample.of(a), SortedSample.of(b));
        assertThat(viaScan).isEqualTo(direct);
        assertThat(viaScan.error()).isZero();
    }

    @Test
    void fullySeparatedSketchesHaveDistanceOne() {
        SplittableRandom random = new SplittableRandom(20);
        double[] a = normal(random, 5_000, 0, 1, false);
        double[] b = normal(random, 5_000, 100, 1, false);
        KolmogorovSmirnov.Result r = KolmogorovSmirnov.test(summary(a, 100, 1 << 16), summary(b, 100, 1 << 16));
        assertThat(r.statistic()).isEqualTo(1.0);
        assertThat(r.pValue()).isLessThan(1e-10);
    }
}
