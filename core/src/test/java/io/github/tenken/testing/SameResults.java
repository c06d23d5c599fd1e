package io.github.tenken.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.stats.Contingency;
import io.github.tenken.stats.Frequencies;
import io.github.tenken.stats.NumericStats;
import io.github.tenken.stats.QuantileSummary;
import io.github.tenken.stats.RowGroupSet;

/**
 * Asserts two results of one analyzer are the same: counts equal, doubles equal bit for bit, arrays by content
 * (several results are records of arrays, whose own {@code equals} compares identity).
 */
public final class SameResults {

    private SameResults() {
    }

    /** {@code actual} equals {@code expected}; {@code what} names the analyzer and dataset in a failure. */
    public static void assertSame(String what, Object expected, Object actual) {
        if (expected instanceof NumericStats e && actual instanceof NumericStats a) {
            assertThat(a.count()).as("%s: count", what).isEqualTo(e.count());
            assertThat(a.missing()).as("%s: missing", what).isEqualTo(e.missing());
            assertBits(what + ": mean", e.mean(), a.mean());
            assertBits(what + ": variance", e.variance(), a.variance());
            assertBits(what + ": stddev", e.stddev(), a.stddev());
            assertBits(what + ": min", e.min(), a.min());
            assertBits(what + ": max", e.max(), a.max());
        } else if (expected instanceof Frequencies e && actual instanceof Frequencies a) {
            assertThat(a.values()).as("%s: values", what).isEqualTo(e.values());
            assertThat(a.counts()).as("%s: counts", what).containsExactly(e.counts());
            assertThat(a.missing()).as("%s: missing", what).isEqualTo(e.missing());
        } else if (expected instanceof Contingency e && actual instanceof Contingency a) {
            assertThat(a.rowValues()).as("%s: row values", what).isEqualTo(e.rowValues());
            assertThat(a.columnValues()).as("%s: column values", what).isEqualTo(e.columnValues());
            assertThat(a.counts()).as("%s: counts", what).isDeepEqualTo(e.counts());
            assertThat(a.missing()).as("%s: missing", what).isEqualTo(e.missing());
        } else if (expected instanceof QuantileSummary e && actual instanceof QuantileSummary a) {
            assertThat(a.method()).as("%s: method", what).isEqualTo(e.method());
            assertThat(a.count()).as("%s: count", what).isEqualTo(e.count());
            assertBits(what + ": min", e.min(), a.min());
            assertBits(what + ": max", e.max(), a.max());
            double[] eb = e.breakpoints();
            assertThat(a.breakpoints()).as("%s: breakpoints", what).containsExactly(eb);
            for (double x : eb) {
                assertBits(what + ": cdf(" + x + ")", e.cdf(x), a.cdf(x));
                assertBits(what + ": cdfBelow(" + x + ")", e.cdfBelow(x), a.cdfBelow(x));
            }
            for (int i = 0; i <= 100; i++) {
                assertBits(what + ": quantile(" + i + "%)", e.quantile(i / 100.0), a.quantile(i / 100.0));
            }
        } else if (expected instanceof RowGroupSet e && actual instanceof RowGroupSet a) {
            assertThat(a.rows()).as("%s: rows", what).isEqualTo(e.rows());
            assertThat(a.distinctRows()).as("%s: distinct rows", what).isEqualTo(e.distinctRows());
            assertThat(a.duplicateRows()).as("%s: duplicate rows", what).isEqualTo(e.duplicateRows());
            assertThat(a.duplicateGroups()).as("%s: duplicate groups", what).isEqualTo(e.duplicateGroups());
            assertThat(a.conflictingGroups()).as("%s: conflicting groups", what).isEqualTo(e.conflictingGroups());
            assertThat(a.conflictingRows()).as("%s: conflicting rows", what).isEqualTo(e.conflictingRows());
            assertThat(a.featureGroups()).as("%s: feature groups", what).isEqualTo(e.featureGroups());
            // the same rows under the same keys: each holds every row of the other
            assertThat(a.rowsAlsoIn(e)).as("%s: rows also in the other", what).isEqualTo(a.rows());
            assertThat(e.rowsAlsoIn(a)).as("%s: rows of the other also in this", what).isEqualTo(e.rows());
            assertThat(a.distinctAlsoIn(e)).as("%s: distinct rows also in the other", what)
                    .isEqualTo(a.distinctRows());
        } else {
            assertThat(actual).as(what).isEqualTo(expected);
        }
    }

    /** The two doubles have the same bits (NaN equals NaN; -0.0 differs from 0.0). */
    public static void assertBits(String what, double expected, double actual) {
        assertThat(Double.doubleToLongBits(actual)).as("%s: expected %s, was %s", what, expected, actual)
                .isEqualTo(Double.doubleToLongBits(expected));
    }
}
