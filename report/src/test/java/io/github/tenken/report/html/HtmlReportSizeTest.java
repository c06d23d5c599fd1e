package io.github.tenken.report.html;

import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.testing.SampleResults;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML of a 40-check assessment with a chart and a table in every check stays under 285 KB. The budget was
 * 250 KB before each chart carried a {@code <desc>} listing its values (the text alternative, about 550 bytes for a
 * 20-bin, two-series histogram); it leaves about 5% head room.
 */
class HtmlReportSizeTest {

    @Test
    void fortyChecksWithChartsTablesAndTextAlternativesStayUnder285Kilobytes() {
        String html = HtmlReport.render(SampleResults.synthetic(40), ReportLanguage.EN);
        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        assertThat(html).contains("id=\"check-synthetic.39\"");
        assertThat(html.split("<svg class=\"chart-svg\"", -1)).hasSize(41);
        assertThat(html.split("<desc>", -1)).hasSize(41);
        assertThat(bytes).as("HTML size in bytes").isLessThan(285_000);
    }
}
