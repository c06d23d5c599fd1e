package io.github.tenken.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.CsvTableReader;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.Table;
import io.github.tenken.engine.FusedScan;
import io.github.tenken.engine.ScanResult;
import io.github.tenken.engine.ScanSettings;
import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.CategoryCounts;
import io.github.tenken.checks.stats.DistinctCount;
import io.github.tenken.stats.ContentHash;
import io.github.tenken.stats.RowCount;
import io.github.tenken.stats.MissingCount;
import io.github.tenken.stats.NumericSummary;
import io.github.tenken.stats.Quantiles;
import io.github.tenken.stats.RowGroups;
import io.github.tenken.stats.RowsWithMissing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

/** The profile the benchmark times: 53 analyzers on the 20 columns, each of which one fused scan computes. */
class FullProfileTest {

    private static final int ROWS = 1_000;

    @TempDir
    Path dir;

    private Table table() {
        return CsvTableReader.read(BenchmarkData.cached(dir, ROWS), CsvOptions.builder().label("income").build(),
                new Dictionaries());
    }

    @Test
    void profilesEveryColumnByItsType() {
        List<Analyzer<?, ?>> analyzers = FullProfile.analyzers(table().schema(), "income");
        // 20 missing and 20 distinct counts, 10 numeric columns x (summary, quantiles), 10 category counts, 4 over
        // the table
        assertThat(analyzers).hasSize(74)
                .contains(new MissingCount("noise-gappy"), new NumericSummary("age"), Quantiles.of("age"),
                        new DistinctCount("age", Quantiles.DEFAULT_EXACT_UP_TO), new CategoryCounts("income"),
                        RowsWithMissing.allColumns(), new RowCount(), new ContentHash());
        assertThat(analyzers).filteredOn(a -> a instanceof RowGroups).singleElement()
                .satisfies(a -> assertThat(((RowGroups) a).label()).isEqualTo("income"))
                .satisfies(a -> assertThat(((RowGroups) a).features()).hasSize(19).doesNotContain("income"));
    }

    @Test
    void oneScanComputesEveryAnalyzerWithoutAFailure() {
        Table table = table();
        List<Analyzer<?, ?>> analyzers = FullProfile.analyzers(table.schema(), "income");
        ScanResult result = FusedScan.run(table, analyzers, new ScanSettings(Runnable::run, 256), false);
        assertThat(result.rows()).isEqualTo(ROWS);
        assertThat(result.batches()).isEqualTo(4);
        analyzers.forEach(a -> assertThat(result.get(a)).as(a.toString()).isNotNull());
        long gappy = 0;
        for (int i = 0; i < table.rowCount(); i++) {
            gappy += table.column("noise-gappy").isMissing(i) ? 1 : 0;
        }
        assertThat(result.get(new MissingCount("noise-gappy"))).isEqualTo(gappy).isPositive();
    }

    @Test
    void aLabelTheTableDoesNotHaveIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> FullProfile.analyzers(table().schema(), "salary"))
                .withMessageStartingWith("label column \"salary\" not found; columns are [age, workclass");
    }
}
