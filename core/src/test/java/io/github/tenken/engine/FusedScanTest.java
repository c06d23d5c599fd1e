package io.github.tenken.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.Dataset;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Schema;
import io.github.tenken.data.Table;
import io.github.tenken.stats.CategoryCounts;
import io.github.tenken.stats.Frequencies;
import io.github.tenken.stats.MissingCount;
import io.github.tenken.stats.NumericStats;
import io.github.tenken.stats.NumericSummary;
import io.github.tenken.stats.RowCount;
import io.github.tenken.testing.CountingDataset;
import io.github.tenken.testing.Scans;

import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** One pass of {@link FusedScan}: what it counts, keeps and names, and the datasets at the edges. */
class FusedScanTest {

    @Test
    void equalAnalyzersAreComputedOnceAndRowsAndBatchesCounted() {
        Table t = Table.of("t", List.of(NumericColumn.of("x", 1, 2, Double.NaN, 4, 5)));
        ScanResult r = Scans.batched(t, List.of(new MissingCount("x"), new MissingCount("x"), new RowCount()), 2, 2);
        assertThat(r.results()).hasSize(2);
        assertThat(r.rows()).isEqualTo(5);
        assertThat(r.batches()).isEqualTo(3);
        assertThat(r.dataset()).isEqualTo("t");
        assertThat(r.get(new MissingCount("x"))).isEqualTo(1);
        assertThat(r.table()).isEmpty();
    }

    @Test
    void keptRowsOfASourceAreJoinedInRowOrder() {
        CategoryDictionary d = new CategoryDictionary();
        Table t = Table.of("t", List.of(NumericColumn.of("x", 0, 1, 2, 3, 4, 5, 6),
                CategoricalColumn.of("g", d, "a", "b", "c", "a", "b", "c", null)));
        ScanResult r = Scans.withPool(3, pool -> FusedScan.run(new CountingDataset(t), List.of(new RowCount()),
                new ScanSettings(pool, 2), true));
        Table kept = r.table().orElseThrow();
        assertThat(kept).isNotSameAs(t);
        assertThat(kept.numeric("x").copyValues()).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(kept.categorical("g").copyCodes()).containsExactly(t.categorical("g").copyCodes());
        // a table is its own kept rows
        assertThat(FusedScan.run(t, List.of(new RowCount()), new ScanSettings(Runnable::run, 2), true).table())
                .containsSame(t);
    }

    @Test
    void categoriesAreNamedFromTheDictionaryAsItStoodAtTheEndOfTheScan() {
        CategoryDictionary shared = CategoryDictionary.of("unused", "b");
        Table t = Table.of("t", List.of(CategoricalColumn.of("g", shared, "a", "b", "a")));
        Frequencies f = Scans.whole(t, new CategoryCounts("g"));
        assertThat(f.values()).containsExactly("unused", "b", "a");
        assertThat(f.counts()).containsExactly(0, 1, 2);
        shared.codeOf("later");
        assertThat(f.values()).as("a result does not change with the dictionary").hasSize(3);
    }

    @Test
    void aSourceWithoutAnyBatchGivesTheStatisticsOfNoRows() {
        Schema schema = Table.of("empty", List.of(NumericColumn.of("x"),
                CategoricalColumn.of("g", new CategoryDictionary()))).schema();
        Dataset none = new Dataset() {
            @Override
            public String name() {
                return "empty.csv";
            }

            @Override
            public String source() {
                return "empty.csv";
            }

            @Override
            public Schema schema() {
                return schema;
            }

            @Override
            public int scan(int batchRows, Executor executor, BatchSink sink) {
                return 0;       // a file of a header only: no batch at all
            }

            @Override
            public Table toTable() {
                return Table.of("empty.csv", List.of(NumericColumn.of("x")));
            }
        };
        ScanResult r = Scans.whole(none, List.of(new RowCount(), new NumericSummary("x"), new CategoryCounts("g")));
        assertThat(r.rows()).isZero();
        assertThat(r.batches()).isZero();
        assertThat(r.get(new RowCount())).isZero();
        NumericStats s = r.get(new NumericSummary("x"));
        assertThat(s.count()).isZero();
        assertThat(s.mean()).isNaN();
        Frequencies g = r.get(new CategoryCounts("g"));
        assertThat(g.values()).isEmpty();
        assertThat(g.present()).isZero();
        // an empty table is one empty batch
        ScanResult table = Scans.whole(Table.of("empty", List.of(NumericColumn.of("x"))), List.of(new RowCount()));
        assertThat(table.batches()).isEqualTo(1);
        assertThat(table.get(new RowCount())).isZero();
    }
}
