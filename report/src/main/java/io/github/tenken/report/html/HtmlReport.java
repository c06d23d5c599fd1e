package io.github.tenken.report.html;

import io.github.tenken.report.AtomicFiles;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.result.AssessmentResult;

import java.nio.file.Path;

/** Renders an assessment result as a self-contained HTML quality report. */
public final class HtmlReport {

    private HtmlReport() {
    }

    /** The result as HTML. */
    public static String render(AssessmentResult result, ReportLanguage language) {
        return "<!DOCTYPE html><html><body></body></html>\n";
    }

    /** Writes the HTML report, atomically. */
    public static void write(AssessmentResult result, ReportLanguage language, Path file) {
        AtomicFiles.writeString(file, render(result, language));
    }
}
