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
        assertThat(files).isEqualTo(new ReportFiles(target.resolve("tenken.html"), target.resolve("tenken.json"),
                target.resolve("tenken.xml")));
        assertThat(Files.readString(files.html())).startsWith("<!DOCTYPE html>").contains("<html lang=\"ja\">");
        assertThat(Files.readString(files.json())).isEqualTo(JsonReport.toJson(result));
        assertThat(Files.readString(files.xml())).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .contains("<testsuite name=\"tiny\"");
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
