package io.github.tenken.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tenken.testing.Scans;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * How a {@link Table} scans: batch {@code k} holds rows {@code k * batchRows} up to {@code (k + 1) * batchRows} (the
 * last one shorter), placed by its first row, as slices that share the table's data; the first failure by batch
 * number is the one rethrown.
 */
class TableScanTest {

    private final CategoryDictionary d = new CategoryDictionary();
    private final Table t = Table.of("t", List.of(NumericColumn.of("x", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
            CategoricalColumn.of("g", d, "a", "b", null, "a", "b", "c", "a", "b", "c", "d"),
            IdentifierColumn.of("id", "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", null)));

    @Test
    void batchKHoldsRowsFromKTimesBatchRows() {
        for (int batchRows : new int[]{1, 3, 4, 9, 10, 11, 1000}) {
            Map<Integer, Batch> seen = new ConcurrentHashMap<>();
            int batches = Scans.withPool(3, pool -> t.scan(batchRows, pool, seen::put));
            assertThat(batches).as("batches of %d", batchRows).isEqualTo((10 + batchRows - 1) / batchRows);
            assertThat(seen).hasSize(batches);
            seen.forEach((k, b) -> {
                int from = k * batchRows;
                int to = Math.min(10, from + batchRows);
                assertThat(b.firstRow()).as("batch %d of %d rows", k, batchRows).isEqualTo(from);
                assertThat(b.size()).isEqualTo(to - from);
                assertThat(b.schema()).isEqualTo(t.schema());
                for (int i = 0; i < b.size(); i++) {
                    assertThat(b.numeric("x").get(i)).isEqualTo(from + i);
                    assertThat(b.categorical("g").text(i)).isEqualTo(t.column("g").text(from + i));
                    assertThat(b.column("id").valueHash(i)).isEqualTo(t.column("id").valueHash(from + i));
                }
            });
        }
    }

    @Test
    void slicesShareTheDataAndSlicesOfSlicesKeepTheirPlace() {
        NumericColumn x = t.numeric("x");
        NumericColumn middle = x.slice(2, 8).slice(1, 4);      // rows 3, 4, 5
        assertThat(middle.copyValues()).containsExactly(3, 4, 5);
        assertThat(middle.presentValues()).containsExactly(3, 4, 5);
        CategoricalColumn g = t.categorical("g").slice(1, 6).slice(1, 3);   // rows 2, 3: null, a
        assertThat(g.copyCodes()).containsExactly(CategoricalColumn.MISSING, d.find("a"));
        assertThat(g.isMissing(0)).isTrue();
        int[] into = new int[3];
        t.categorical("g").slice(3, 6).copyTo(1, into, 1, 2);
        assertThat(into).containsExactly(0, d.find("b"), d.find("c"));
        IdentifierColumn id = ((IdentifierColumn) t.column("id")).slice(8, 10);
        assertThat(id.isMissing(1)).isTrue();
        assertThat(id.valueHash(0)).isEqualTo(ValueHash.of("r8"));
        assertThatThrownBy(() -> middle.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> x.slice(5, 11)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void theFailureOfTheEarliestBatchIsRethrown() {
        assertThatThrownBy(() -> Scans.withPool(4, pool -> t.scan(2, pool, (k, b) -> {
            if (k >= 2) {
                throw new IllegalStateException("batch " + k);
            }
        }))).isInstanceOf(IllegalStateException.class).hasMessage("batch 2");
        assertThatThrownBy(() -> t.scan(0, Runnable::run, (k, b) -> { }))
                .hasMessage("batch rows must be positive, was 0");
    }

    @Test
    void aBatchChecksItsColumnsAgainstTheSchema() {
        Schema s = t.schema();
        assertThatThrownBy(() -> Batch.of(s, 0, List.of(NumericColumn.of("x", 1))))
                .hasMessage("1 columns for a schema of 3");
        assertThatThrownBy(() -> Batch.of(s, 0, List.of(NumericColumn.of("y", 1), t.column("g").slice(0, 1),
                t.column("id").slice(0, 1)))).hasMessage("column 0 is y (numeric), the schema says x (numeric)");
        assertThatThrownBy(() -> Batch.of(s, 0, List.of(NumericColumn.of("x", 1, 2), t.column("g").slice(0, 1),
                t.column("id").slice(0, 1)))).hasMessage("column g has 1 rows, column x has 2");
        Batch b = t.batch(4, 6);
        assertThatThrownBy(() -> b.numeric("g")).hasMessage("column \"g\" is categorical, not numeric");
        assertThatThrownBy(() -> b.column("z")).hasMessage("column \"z\" not found; columns are [x, g, id]");
    }
}
