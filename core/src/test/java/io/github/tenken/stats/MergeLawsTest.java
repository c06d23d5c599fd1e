package io.github.tenken.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.engine.Scanner;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Merging the states of two row ranges equals one state over their union, whatever the split. */
class MergeLawsTest {

    @Property(tries = 200)
    void mergeOfSplitEqualsWhole(@ForAll @Size(min = 1, max = 60) List<@IntRange(min = -5, max = 5) Integer> xs,
                                 @ForAll @IntRange(min = 0, max = 60) int splitAt) {
        int n = xs.size();
        int split = Math.min(splitAt, n);
        CategoryDictionary d = new CategoryDictionary();
        double[] x = xs.stream().mapToDouble(v -> v == 0 ? Double.NaN : v).toArray();
        String[] g = xs.stream().map(v -> v < 0 ? "neg" : v == 0 ? null : "pos").toArray(String[]::new);
        Table t = Table.of("t", List.of(NumericColumn.of("x", x), CategoricalColumn.of("g", d, g)));
        for (Analyzer<?, ?> a : List.<Analyzer<?, ?>>of(new NumericSummary("x"), new CategoryCounts("g"),
                new SortedValues("x"), new DuplicateRows(List.of("x"), "g"), new ContentHash(),
                RowsWithMissing.allColumns(), new CrossCounts("g", "g"))) {
            assertEquivalent(a, splitResult(a, t, split), Scanner.scan(t, List.of(a)).get(a));
        }
    }

    @Property(tries = 100)
    void meanAndVarianceMatchATwoPassComputation(@ForAll @Size(min = 2, max = 200) List<@IntRange(min = -1000, max = 1000) Integer> xs) {
        double[] x = xs.stream().mapToDouble(Integer::doubleValue).toArray();
        double mean = Arrays.stream(x).sum() / x.length;
        double ss = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum();
        NumericStats s = Scanner.scan(Table.of("t", List.of(NumericColumn.of("x", x))), List.of(new NumericSummary("x")))
                .get(new NumericSummary("x"));
        assertThat(s.mean()).isCloseTo(mean, within(1e-9));
        assertThat(s.variance()).isCloseTo(ss / (x.length - 1), within(1e-6));
    }

    private static <S, R> R splitResult(Analyzer<S, R> a, Table t, int split) {
        S left = a.newState(t);
        a.update(left, t, 0, split);
        S right = a.newState(t);
        a.update(right, t, split, t.rowCount());
        return a.result(a.merge(left, right), t);
    }

    private static void assertEquivalent(Analyzer<?, ?> a, Object merged, Object whole) {
        if (merged instanceof NumericStats m && whole instanceof NumericStats w) {
            assertThat(m.count()).isEqualTo(w.count());
            assertThat(m.missing()).isEqualTo(w.missing());
            if (m.count() > 0) {
                assertThat(m.mean()).isCloseTo(w.mean(), within(1e-9));
                assertThat(m.min()).isEqualTo(w.min());
                assertThat(m.max()).isEqualTo(w.max());
            }
            if (m.count() > 1) {
                assertThat(m.variance()).isCloseTo(w.variance(), within(1e-9));
            }
        } else if (merged instanceof Frequencies m && whole instanceof Frequencies w) {
            assertThat(m.counts()).containsExactly(w.counts());
            assertThat(m.missing()).isEqualTo(w.missing());
        } else if (merged instanceof SortedSample m && whole instanceof SortedSample w) {
            assertThat(m.copy()).containsExactly(w.copy());
        } else if (merged instanceof Contingency m && whole instanceof Contingency w) {
            assertThat(m.counts()).isDeepEqualTo(w.counts());
        } else {
            assertThat(merged).as(a.toString()).isEqualTo(whole);
        }
    }
}
