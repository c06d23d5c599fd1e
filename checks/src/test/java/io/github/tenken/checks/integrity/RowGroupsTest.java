package io.github.tenken.checks.integrity;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.RowGroupSet;
import io.github.tenken.stats.RowGroups;
import io.github.tenken.stats.ScanInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static io.github.tenken.checks.stats.CheckHarness.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The row groups the duplicate and label-conflict checks share (what was the checks' own RowKeys): rows grouped by
 * value, not by dictionary code, so that two datasets compare whatever dictionaries they were coded with.
 */
class RowGroupsTest {

    private final CategoryDictionary colour = CategoryDictionary.of("red", "blue");
    private final RowGroups features = new RowGroups(List.of("x", "c"), null);

    private Table table(String name, CategoryDictionary dictionary, double[] x, String... c) {
        return Table.of(name, List.of(NumericColumn.of("x", x), CategoricalColumn.of("c", dictionary, c)));
    }

    private RowGroupSet groups(Table t) {
        return scan(t, features, 1 << 16);
    }

    @Test
    void countsDuplicatesAndGroupsByHand() {
        // rows: (1,red) (1,red) (2,red) (1,blue) (1,red) (NaN,null) (NaN,null)
        // distinct: (1,red) x3, (2,red), (1,blue), (NaN,null) x2 -> 4 distinct, 3 duplicates in 2 groups
        RowGroupSet k = groups(table("t", colour, new double[]{1, 1, 2, 1, 1, Double.NaN, Double.NaN},
                "red", "red", "red", "blue", "red", null, null));
        assertThat(k.rows()).isEqualTo(7);
        assertThat(k.distinctRows()).isEqualTo(4);
        assertThat(k.duplicateRows()).isEqualTo(3);
        assertThat(k.duplicateGroups()).isEqualTo(2);
        assertThat(k.featureGroups()).isEqualTo(4);
    }

    @Test
    void zeroAndNegativeZeroAreOneValue() {
        assertThat(groups(table("t", colour, new double[]{0.0, -0.0}, "red", "red")).duplicateRows()).isEqualTo(1);
    }

    @Test
    void rowsSharedBetweenTwoTablesOfOneDictionary() {
        Table train = table("train", colour, new double[]{1, 2, 3}, "red", "red", "blue");
        // (1,red) twice and (3,blue) once occur in train; (2,blue) and (3,red) do not
        Table test = table("test", colour, new double[]{1, 1, 2, 3, 3}, "red", "red", "blue", "blue", "red");
        RowGroupSet a = groups(train);
        RowGroupSet b = groups(test);
        assertThat(b.rowsAlsoIn(a)).isEqualTo(3);
        assertThat(b.distinctAlsoIn(a)).isEqualTo(2);
        assertThat(a.rowsAlsoIn(b)).isEqualTo(2);
    }

    @Test
    void rowsSharedBetweenTwoTablesOfTwoDictionariesAreMatchedByValue() {
        // "blue" is code 1 in one dictionary and code 0 in the other, "red" the other way round
        Table train = table("train", CategoryDictionary.of("red", "blue"), new double[]{1, 2, 3}, "red", "red", "blue");
        Table test = table("test", CategoryDictionary.of("blue", "red"), new double[]{1, 1, 2, 3, 3},
                "red", "red", "blue", "blue", "red");
        assertThat(groups(test).rowsAlsoIn(groups(train))).isEqualTo(3);
        assertThat(groups(test).distinctAlsoIn(groups(train))).isEqualTo(2);
    }

    @Test
    void theLabelIsPartOfARowAndAMissingLabelNeverConflicts() {
        // features x only, label c: x=1 carries red, red, blue -> a conflict of 3 rows; x=2 carries red and a
        // missing label -> no conflict; x=3 carries two missing labels -> a duplicate, no conflict
        RowGroups labelled = new RowGroups(List.of("x"), "c");
        RowGroupSet k = scan(table("t", colour, new double[]{1, 1, 1, 2, 2, 3, 3},
                "red", "red", "blue", "red", null, null, null), labelled, 1 << 16);
        assertThat(k.featureGroups()).isEqualTo(3);
        assertThat(k.distinctRows()).isEqualTo(5);          // (1,red) (1,blue) (2,red) (2,-) (3,-)
        assertThat(k.duplicateRows()).isEqualTo(2);
        assertThat(k.conflictingGroups()).isEqualTo(1);
        assertThat(k.conflictingRows()).isEqualTo(3);
    }

    @Test
    void groupsOfAnyBatchingAndTheirCodecEqualOneStateOverAllRows() {
        SplittableRandom r = new SplittableRandom(42);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + r.nextInt(60);
            String[] cs = new String[n];
            double[] x = new double[n];
            Set<String> distinct = new HashSet<>();
            for (int i = 0; i < n; i++) {
                int v = r.nextInt(4);
                x[i] = v % 2;
                cs[i] = v < 2 ? "red" : "blue";
                distinct.add(x[i] + "|" + cs[i]);
            }
            Table t = table("t", colour, x, cs);
            int batch = 1 + r.nextInt(n);
            RowGroupSet batched = scan(t, features, batch);
            assertThat(batched.rows()).as("trial %d", trial).isEqualTo(n);
            assertThat(batched.distinctRows()).as("trial %d", trial).isEqualTo(distinct.size());
            assertThat(batched.rowsAlsoIn(groups(t))).as("trial %d", trial).isEqualTo(n);

            // two states over a cut, each through the codec, merged
            int cut = r.nextInt(n + 1);
            RowGroupSet result = cutMergedThroughCodec(features, t, cut);
            assertThat(result.distinctRows()).as("trial %d", trial).isEqualTo(distinct.size());
            assertThat(result.duplicateGroups()).as("trial %d", trial).isEqualTo(batched.duplicateGroups());
        }
    }

    /** Two states over rows {@code 0..cut} and {@code cut..n}, each written and read back, merged. */
    private static <S, R> R cutMergedThroughCodec(Analyzer<S, R> analyzer, Table t, int cut) {
        S left = analyzer.newState();
        analyzer.update(left, t.batch(0, cut));
        S right = analyzer.newState();
        analyzer.update(right, t.batch(cut, t.rowCount()));
        S merged = analyzer.merge(analyzer.codec().fromBytes(analyzer.codec().toBytes(left)),
                analyzer.codec().fromBytes(analyzer.codec().toBytes(right)));
        return analyzer.result(merged, new ScanInfo(t.name(), t.schema(), t.rowCount(), Map.of()));
    }

    @Test
    void rowGroupsNeedFeatureColumnsAndALabelThatIsNoFeature() {
        assertThatThrownBy(() -> new RowGroups(new ArrayList<>(), null))
                .hasMessageContaining("feature columns of row groups");
        assertThatThrownBy(() -> new RowGroups(List.of("x", "c"), "c"))
                .hasMessage("the label c is also a feature");
    }
}
