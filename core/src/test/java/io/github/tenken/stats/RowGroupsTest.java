package io.github.tenken.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.Column;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.testing.Scans;
import io.github.tenken.testing.ThroughCodec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link RowGroups} against a naive reimplementation with a {@code HashMap<List<Object>, ...>} of the rows' values:
 * duplicates, label conflicts (a missing label is never one), and rows shared with another table (leakage), on
 * random tables with planted duplicates and conflicts, missing values, numeric, categorical and identifier columns,
 * {@code -0.0} beside {@code 0.0} and {@code NaN}; two tables coded with different dictionaries; and a table large
 * enough to make the group table grow many times.
 */
class RowGroupsTest {

    private static final List<String> FEATURES = List.of("num", "cat", "id");
    private static final String LABEL = "label";

    /** One row's values as plain Java objects; a missing value is {@code null}. */
    private record Row(Double num, String cat, String id, String label) {
        List<Object> features() {
            return Arrays.asList(num, cat, id);
        }
    }

    /** The naive answer: every distinct row (features and label) with its count. */
    private static final class Naive {
        final Map<List<Object>, Map<String, Long>> groups = new HashMap<>();
        long rows;

        Naive(List<Row> data) {
            for (Row r : data) {
                rows++;
                // 0.0 and -0.0 are the same number; NaN is missing
                Double num = r.num() == null || r.num().isNaN() ? null : r.num() == 0 ? 0.0 : r.num();
                groups.computeIfAbsent(Arrays.asList(num, r.cat(), r.id()), k -> new HashMap<>())
                        .merge(Objects.requireNonNullElse(r.label(), "\u0000missing"), 1L, Long::sum);
            }
        }

        long distinct() {
            return groups.values().stream().mapToLong(Map::size).sum();
        }

        long duplicateGroups() {
            return groups.values().stream().flatMap(m -> m.values().stream()).filter(c -> c > 1).count();
        }

        long conflictingGroups() {
            return groups.values().stream().filter(m -> present(m).size() > 1).count();
        }

        long conflictingRows() {
            return groups.values().stream().filter(m -> present(m).size() > 1)
                    .mapToLong(m -> present(m).values().stream().mapToLong(Long::longValue).sum()).sum();
        }

        private static Map<String, Long> present(Map<String, Long> labels) {
            Map<String, Long> p = new HashMap<>(labels);
            p.remove("\u0000missing");
            return p;
        }

        long rowsAlsoIn(Naive other) {
            long n = 0;
            for (var g : groups.entrySet()) {
                Map<String, Long> theirs = other.groups.getOrDefault(g.getKey(), Map.of());
                for (var l : g.getValue().entrySet()) {
                    n += theirs.containsKey(l.getKey()) ? l.getValue() : 0;
                }
            }
            return n;
        }

        long distinctAlsoIn(Naive other) {
            long n = 0;
            for (var g : groups.entrySet()) {
                Map<String, Long> theirs = other.groups.getOrDefault(g.getKey(), Map.of());
                n += g.getValue().keySet().stream().filter(theirs::containsKey).count();
            }
            return n;
        }
    }

