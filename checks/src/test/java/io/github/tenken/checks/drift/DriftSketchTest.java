package io.github.tenken.checks.drift;

import io.github.tenken.check.Approximation;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Measure;
import io.github.tenken.check.ResultTable;
import io.github.tenken.checks.correctness.CheckRun;
import io.github.tenken.checks.stats.CheckHarness;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.message.Message;
import io.github.tenken.stats.QuantileSummary;
import io.github.tenken.stats.Quantiles;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Drift on more values than the assessment's {@code exactUpTo}: the numeric columns are summarised by KLL sketches,
 * and {@code max_ks_statistic} carries an approximation whose bound covers its distance from the exact run.
 */
class DriftSketchTest {

    private static final String ID = "drift.train-test";

    private static Table data(String name, int n, double shift, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        String[] c = new String[n];
        for (int i = 0; i < n; i++) {
            x[i] = shift + Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
            y[i] = random.nextInt(40);                       // many ties
            c[i] = random.nextInt(4) == 0 ? "a" : "b";
        }
        return Table.of(name, List.of(NumericColumn.of("x", x), NumericColumn.of("y", y),
                CategoricalColumn.of("c", new CategoryDictionary(), c)));
    }

    private static CheckResult run(Table train, Table test, Long exactUpTo, Integer batchRows) {
        // the KS test (not the large-sample distance) is what this test is about
        CheckRun run = CheckRun.with().data(DatasetRole.TRAINING, train).test(test)
                .parameter("drift.train-test", "largeSample", "1000000");
        if (exactUpTo != null) {
            run.exactUpTo(exactUpTo);
        }
        if (batchRows != null) {
            run.batchRows(batchRows);
        }
        return run.runOne(new TrainTestDriftCheck());
    }

    /** The per-column cell {@code key} of a column, a Message rendered in English. */
    private static Object cell(CheckResult r, String column, String key) {
        ResultTable t = CheckHarness.table(r, "per-column");
        Object cell = t.cell(CheckHarness.rowIndex(t, "column", column), key);
        return cell instanceof Message m ? en(m) : cell;
    }

    private static double rankError(Table t, String column, long exactUpTo, int batchRows) {
        QuantileSummary s = CheckHarness.scan(t, new Quantiles(column, exactUpTo), batchRows);
        assertThat(s.isExact()).isFalse();
        return s.rankError();
    }

    @Test
    void theSketchedMaximumDistanceCarriesABoundThatCoversTheExactOne() {
        Table train = data("train", 3_000, 0, 1);
        Table test = data("test", 2_000, 0.3, 2);

        CheckResult exact = run(train, test, null, null);
        CheckResult sketched = run(train, test, 50L, null);

        Measure e = exact.measure("max_ks_statistic").orElseThrow();
        Measure s = sketched.measure("max_ks_statistic").orElseThrow();
        assertThat(e.isApproximate()).isFalse();
        assertThat(cell(exact, "x", "test")).isEqualTo("Kolmogorov-Smirnov");
        assertThat(s.isApproximate()).isTrue();
        Approximation a = s.approximation();
        assertThat(a.method()).isEqualTo("KLL k=200");
        // both samples are sketched: the bound is the sum of their rank errors
        double bound = rankError(train, "x", 50, 1 << 16) + rankError(test, "x", 50, 1 << 16);
        assertThat(a.bound()).isCloseTo(bound, within(1e-15));
        assertThat(s.value()).as("sketched D %s, exact D %s", s.value(), e.value())
                .isCloseTo(e.value(), within(a.bound()));
        assertThat(s.sentence()).endsWith("(+-" + en(Message.of("literal", io.github.tenken.message.Arg.num(a.bound())))
                + ", KLL k=200)");
        // the column's own row names the sketch and the error of its D
        assertThat(cell(sketched, "x", "test")).isEqualTo("Kolmogorov-Smirnov on KLL k=200 sketches (D +-"
                + en(Message.of("literal", io.github.tenken.message.Arg.num(bound))) + ")");
        assertThat((Double) cell(sketched, "y", "statistic")).isCloseTo((Double) cell(exact, "y", "statistic"),
                within(bound));
        // the categorical column is counted, never sketched
        assertThat(cell(sketched, "c", "statistic")).isEqualTo(cell(exact, "c", "statistic"));
    }

    @Test
    void anotherBatchingGivesAnotherSketchButTheSameGuarantee() {
        Table train = data("train", 3_000, 0, 3);
        Table test = data("test", 2_500, 0.1, 4);
        double exact = run(train, test, null, null).measure("max_ks_statistic").orElseThrow().value();
        for (int batch : new int[]{7, 333, 4_096}) {
            Measure s = run(train, test, 50L, batch).measure("max_ks_statistic").orElseThrow();
            assertThat(s.isApproximate()).isTrue();
            assertThat(s.value()).as("batches of %d", batch).isCloseTo(exact, within(s.approximation().bound()));
        }
    }

    @Test
    void aSmallComparedSampleStaysExactAndOnlyTheSketchCountsInTheBound() {
        Table train = data("train", 3_000, 0, 5);
        Table test = data("test", 40, 0.5, 6);
        Measure exact = run(train, test, null, null).measure("max_ks_statistic").orElseThrow();
        Measure s = run(train, test, 50L, null).measure("max_ks_statistic").orElseThrow();
        double bound = rankError(train, "x", 50, 1 << 16);
        assertThat(s.approximation().bound()).isCloseTo(bound, within(1e-15));
        assertThat(s.value()).isCloseTo(exact.value(), within(bound));
    }
}
