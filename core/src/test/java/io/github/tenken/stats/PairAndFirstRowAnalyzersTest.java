package io.github.tenken.stats;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.testing.Scans;
import io.github.tenken.testing.ThroughCodec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link FirstRows} and {@link CoMoments} by hand, in one batch, in batches of 3 on two threads, and with every
 * state shipped through its codec: the same answer to the last bit.
 */
class PairAndFirstRowAnalyzersTest {

    private final CategoryDictionary letters = CategoryDictionary.of("z", "a", "b", "c");

    // rows 0..9; a first at row 1, b at 3, c at 8, z never (a code of the dictionary that no row holds)
    private final Table table = Table.of("t", List.of(
            CategoricalColumn.of("k", letters, null, "a", "a", "b", null, "a", "b", "b", "c", "a"),
            NumericColumn.of("x", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
            NumericColumn.of("y", 2, 4, 6, 8, 10, 12, 14, 16, 18, Double.NaN),     // 2x, one gap
            NumericColumn.of("w", 3, 1, 4, 1, 5, 9, 2, 6, 5, 3)));

    @Test
    void firstRowOfEachCategory() {
        FirstRows.Result r = Scans.whole(table, new FirstRows("k"));
        assertThat(r.rows()).containsExactly(-1, 1, 3, 8);
        for (int batch : new int[]{1, 3, 4}) {
            ThroughCodec<FirstRows.State, FirstRows.Result> shipped = ThroughCodec.of(new FirstRows("k"));
            FirstRows.Result b = Scans.batched(table, List.of(shipped), batch, 2).get(shipped);
            assertThat(b.rows()).containsExactly(-1, 1, 3, 8);
        }
    }

    @Test
    void correlationsByHandAndTheSameHoweverCut() {
        CoMoments m = new CoMoments(List.of("x", "y", "w"));
        CoMoments.Correlations whole = Scans.whole(table, m);
        assertThat(whole.r(0, 1)).isEqualTo(1.0);           // y = 2x on the 9 rows where y is present
        assertThat(whole.rows(0, 1)).isEqualTo(9);
        assertThat(whole.rows(0, 2)).isEqualTo(10);
        // x and w over 10 rows: by hand, Sx = 55, Sw = 39, Sxx = 385, Sww = 207, Sxw = 237:
        // r = (10*237 - 55*39) / sqrt((3850 - 3025)(2070 - 1521)) = 225 / sqrt(825 * 549)
        assertThat(whole.r(0, 2)).isCloseTo(225 / Math.sqrt(825.0 * 549), within(1e-15));
        assertThat(whole.r(2, 0)).isEqualTo(whole.r(0, 2));
        for (int batch : new int[]{1, 3, 7}) {
            ThroughCodec<CoMoments.State, CoMoments.Correlations> shipped = ThroughCodec.of(m);
            CoMoments.Correlations cut = Scans.batched(table, List.of(shipped), batch, 2).get(shipped);
            assertThat(cut.r()).containsExactly(whole.r());
            assertThat(cut.rows()).containsExactly(whole.rows());
            assertThat(shipped.trips().get()).isPositive();
        }
    }

    @Test
    void noCorrelationForAConstantColumnOrTooFewRows() {
        Table t = Table.of("c", List.of(NumericColumn.of("a", 1, 2, 3), NumericColumn.of("b", 5, 5, 5),
                NumericColumn.of("c", 1, 2, Double.NaN)));
        CoMoments.Correlations r = Scans.whole(t, new CoMoments(List.of("a", "b", "c")));
        assertThat(r.r(0, 1)).isNaN();
        assertThat(r.r(0, 2)).isNaN();      // two rows only
    }
}
