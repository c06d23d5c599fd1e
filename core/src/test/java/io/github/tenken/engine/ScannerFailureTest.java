package io.github.tenken.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.Table;
import io.github.tenken.stats.MissingCount;
import io.github.tenken.stats.NumericSummary;
import io.github.tenken.testing.Fixtures;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScannerFailureTest {

    @Test
    void aFailingAnalyzerFailsAloneAndItsReaderSeesTheCause() {
        Table t = Fixtures.six(new CategoryDictionary(), new CategoryDictionary());
        // "g" is categorical: NumericSummary throws while scanning; MissingCount is unaffected
        ScanResult r = Scanner.scan(t, List.of(new NumericSummary("g"), new MissingCount("x")));
        assertThat(r.get(new MissingCount("x"))).isEqualTo(1L);
        assertThatThrownBy(() -> r.get(new NumericSummary("g")))
                .hasMessage("statistic NumericSummary[column=g] of six failed: column \"g\" of six is categorical, not numeric");
    }
}
