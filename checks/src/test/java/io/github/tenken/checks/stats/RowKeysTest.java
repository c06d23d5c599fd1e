package io.github.tenken.checks.stats;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.engine.Scanner;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowKeysTest {

    private final CategoryDictionary colour = CategoryDictionary.of("red", "blue");

    private Table table(String name, double[] x, String... c) {
        return Table.of(name, List.of(NumericColumn.of("x", x), CategoricalColumn.of("c", colour, c)));
    }

    private static RowKeySet keys(Table t) {
        RowKeys analyzer = new RowKeys(List.of("x", "c"));
        return Scanner.scan(t, List.of(analyzer)).get(analyzer);
    }

    @Test
    void countsDuplicatesAndGroupsByHand() {
        // rows: (1,red) (1,red) (2,red) (1,blue) (1,red) (NaN,null) (NaN,null)
        // distinct: (1,red) x3, (2,red), (1,blue), (NaN,null) x2 -> 4 distinct, 3 duplicates in 2 groups
        RowKeySet k = keys(table("t", new double[]{1, 1, 2, 1, 1, Double.NaN, Double.NaN},
                "red", "red", "red", "blue", "red", null, null));
        assertThat(k.rows()).isEqualTo(7);
        assertThat(k.distinctRows()).isEqualTo(4);
        assertThat(k.duplicateRows()).isEqualTo(3);
        assertThat(k.duplicateGroups()).isEqualTo(2);
    }

    @Test
    void zeroAndNegativeZeroAreOneValue() {
        assertThat(keys(table("t", new double[]{0.0, -0.0}, "red", "red")).duplicateRows()).isEqualTo(1);
    }

    @Test
    void rowsSharedBetweenTwoTablesOfOneDictionary() {
        Table train = table("train", new double[]{1, 2, 3}, "red", "red", "blue");
        // (1,red) twice and (3,blue) once occur in train; (2,blue) and (3,red) do not
        Table test = table("test", new double[]{1, 1, 2, 3, 3}, "red", "red", "blue", "blue", "red");
        RowKeySet a = keys(train);
        RowKeySet b = keys(test);
        assertThat(b.rowsAlsoIn(a)).isEqualTo(3);
        assertThat(b.distinctAlsoIn(a)).isEqualTo(2);
        assertThat(a.rowsAlsoIn(b)).isEqualTo(2);
    }

    @Test
    void mergingChunkStatesEqualsOneStateOverAllRows() {
        SplittableRandom r = new SplittableRandom(42);
        for (int trial = 0; trial < 300; trial++) {
            mergingChunkStatesEqualsOneStateOverAllRows(ints(r, 1, 60, 0, 3), r.nextInt(61));
        }
    }

    /** A seeded random list of whole numbers: the inputs of the law checks below (a failure replays exactly). */
    private static List<Integer> ints(SplittableRandom r, int minSize, int maxSize, int lo, int hi) {
        int n = minSize + r.nextInt(maxSize - minSize + 1);
        List<Integer> xs = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            xs.add(lo + r.nextInt(hi - lo + 1));
        }
        return xs;
    }

    private void mergingChunkStatesEqualsOneStateOverAllRows(List<Integer> xs, int cut) {
        int n = xs.size();
        int split = Math.min(cut, n);
        String[] cs = new String[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = xs.get(i) % 2;
            cs[i] = xs.get(i) < 2 ? "red" : "blue";
        }
        Table t = table("t", x, cs);
        RowKeys analyzer = new RowKeys(List.of("x", "c"));
        RowKeys.State left = analyzer.newState(t);
        analyzer.update(left, t, 0, split);
        RowKeys.State right = analyzer.newState(t);
        analyzer.update(right, t, split, n);
        RowKeySet merged = analyzer.result(analyzer.merge(left, right), t);
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < n; i++) {
            distinct.add(x[i] + "|" + cs[i]);
        }
        assertThat(merged.rows()).isEqualTo(n);
        assertThat(merged.distinctRows()).isEqualTo(distinct.size());
        assertThat(merged.rowsAlsoIn(keys(t))).isEqualTo(n);
    }

    @Test
    void aRowKeyNeedsColumns() {
        assertThatThrownBy(() -> new RowKeys(List.of())).hasMessage("columns of a row key must not be empty");
    }
}
