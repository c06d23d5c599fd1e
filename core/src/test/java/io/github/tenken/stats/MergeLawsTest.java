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
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Merging the states of two row ranges equals one state over their union, whatever the split: checked on 200 seeded
 * random tables (a plain seeded loop, so a failure names its trial and replays exactly).
 */
class MergeLawsTest {

    private static List<Integer> randomInts(SplittableRandom r, int minSize, int maxSize, int lo, int hi) {
        int n = minSize + r.nextInt(maxSize - minSize + 1);
        List<Integer> xs = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            xs.add(lo + r.nextInt(hi - lo + 1));
        }
        return xs;
    }

    @Test
    void mergeOfSplitEqualsWhole() {
        SplittableRandom r = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            mergeOfSplitEqualsWhole(randomInts(r, 1, 60, -5, 5), r.nextInt(61));
        }
    }

    @Test
    void meanAndVarianceMatchATwoPassComputation() {
        SplittableRandom r = new SplittableRandom(11);
        for (int trial = 0; trial < 100; trial++) {
            meanAndVarianceMatchATwoPassComputation(randomInts(r, 2, 200, -1000, 1000));
        }
    }

    private static void mergeOfSplitEqualsWhole(List<Integer> xs, int splitAt) {
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

    private static void meanAndVarianceMatchATwoPassComputation(List<Integer> xs) {
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
