package io.github.tenken.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.testing.Scans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link EdgeValues} and {@link ExtremeRows} on hand-worked fixtures, against a brute-force computation on random
 * columns cut into batches of 7, and through their codecs.
 */
class EdgeAndExtremeRowsTest {

    // rows 0..9: 0, 40, NaN, 0, -0.0, 45, 40, 99999, 60, 99999
    private final Table t = Table.of("t", List.of(NumericColumn.of("x", 0, 40, Double.NaN, 0, -0.0, 45, 40, 99999,
            60, 99999)));

    @Test
    void edgeValuesCountTheDistinctValuesAtEachEndByHand() {
        EdgeCounts e = Scans.whole(t, new EdgeValues("x", 3));
        assertThat(e.present()).isEqualTo(9);
        // 0 three times (-0.0 counted as 0), 40 twice, 45 once; from the top 99999 twice, 60, 45
        assertThat(e.lowest()).containsExactly(new ValueCount(0, 3), new ValueCount(40, 2), new ValueCount(45, 1));
        assertThat(e.highest()).containsExactly(new ValueCount(99999, 2), new ValueCount(60, 1),
                new ValueCount(45, 1));
        assertThat(Double.doubleToRawLongBits(e.lowest().get(0).value())).isZero();          // +0.0, not -0.0
    }

    @Test
    void extremeRowsKeepTheRowsOfTheSmallestAndLargestValuesEarlierRowFirst() {
        ExtremeRowList r = Scans.whole(t, new ExtremeRows("x", 3));
        // ascending: -0.0 (row 4) sorts before 0 (rows 0, 3); descending: 99999 rows 7, 9, then 60 (row 8)
        assertThat(r.smallest()).containsExactly(new RowValue(4, -0.0), new RowValue(0, 0), new RowValue(3, 0));
        assertThat(r.largest()).containsExactly(new RowValue(7, 99999), new RowValue(9, 99999), new RowValue(8, 60));
    }

    @Test
    void batchesOfSevenGiveTheBruteForceAnswerOnRandomColumns() {
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + random.nextInt(300);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextInt(10) == 0 ? Double.NaN : random.nextInt(40) - 20;
            }
            Table table = Table.of("r", List.of(NumericColumn.of("x", x)));
            int k = 1 + random.nextInt(6);
            EdgeValues edges = new EdgeValues("x", k);
            ExtremeRows rows = new ExtremeRows("x", k);
            var result = Scans.batched(table, List.of(edges, rows), 7, 2);
            assertThat(result.get(edges)).as("trial %d", trial).isEqualTo(bruteEdges(x, k));
            assertThat(result.get(rows)).as("trial %d", trial).isEqualTo(bruteRows(x, k));
        }
    }

    private static EdgeCounts bruteEdges(double[] x, int k) {
        TreeMap<Double, Long> counts = new TreeMap<>();
        long present = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                counts.merge(v + 0.0, 1L, Long::sum);
                present++;
            }
        }
        List<ValueCount> low = counts.entrySet().stream().limit(k).map(e -> new ValueCount(e.getKey(), e.getValue()))
                .toList();
        List<ValueCount> high = counts.descendingMap().entrySet().stream().limit(k)
                .map(e -> new ValueCount(e.getKey(), e.getValue())).toList();
        return new EdgeCounts(present, low, high);
    }

    private static ExtremeRowList bruteRows(double[] x, int k) {
        List<RowValue> all = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                all.add(new RowValue(i, x[i]));
            }
        }
        Comparator<RowValue> byRow = Comparator.comparingLong(RowValue::row);
        List<RowValue> low = all.stream().sorted(Comparator.comparingDouble(RowValue::value).thenComparing(byRow))
                .limit(k).toList();
        List<RowValue> high = all.stream().sorted(Comparator.comparingDouble((RowValue r) -> -r.value())
                .thenComparing(byRow)).limit(k).toList();
        return new ExtremeRowList(low, high);
    }

    @Test
    void statesSurviveTheirCodecsAndMergeAfterwards() {
        EdgeValues edges = new EdgeValues("x", 3);
        EdgeValues.State a = edges.newState();
        edges.update(a, t.batch(0, 5));
        EdgeValues.State b = edges.codec().fromBytes(edges.codec().toBytes(a));
        EdgeValues.State rest = edges.newState();
        edges.update(rest, t.batch(5, 10));
        EdgeValues.State restBack = edges.codec().fromBytes(edges.codec().toBytes(rest));
        ScanInfo info = new ScanInfo("t", t.schema(), 10, Map.of());
        assertThat(edges.result(edges.merge(b, restBack), info)).isEqualTo(Scans.whole(t, edges));

        ExtremeRows rows = new ExtremeRows("x", 2);
        ExtremeRows.State c = rows.newState();
        rows.update(c, t.batch(0, 6));
        ExtremeRows.State d = rows.newState();
        rows.update(d, t.batch(6, 10));
        ExtremeRows.State merged = rows.merge(rows.codec().fromBytes(rows.codec().toBytes(c)),
                rows.codec().fromBytes(rows.codec().toBytes(d)));
        assertThat(rows.result(merged, info)).isEqualTo(Scans.whole(t, rows));
        assertThat(rows.codec().version()).isEqualTo(1);
        assertThat(edges.codec().version()).isEqualTo(1);
    }

    @Test
    void aStateOfMoreValuesThanKIsRefused() {
        byte[] three = new EdgeValues("x", 3).codec().toBytes(stateOf(new EdgeValues("x", 3)));
        assertThatThrownBy(() -> new EdgeValues("x", 2).codec().fromBytes(three))
                .hasMessageContaining("edge values state of 3 values and 3 counts for k = 2");
        assertThatThrownBy(() -> new EdgeValues("x", 0)).hasMessage("k must be in [1, 10000], was 0");
    }

    private EdgeValues.State stateOf(EdgeValues a) {
        EdgeValues.State s = a.newState();
        a.update(s, t.batch(0, 10));
        return s;
    }
}