    /** Random rows drawn from small domains (so rows repeat), with planted duplicates and conflicts. */
    private static List<Row> randomRows(SplittableRandom r, int n) {
        double[] numbers = {0.0, -0.0, 1.5, -2, Double.NaN, 1e308, Double.MIN_VALUE};
        String[] cats = {"a", "b", "c", null};
        String[] labels = {"yes", "no", "maybe", null};
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(10);
            if (kind < 2 && !rows.isEmpty()) {
                rows.add(rows.get(r.nextInt(rows.size())));                        // planted duplicate
            } else if (kind < 4 && !rows.isEmpty()) {
                Row o = rows.get(r.nextInt(rows.size()));                          // planted conflict (or missing)
                rows.add(new Row(o.num(), o.cat(), o.id(), labels[r.nextInt(labels.length)]));
            } else {
                rows.add(new Row(r.nextInt(8) == 0 ? null : numbers[r.nextInt(numbers.length)],
                        cats[r.nextInt(cats.length)],
                        r.nextInt(6) == 0 ? null : "id" + r.nextInt(5),
                        labels[r.nextInt(labels.length)]));
            }
        }
        return rows;
    }

    private static Table table(String name, List<Row> rows, CategoryDictionary cat, CategoryDictionary label) {
        double[] num = rows.stream().mapToDouble(x -> x.num() == null ? Double.NaN : x.num()).toArray();
        List<Column> columns = List.of(NumericColumn.of("num", num),
                CategoricalColumn.of("cat", cat, rows.stream().map(Row::cat).toArray(String[]::new)),
                IdentifierColumn.of("id", rows.stream().map(Row::id).toArray(String[]::new)),
                CategoricalColumn.of(LABEL, label, rows.stream().map(Row::label).toArray(String[]::new)));
        return Table.of(name, columns);
    }

    private static void assertMatchesNaive(String what, Naive expected, RowGroupSet actual) {
        assertThat(actual.rows()).as("%s: rows", what).isEqualTo(expected.rows);
        assertThat(actual.distinctRows()).as("%s: distinct rows", what).isEqualTo(expected.distinct());
        assertThat(actual.duplicateRows()).as("%s: duplicate rows", what).isEqualTo(expected.rows - expected.distinct());
        assertThat(actual.duplicateGroups()).as("%s: duplicate groups", what).isEqualTo(expected.duplicateGroups());
        assertThat(actual.conflictingGroups()).as("%s: conflicting groups", what)
                .isEqualTo(expected.conflictingGroups());
        assertThat(actual.conflictingRows()).as("%s: conflicting rows", what).isEqualTo(expected.conflictingRows());
        assertThat(actual.featureGroups()).as("%s: feature groups", what).isEqualTo(expected.groups.size());
    }

    @Test
    void duplicatesAndConflictsMatchTheNaiveCountOnRandomTables() {
        SplittableRandom r = new SplittableRandom(101);
        for (int trial = 0; trial < 150; trial++) {
            List<Row> rows = randomRows(r, 1 + r.nextInt(300));
            Table t = table("t", rows, new CategoryDictionary(), new CategoryDictionary());
            Naive naive = new Naive(rows);
            RowGroups groups = new RowGroups(FEATURES, LABEL);
            assertMatchesNaive("trial " + trial + ", one batch", naive, Scans.whole(t, groups));
            int batchRows = 1 + r.nextInt(40);
            ThroughCodec<?, RowGroupSet> shipped = ThroughCodec.of(groups);
            assertMatchesNaive("trial " + trial + ", batches of " + batchRows, naive,
                    Scans.batched(t, List.of(shipped), batchRows, 3).get(shipped));
        }
    }

    @Test
    void leakageBetweenTablesCodedWithDifferentDictionaries() {
        SplittableRandom r = new SplittableRandom(103);
        for (int trial = 0; trial < 100; trial++) {
            List<Row> train = randomRows(r, 1 + r.nextInt(200));
            List<Row> test = new ArrayList<>(randomRows(r, r.nextInt(100)));
            for (int i = r.nextInt(30); i > 0; i--) {
                test.add(train.get(r.nextInt(train.size())));                    // planted leaks
            }
            // the same values get different codes: the second table's dictionaries list them in another order
            Table a = table("train", train, new CategoryDictionary(), new CategoryDictionary());
            Table b = table("test", test, CategoryDictionary.of("c", "b", "a"),
                    CategoryDictionary.of("maybe", "no", "yes"));
            RowGroupSet ga = Scans.batched(a, List.of(new RowGroups(FEATURES, LABEL)), 16, 2)
                    .get(new RowGroups(FEATURES, LABEL));
            RowGroupSet gb = Scans.whole(b, new RowGroups(FEATURES, LABEL));
            Naive na = new Naive(train);
            Naive nb = new Naive(test);
            assertMatchesNaive("trial " + trial + ", test", nb, gb);
            assertThat(gb.rowsAlsoIn(ga)).as("trial %d: test rows also in training", trial).isEqualTo(nb.rowsAlsoIn(na));
            assertThat(gb.distinctAlsoIn(ga)).as("trial %d: distinct test rows also in training", trial)
                    .isEqualTo(nb.distinctAlsoIn(na));
            assertThat(ga.rowsAlsoIn(gb)).as("trial %d: training rows also in test", trial).isEqualTo(na.rowsAlsoIn(nb));
            assertThat(ga.distinctAlsoIn(gb)).as("trial %d: distinct training rows also in test", trial)
                    .isEqualTo(na.distinctAlsoIn(nb));
        }
    }

    /**
     * What a distributed backend does: each table's groups split into buckets by key, bucket {@code i} of one table
     * compared only with bucket {@code i} of the other; the buckets' counts add up to the naive counts of the whole.
     */
    @Test
    void bucketsSplitByKeyAddUpToTheWhole() {
        SplittableRandom r = new SplittableRandom(107);
        RowGroups groups = new RowGroups(FEATURES, LABEL);
        for (int trial = 0; trial < 60; trial++) {
            List<Row> train = randomRows(r, 1 + r.nextInt(400));
            List<Row> test = new ArrayList<>(randomRows(r, r.nextInt(100)));
            for (int i = r.nextInt(30); i > 0; i--) {
                test.add(train.get(r.nextInt(train.size())));
            }
            int buckets = 1 << r.nextInt(7);
            Table trainTable = table("train", train, new CategoryDictionary(), new CategoryDictionary());
            byte[][] a = split(groups, trainTable, buckets);
            byte[][] b = split(groups, table("test", test, CategoryDictionary.of("c", "b", "a"),
                    CategoryDictionary.of("maybe", "no", "yes")), buckets);
            ScanInfo info = new ScanInfo("train", trainTable.schema(), 0, Map.of());
            Naive na = new Naive(train);
            Naive nb = new Naive(test);
            long rows = 0;
            long distinct = 0;
            long dupGroups = 0;
            long conflicts = 0;
            long conflictRows = 0;
            long featureGroups = 0;
            long leaked = 0;
            long leakedDistinct = 0;
            for (int k = 0; k < buckets; k++) {
                // a bucket without a group is null
                RowGroupSet ga = groups.result(a[k] == null ? groups.newState() : groups.codec().fromBytes(a[k]), info);
                RowGroupSet gb = groups.result(b[k] == null ? groups.newState() : groups.codec().fromBytes(b[k]), info);
                assertThat(a[k] == null).isEqualTo(ga.rows() == 0);
                rows += ga.rows();
                distinct += ga.distinctRows();
                dupGroups += ga.duplicateGroups();
                conflicts += ga.conflictingGroups();
                conflictRows += ga.conflictingRows();
                featureGroups += ga.featureGroups();
                leaked += gb.rowsAlsoIn(ga);
                leakedDistinct += gb.distinctAlsoIn(ga);
            }
            String what = "trial " + trial + ", " + buckets + " buckets";
            assertThat(rows).as("%s: rows", what).isEqualTo(na.rows);
            assertThat(distinct).as("%s: distinct", what).isEqualTo(na.distinct());
            assertThat(dupGroups).as("%s: duplicate groups", what).isEqualTo(na.duplicateGroups());
            assertThat(conflicts).as("%s: conflicting groups", what).isEqualTo(na.conflictingGroups());
            assertThat(conflictRows).as("%s: conflicting rows", what).isEqualTo(na.conflictingRows());
            assertThat(featureGroups).as("%s: feature groups", what).isEqualTo(na.groups.size());
            assertThat(leaked).as("%s: leaked rows", what).isEqualTo(nb.rowsAlsoIn(na));
            assertThat(leakedDistinct).as("%s: distinct leaked rows", what).isEqualTo(nb.distinctAlsoIn(na));
        }
    }

    @Test
    void bucketCountMustBeAPowerOfTwo() {
        RowGroups groups = new RowGroups(FEATURES, LABEL);
        GroupTable state = groups.newState();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> groups.splitToBytes(state, 3))
                .hasMessageContaining("power of two, was 3");
    }

    private static byte[][] split(RowGroups groups, Table t, int buckets) {
        GroupTable state = groups.newState();
        groups.update(state, t.asBatch());
        return groups.splitToBytes(state, buckets);
    }

    @Test
    void handCountedLeakageAcrossDictionariesAndColumnKinds() {
        // training codes a, b; test codes b, a: the values, not the codes, are compared
        Table train = Table.of("train", List.of(NumericColumn.of("num", 1, -0.0, Double.NaN),
                CategoricalColumn.of("cat", CategoryDictionary.of("a", "b"), "a", "b", "b"),
                IdentifierColumn.of("id", "x", "y", null),
                CategoricalColumn.of(LABEL, CategoryDictionary.of("yes", "no"), "yes", "no", null)));
        Table test = Table.of("test", List.of(NumericColumn.of("num", 1, 0.0, Double.NaN, 1),
                CategoricalColumn.of("cat", CategoryDictionary.of("b", "a"), "a", "b", "b", "a"),
                IdentifierColumn.of("id", "x", "y", null, "x"),
                CategoricalColumn.of(LABEL, CategoryDictionary.of("no", "yes"), "yes", "no", null, "no")));
        RowGroupSet a = Scans.whole(train, new RowGroups(FEATURES, LABEL));
        RowGroupSet b = Scans.whole(test, new RowGroups(FEATURES, LABEL));
        // test rows 0 (1,a,x,yes), 1 (0.0 = -0.0, b, y, no), 2 (missing, b, missing, missing label) are in training;
        // row 3 has training row 0's features with another label: not the same row
        assertThat(b.rowsAlsoIn(a)).isEqualTo(3);
        assertThat(b.distinctAlsoIn(a)).isEqualTo(3);
        assertThat(a.rowsAlsoIn(b)).isEqualTo(3);
        assertThat(b.conflictingGroups()).isEqualTo(1);
        assertThat(b.conflictingRows()).isEqualTo(2);
        assertThat(b.duplicateRows()).isZero();
    }

    @Test
    void aMissingLabelIsNeverAConflict() {
        CategoryDictionary d = new CategoryDictionary();
        Table t = Table.of("t", List.of(NumericColumn.of("num", 1, 1, 1, 2, 2),
                CategoricalColumn.of(LABEL, d, "yes", null, null, null, "no")));
        RowGroupSet g = Scans.whole(t, new RowGroups(List.of("num"), LABEL));
        // num = 1: yes once, missing twice -> one label present, no conflict; a duplicate (the two missing)
        // num = 2: missing and no -> one label present, no conflict
        assertThat(g.conflictingGroups()).isZero();
        assertThat(g.conflictingRows()).isZero();
        assertThat(g.distinctRows()).isEqualTo(4);
        assertThat(g.duplicateRows()).isEqualTo(1);
        assertThat(g.duplicateGroups()).isEqualTo(1);
        assertThat(g.featureGroups()).isEqualTo(2);
    }

    @Test
    void numericLabelsAndNoLabel() {
        Table t = Table.of("t", List.of(NumericColumn.of("num", 1, 1, 1, Double.NaN, Double.NaN),
                NumericColumn.of("target", 0.0, -0.0, 3, Double.NaN, 2)));
        RowGroupSet labelled = Scans.whole(t, new RowGroups(List.of("num"), "target"));
        // num 1: labels 0.0, -0.0 (the same), 3 -> conflict of 3 rows; num missing: missing and 2 -> no conflict
        assertThat(labelled.conflictingGroups()).isEqualTo(1);
        assertThat(labelled.conflictingRows()).isEqualTo(3);
        assertThat(labelled.duplicateRows()).isEqualTo(1);
        RowGroupSet unlabelled = Scans.whole(t, new RowGroups(List.of("num"), null));
        assertThat(unlabelled.distinctRows()).isEqualTo(2);
        assertThat(unlabelled.duplicateRows()).isEqualTo(3);
        assertThat(unlabelled.duplicateGroups()).isEqualTo(2);
        assertThat(unlabelled.conflictingGroups()).isZero();
    }

    @Test
    void aLargeTableGrowsTheGroupTableManyTimes() {
        SplittableRandom r = new SplittableRandom(107);
        int n = 200_000;
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (i > 0 && r.nextInt(10) == 0) {
                Row o = rows.get(r.nextInt(i));
                rows.add(new Row(o.num(), o.cat(), o.id(), r.nextBoolean() ? o.label() : "other"));
            } else {
                rows.add(new Row((double) r.nextInt(1000), "c" + r.nextInt(20), r.nextInt(50) == 0 ? null
                        : "id" + r.nextInt(n), r.nextInt(20) == 0 ? null : r.nextBoolean() ? "yes" : "no"));
            }
        }
        Table t = table("large", rows, new CategoryDictionary(), new CategoryDictionary());
        Naive naive = new Naive(rows);
        // batches of 5,000: each batch's table grows from its 16 first slots, each merge grows the larger one
        ThroughCodec<?, RowGroupSet> shipped = ThroughCodec.of(new RowGroups(FEATURES, LABEL));
        RowGroupSet g = Scans.batched(t, List.of(shipped), 5000, 4).get(shipped);
        assertMatchesNaive("large", naive, g);
        assertThat(g.featureGroups()).isGreaterThan(170_000);
        assertThat(g.rowsAlsoIn(Scans.whole(t, new RowGroups(FEATURES, LABEL)))).isEqualTo(n);
    }
}
