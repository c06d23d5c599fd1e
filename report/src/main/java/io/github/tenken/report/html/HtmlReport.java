package io.github.tenken.report.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.github.tenken.report.AtomicFiles;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.result.AssessmentResult;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Renders an assessment result as one self-contained HTML quality report: cover, summary (quality profile, required
 * against achieved level of the nine characteristics, checks by status), one section per characteristic with its
 * level items and checks (measures, charts, tables), datasets and model, and a glossary.
 *
 * <p>The templates ({@code src/main/jte}) are compiled to Java at build time with JTE in HTML mode, which escapes
 * every value written from data; charts are inline SVG from {@link io.github.tenken.report.svg.SvgCharts}. The file
 * has inline CSS, no scripts and no network resources, so it opens from {@code file://} and prints cleanly.
 *
 * <pre>{@code
 * HtmlReport.write(result, ReportLanguage.EN, Path.of("target/tenken/report.html"));
 * }</pre>
 */
public final class HtmlReport {

    private static final String TEMPLATE = "report.jte";
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            HtmlReport.class.getClassLoader(), "io.github.tenken.report.html.generated");

    private HtmlReport() {
    }

    /** The report as an HTML document, times in UTC. */
    public static String render(AssessmentResult result, ReportLanguage language) {
        return render(result, language, ZoneOffset.UTC);
    }

    /** The report as an HTML document, times shown in {@code zone} (e.g. {@code Asia/Tokyo}). */
    public static String render(AssessmentResult result, ReportLanguage language, ZoneId zone) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(zone, "zone");
        StringOutput output = new StringOutput(64 * 1024);
        ENGINE.render(TEMPLATE, new ReportView(result, language, zone), output);
        return output.toString();
    }

    /** Writes the report atomically: an existing file is replaced only once the whole document is rendered. */
    public static void write(AssessmentResult result, ReportLanguage language, Path file) {
        write(result, language, ZoneOffset.UTC, file);
    }

    /** Writes the report atomically with times in {@code zone}. */
    public static void write(AssessmentResult result, ReportLanguage language, ZoneId zone, Path file) {
        Objects.requireNonNull(file, "file");
        AtomicFiles.write(file, out -> out.write(render(result, language, zone)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
