package io.github.tenken.cli;

import io.github.tenken.report.ReportFiles;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.Reports;
import io.github.tenken.report.html.HtmlReport;
import io.github.tenken.report.i18n.Messages;
import io.github.tenken.result.AssessmentResult;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The options that say where the report goes and in which language: {@code --out DIR} and {@code --lang en|ja}. */
final class ReportOptions {

    /** The base name of the three report files: {@code report.html}, {@code report.json}, {@code report.xml}. */
    static final String BASE_NAME = "report";

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "tenken-report",
            description = "Folder for report.html, report.json and report.xml (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--lang", paramLabel = "en|ja", defaultValue = "en", converter = LanguageConverter.class,
            description = "Language of the HTML report and of the summary printed (default: ${DEFAULT-VALUE}).")
    ReportLanguage language;

    @Option(names = "--zone", paramLabel = "ZONE", converter = ZoneConverter.class,
            description = "Time zone of the times in the HTML report, e.g. Asia/Tokyo (default: the plan's timeZone,"
                    + " else UTC).")
    ZoneId zone;

    /** The texts of the chosen language, for the progress lines and the summary. */
    Messages texts() {
        return Messages.of(language);
    }

    /**
     * Writes the HTML, JSON and JUnit XML reports of a result into the output folder; the HTML report is written
     * again with its times in {@code --zone} when that is not UTC (the writers' seam knows no zone).
     */
    ReportFiles write(AssessmentResult result) {
        return write(result, ZoneOffset.UTC);
    }

    /** As {@link #write(AssessmentResult)}, with the zone used when {@code --zone} is not given (a plan's). */
    ReportFiles write(AssessmentResult result, ZoneId fallback) {
        ZoneId chosen = zone != null ? zone : fallback;
        ReportFiles files = Reports.writeAll(result, out, BASE_NAME, language);
        if (chosen != null && !chosen.normalized().equals(ZoneOffset.UTC) && files.html() != null) {
            HtmlReport.write(result, language, chosen, files.html());
        }
        return files;
    }

    /** Reads a zone id ({@code Asia/Tokyo}, {@code UTC}, {@code +09:00}), naming the value it cannot read. */
    static final class ZoneConverter implements ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value);
            } catch (java.time.DateTimeException e) {
                throw new picocli.CommandLine.TypeConversionException("not a time zone: \"" + value
                        + "\"; use a region such as Asia/Tokyo or an offset such as +09:00");
            }
        }
    }

    /** Reads {@code en}, {@code ja} (and {@code ja-JP}, {@code EN} ...) as a report language. */
    static final class LanguageConverter implements ITypeConverter<ReportLanguage> {
        @Override
        public ReportLanguage convert(String value) {
            return ReportLanguage.parse(value);
        }
    }
}
