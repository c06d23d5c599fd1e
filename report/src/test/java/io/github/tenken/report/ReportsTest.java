package io.github.tenken.report;

import io.github.tenken.report.json.JsonReport;
import io.github.tenken.report.testing.SampleResults;
import io.github.tenken.result.AssessmentResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportsTest {

    @Test
    void writesTheThreeReportsIntoANewDirectory(@TempDir Path dir) throws IOException {
        AssessmentResult result = SampleResults.tiny();
        Path target = dir.resolve("nested/reports");
        ReportFiles files = Reports.writeAll(result, target, "tenken", ReportLanguage.JA);
        assertThat(files.html()).isEqualTo(target.resolve("tenken.html"));
        assertThat(files.json()).isEqualTo(target.resolve("tenken.json"));
        assertThat(files.xml()).isEqualTo(target.resolve("tenken.xml"));
        assertThat(Files.readString(files.html())).startsWith("<!DOCTYPE html>").contains("<html lang=\"ja\">");
        assertThat(Files.readString(files.json())).isEqualTo(JsonReport.toJson(result));
        assertThat(Files.readString(files.xml())).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<testsuite name=\"tiny\"");
    }

    @Test
    void writesEveryRegisteredFormatAndNamesABrokenWriter(@TempDir Path dir) throws IOException {
        // the test services file registers LineCountWriter (format "lines") and a class that does not exist; the main
        // one the Qunomon export and the Markdown summary (test classes come first on the class path)
        ReportWriters writers = ReportWriters.discover();
        assertThat(writers.byFormat().keySet()).containsExactly("html", "json", "xml", "lines", "qunomon", "markdown");
        assertThat(writers.problems()).singleElement().asString().contains("io.github.tenken.report.NoSuchWriter");
        AssessmentResult result = SampleResults.tiny();
        ReportFiles files = Reports.writeAll(result, dir, "tenken", ReportLanguage.EN);
        assertThat(files.byFormat().keySet()).containsExactly("html", "json", "xml", "lines", "qunomon", "markdown");
        assertThat(files.get("qunomon")).isEqualTo(dir.resolve("tenken.ait.json"));
        assertThat(files.get("markdown")).isEqualTo(dir.resolve("tenken.md"));
        assertThat(dir.resolve("ait/b3.tiny-missing/ait.output.json")).isRegularFile();
        assertThat(Files.readString(files.get("lines"))).isEqualTo(result.checks().size() + " checks\n");
        assertThatThrownBy(() -> files.get("pdf")).hasMessage("no pdf report was written; formats are "
                + "[html, json, xml, lines, qunomon, markdown]");
    }

    @Test
    void rejectsABaseNameThatIsAPath(@TempDir Path dir) {
        assertThatThrownBy(() -> Reports.writeAll(SampleResults.tiny(), dir, "../escape", ReportLanguage.EN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("report base name must be a plain file name, got '../escape'");
    }

    @Test
    void parsesLanguageCodes() {
        assertThat(ReportLanguage.parse("en")).isEqualTo(ReportLanguage.EN);
        assertThat(ReportLanguage.parse(" JA ")).isEqualTo(ReportLanguage.JA);
        assertThat(ReportLanguage.parse("ja-JP")).isEqualTo(ReportLanguage.JA);
        assertThat(ReportLanguage.parse("en_GB")).isEqualTo(ReportLanguage.EN);
        assertThatThrownBy(() -> ReportLanguage.parse("fr"))
                .hasMessage("unknown report language 'fr'; expected one of: en, ja");
        assertThatThrownBy(() -> ReportLanguage.parse(" "))
                .hasMessage("report language must not be blank; expected one of: en, ja");
    }
}
