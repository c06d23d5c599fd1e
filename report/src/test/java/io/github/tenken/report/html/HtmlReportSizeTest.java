package io.github.tenken.report.html;

import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.testing.SampleResults;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML of a 40-check assessment with a chart and a table in every check stays well under 300 KB. */
class HtmlReportSizeTest {

    @Test
    void fortyChecksWithChartsAndTablesStayWellUnder300Kilobytes() {
        String html = HtmlReport.render(SampleResults.synthetic(40), ReportLanguage.EN);
        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        assertThat(html).contains("id=\"check-synthetic.39\"");
        assertThat(html.split("<svg class=\"chart-svg\"", -1)).hasSize(41);
        assertThat(bytes).as("HTML size in bytes").isLessThan(250_000);
    }
}
