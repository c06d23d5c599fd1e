package io.github.tenken.checks.stats;

import io.github.tenken.check.Approximation;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.ScanInfo;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static io.github.tenken.checks.stats.CheckHarness.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The distinct count: exact (a set of value hashes) up to its threshold, an HLL sketch with bounds beyond. */
class DistinctCountTest {

    /** Numbers with repeats and gaps, categories with repeats and gaps, identifiers with repeats and gaps. */
    private static Table fixture(int rows, int range, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[rows];
        String[] c = new String[rows];
        String[] id = new String[rows];
        for (int i = 0; i < rows; i++) {
            int v = random.nextInt(range);
            x[i] = v % 17 == 0 ? Double.NaN : v % 13 == 0 ? -0.0 : v / 4.0;
            c[i] = v % 11 == 0 ? null : "c" + (v % 500);
            id[i] = v % 7 == 0 ? null : "id-" + v;
        }
        return Table.of("fixture", List.of(NumericColumn.of("x", x),
                CategoricalColumn.of("c", new CategoryDictionary(), c), IdentifierColumn.of("id", id)));
    }

    /** The distinct present values of a column counted with a HashSet of their values (-0.0 counted as 0.0). */
    private static int hashSetCount(Table t, String column) {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < t.rowCount(); i++) {
            if (t.column(column).isMissing(i)) {
                continue;
            }
            if (t.column(column) instanceof NumericColumn n) {
                double v = n.get(i);
                seen.add(v == 0 ? 0.0 : v);
            } else {
                seen.add(t.column(column).text(i));
            }
        }
        return seen.size();
    }

    @Test
    void belowTheThresholdTheCountIsExactAndEqualsAHashSet() {
        Table t = fixture(5_000, 3_000, 1);
        for (String column : List.of("x", "c", "id")) {
            int expected = hashSetCount(t, column);
            DistinctSummary s = scan(t, new DistinctCount(column, 100_000), 1 << 16);
            assertThat(s.isExact()).as(column).isTrue();
            assertThat(s.count()).as(column).isEqualTo(expected);
            assertThat(s.lower()).isEqualTo(expected);
            assertThat(s.upper()).isEqualTo(expected);
            assertThat(s.method()).isEqualTo("exact");
            assertThat(s.approximation()).isNull();
        }
    }

    @Test
    void zeroAndNegativeZeroAreOneValueAndAMissingValueNone() {
        Table t = Table.of("t", List.of(NumericColumn.of("x", 0.0, -0.0, Double.NaN, 1.5, 1.5)));
        assertThat(scan(t, new DistinctCount("x", 10), 1 << 16).count()).isEqualTo(2);
    }

    @Test
    void atTheThresholdTheCountStaysExactAndOneMoreValueSwitchesToTheSketch() {
        Table ten = Table.of("t", List.of(NumericColumn.of("x", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 1)));
        assertThat(scan(ten, new DistinctCount("x", 10), 1 << 16).isExact()).isTrue();
        assertThat(scan(ten, new DistinctCount("x", 10), 3).count()).isEqualTo(10);
        DistinctSummary nine = scan(ten, new DistinctCount("x", 9), 1 << 16);
        assertThat(nine.isExact()).isFalse();
        assertThat(nine.method()).isEqualTo("HLL lgK=12");
        // a sketch of ten values still counts ten: HLL keeps small sets exactly in its coupon list
        assertThat(nine.count()).isEqualTo(10);
    }

    @Test
    void exactCountsDoNotDependOnTheBatching() {
        Table t = fixture(3_001, 2_000, 2);
        for (String column : List.of("x", "c", "id")) {
            DistinctSummary whole = scan(t, new DistinctCount(column, 100_000), 1 << 16);
            for (int batch : new int[]{1, 7, 64, 1000}) {
                assertThat(scan(t, new DistinctCount(column, 100_000), batch)).as("%s in batches of %d", column, batch)
                        .isEqualTo(whole);
            }
        }
    }

    @Test
    void aboveTheThresholdAnHllEstimateWithinItsBounds() {
        // 200,000 rows of about 150,000 distinct values; the threshold is 1,000
        SplittableRandom random = new SplittableRandom(3);
        int n = 200_000;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextInt(300_000);
        }
        Table t = Table.of("big", List.of(NumericColumn.of("x", x)));
        int expected = hashSetCount(t, "x");

        DistinctSummary s = scan(t, new DistinctCount("x", 1_000), 1 << 16);

        assertThat(s.isExact()).isFalse();
        assertThat(s.method()).isEqualTo("HLL lgK=12");
        assertThat((double) expected).isBetween(s.lower(), s.upper());
        assertThat(s.lower()).isLessThan(s.count());
        assertThat(s.upper()).isGreaterThan(s.count());
        // HLL_8 with lgK = 12 has a relative standard error of about 1.04 / sqrt(4096) = 1.6%; the bounds are at
        // three of them, so they are no wider than about 5% on either side
        assertThat(Math.abs(s.count() - expected)).isLessThan((long) (0.05 * expected));
        assertThat(s.upper() - s.lower()).isLessThan(0.12 * expected);
        Approximation a = s.approximation();
        assertThat(a.method()).isEqualTo("HLL lgK=12");
        assertThat(a.bound()).isEqualTo(Math.max(s.count() - s.lower(), s.upper() - s.count()));
        assertThat(Math.abs(s.count() - expected)).isLessThanOrEqualTo((long) Math.ceil(a.bound()));
    }

    @Test
    void aSketchedCountDoesNotDependOnTheBatching() {
        SplittableRandom random = new SplittableRandom(4);
        String[] ids = new String[30_000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = "user-" + random.nextInt(20_000);
        }
        Table t = Table.of("ids", List.of(IdentifierColumn.of("id", ids)));
        DistinctSummary whole = scan(t, new DistinctCount("id", 500), 1 << 16);
        assertThat(whole.isExact()).isFalse();
        for (int batch : new int[]{7, 499, 4096}) {
            assertThat(scan(t, new DistinctCount("id", 500), batch)).as("batches of %d", batch).isEqualTo(whole);
        }
    }

    @Test
    void statesSurviveTheirCodecBothExactAndSketched() {
        Table t = fixture(4_000, 3_000, 5);
        for (long threshold : new long[]{100_000, 200}) {
            DistinctCount analyzer = new DistinctCount("id", threshold);
            DistinctSummary direct = scan(t, analyzer, 1 << 16);
            for (int cut : new int[]{0, 1, 150, 2_000, 4_000}) {
                assertThat(cutMergedThroughCodec(analyzer, t, cut)).as("threshold %d, cut at %d", threshold, cut)
                        .isEqualTo(direct);
            }
        }
    }

    @Test
    void aStateOfAnotherFormatIsRejected() {
        DistinctCount analyzer = new DistinctCount("x", 10);
        byte[] bytes = analyzer.codec().toBytes(analyzer.newState());
        bytes[7]++;   // the version
        assertThatThrownBy(() -> analyzer.codec().fromBytes(bytes)).hasMessageContaining("format version");
        assertThatThrownBy(() -> new DistinctCount("x", -1)).hasMessage("exactUpTo must not be negative, was -1");
    }

    @Test
    void theLongSetHoldsEachNonZeroValueOnceAndGrows() {
        LongSet set = new LongSet();
        Set<Long> reference = new HashSet<>();
        SplittableRandom random = new SplittableRandom(6);
        for (int i = 0; i < 50_000; i++) {
            long v = random.nextInt(20_000) - 10_000L;
            if (v == 0) {
                continue;
            }
            set.add(v);
            reference.add(v);
        }
        assertThat(set.size()).isEqualTo(reference.size());
        assertThat(set.toArray()).isSorted().containsExactly(reference.stream().mapToLong(Long::longValue).sorted().toArray());
        List<Long> visited = new java.util.ArrayList<>();
        set.forEach(visited::add);
        assertThat(visited).containsExactlyInAnyOrderElementsOf(reference);
        assertThatThrownBy(() -> set.add(0)).hasMessage("0 is the empty slot");
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
}
