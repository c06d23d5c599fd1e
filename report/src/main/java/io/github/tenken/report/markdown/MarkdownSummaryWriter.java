package io.github.tenken.report.markdown;

import io.github.tenken.report.AtomicFiles;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.ReportWriter;
import io.github.tenken.result.AssessmentResult;

import java.nio.file.Path;

/**
 * Writes the {@link MarkdownSummary} as {@code <base>.md} beside the HTML report {@code <base>.html}, which it names.
 * Found by {@link io.github.tenken.report.Reports#writeAll} through the report module's services file; append the file
 * to {@code $GITHUB_STEP_SUMMARY} to show it on a GitHub Actions run.
 */
public final class MarkdownSummaryWriter implements ReportWriter {

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public String extension() {
        return "md";
    }

    @Override
    public void write(AssessmentResult result, Path file, ReportLanguage language) {
        String name = file.getFileName().toString();
        String base = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        AtomicFiles.writeString(file, MarkdownSummary.render(result, language, base + ".html"));
    }
}
