package io.github.tenken.cli;

import io.github.tenken.report.ReportFiles;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.Reports;
import io.github.tenken.report.i18n.Messages;
import io.github.tenken.result.AssessmentResult;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

import java.nio.file.Path;

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

    /** The texts of the chosen language, for the progress lines and the summary. */
    Messages texts() {
        return Messages.of(language);
    }

    /** Writes the HTML, JSON and JUnit XML reports of a result into the output folder. */
    ReportFiles write(AssessmentResult result) {
        return Reports.writeAll(result, out, BASE_NAME, language);
    }

    /** Reads {@code en}, {@code ja} (and {@code ja-JP}, {@code EN} ...) as a report language. */
    static final class LanguageConverter implements ITypeConverter<ReportLanguage> {
        @Override
        public ReportLanguage convert(String value) {
            return ReportLanguage.parse(value);
        }
    }
}
