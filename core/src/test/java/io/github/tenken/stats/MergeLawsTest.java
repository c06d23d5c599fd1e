package io.github.tenken.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.testing.SameResults;
import io.github.tenken.testing.Scans;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Merging the states of two row ranges equals one state over their union, whatever the split: checked on 200 seeded
 * random tables (a plain seeded loop, so a failure names its trial and replays exactly).
 */
class MergeLawsTest {

    private static List<Integer> randomInts(SplittableRandom r, int minSize, int maxSize, int lo, int hi) {
        int n = minSize + r.nextInt(maxSize - minSize + 1);
        List<Integer> xs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            xs.add(lo + r.nextInt(hi - lo + 1));
        }
        return xs;
    }

    @Test
    void mergeOfSplitEqualsWhole() {
        SplittableRandom r = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            mergeOfSplitEqualsWhole(trial, randomInts(r, 1, 60, -5, 5), r.nextInt(61));
        }
    }

    @Test
    void meanAndVarianceMatchATwoPassComputation() {
        SplittableRandom r = new SplittableRandom(11);
        for (int trial = 0; trial < 100; trial++) {
            meanAndVarianceMatchATwoPassComputation(randomInts(r, 2, 200, -1000, 1000));
        }
    }

    private static void mergeOfSplitEqualsWhole(int trial, List<Integer> xs, int splitAt) {
        int n = xs.size();
        int split = Math.min(splitAt, n);
        CategoryDictionary d = new CategoryDictionary();
        double[] x = xs.stream().mapToDouble(v -> v == 0 ? Double.NaN : v).toArray();
        String[] g = xs.stream().map(v -> v < 0 ? "neg" : v == 0 ? null : "pos").toArray(String[]::new);
        Table t = Table.of("t", List.of(NumericColumn.of("x", x), CategoricalColumn.of("g", d, g)));
        for (Analyzer<?, ?> a : List.<Analyzer<?, ?>>of(new NumericSummary("x"), new CategoryCounts("g"),
                Quantiles.of("x"), new RowGroups(List.of("x"), "g"), new ContentHash(),
                RowsWithMissing.allColumns(), new CrossCounts("g", "g"), new MissingCount("x"), new RowCount(),
                new EdgeValues("x", 3), new ExtremeRows("x", 3))) {
            SameResults.assertSame("trial " + trial + ", split at " + split + ", " + a, Scans.whole(t, a),
                    splitResult(a, t, split));
        }
    }

    private static void meanAndVarianceMatchATwoPassComputation(List<Integer> xs) {
        double[] x = xs.stream().mapToDouble(Integer::doubleValue).toArray();
        double mean = Arrays.stream(x).sum() / x.length;
        double ss = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum();
        NumericStats s = Scans.whole(Table.of("t", List.of(NumericColumn.of("x", x))), new NumericSummary("x"));
        assertThat(s.mean()).isCloseTo(mean, within(1e-9));
        assertThat(s.variance()).isCloseTo(ss / (x.length - 1), within(1e-6));
    }

    /** The left rows and the right rows in states of their own, merged, as the engine would. */
    private static <S, R> R splitResult(Analyzer<S, R> a, Table t, int split) {
        S left = a.newState();
        a.update(left, t.batch(0, split));
        S right = a.newState();
        a.update(right, t.batch(split, t.rowCount()));
        ScanInfo info = new ScanInfo(t.name(), t.schema(), t.rowCount(),
                Map.of("g", t.categorical("g").dictionary().snapshot()));
        return a.result(a.merge(left, right), info);
    }
}
