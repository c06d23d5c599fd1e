package io.github.tenken.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.Table;
import io.github.tenken.stats.MissingCount;
import io.github.tenken.stats.NumericSummary;
import io.github.tenken.testing.Fixtures;
import io.github.tenken.testing.Scans;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An analyzer that throws fails alone; the others of the same pass still give their results. */
class FusedScanFailureTest {

    @Test
    void aFailingAnalyzerFailsAloneAndItsReaderSeesTheCause() {
        Table t = Fixtures.six(new CategoryDictionary(), new CategoryDictionary());
        // "g" is categorical: NumericSummary throws while scanning; MissingCount is unaffected
        ScanResult r = Scans.whole(t, List.of(new NumericSummary("g"), new MissingCount("x")));
        assertThat(r.get(new MissingCount("x"))).isEqualTo(1L);
        assertThatThrownBy(() -> r.get(new NumericSummary("g")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("statistic NumericSummary[column=g] of six failed: column \"g\" is categorical, not numeric")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFailureInOneBatchOfManyStillFailsOnlyThatAnalyzer() {
        Table t = Fixtures.six(new CategoryDictionary(), new CategoryDictionary());
        ScanResult r = Scans.batched(t, List.of(new NumericSummary("g"), new MissingCount("x")), 2, 3);
        assertThat(r.batches()).isEqualTo(3);
        assertThat(r.get(new MissingCount("x"))).isEqualTo(1L);
        assertThatThrownBy(() -> r.get(new NumericSummary("g"))).hasMessageContaining("not numeric");
        assertThatThrownBy(() -> r.get(new MissingCount("y")))
                .hasMessage("analyzer MissingCount[column=y] was not part of the scan of six");
    }
}
