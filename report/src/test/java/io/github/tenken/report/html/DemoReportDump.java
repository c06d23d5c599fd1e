package io.github.tenken.report.html;

import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.testing.DemoResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

/** Writes the demo's HTML reports to {@code -Dtenken.dump=<dir>} for a look by eye; skipped without it. */
class DemoReportDump {

    @Test
    void writesTheDemoReportsWhenAsked() {
        String dir = System.getProperty("tenken.dump", "");
        Assumptions.assumeFalse(dir.isBlank(), "no -Dtenken.dump=<dir> given");
        HtmlReport.write(DemoResult.get(), ReportLanguage.EN, Path.of(dir, "demo-en.html"));
        HtmlReport.write(DemoResult.get(), ReportLanguage.JA, java.time.ZoneId.of("Asia/Tokyo"), Path.of(dir, "demo-ja.html"));
    }
}
