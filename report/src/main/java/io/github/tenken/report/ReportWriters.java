package io.github.tenken.report;

import io.github.tenken.report.html.HtmlReport;
import io.github.tenken.report.json.JsonReport;
import io.github.tenken.report.junitxml.JUnitXmlReport;
import io.github.tenken.result.AssessmentResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The built-in report formats and the {@link ReportWriter}s on the class path. A writer that cannot be loaded is left
 * out and named in {@link #problems()}.
 *
 * @param byFormat the writers, built-in ones first (html, json, xml), then the others in class-path order
 * @param problems one line per writer that could not be loaded
 */
public record ReportWriters(Map<String, ReportWriter> byFormat, List<String> problems) {

    public ReportWriters {
        byFormat = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byFormat));
        problems = List.copyOf(problems);
    }

    /** The self-contained HTML report. */
    public static final ReportWriter HTML = new Builtin("html", "html") {
        @Override
        public void write(AssessmentResult result, Path file, ReportLanguage language) {
            HtmlReport.write(result, language, file);
        }
    };

    /** The versioned JSON result. */
    public static final ReportWriter JSON = new Builtin("json", "json") {
        @Override
        public void write(AssessmentResult result, Path file, ReportLanguage language) {
            JsonReport.write(result, file);
        }
    };

    /** JUnit XML for any CI. */
    public static final ReportWriter JUNIT_XML = new Builtin("xml", "xml") {
        @Override
        public void write(AssessmentResult result, Path file, ReportLanguage language) {
            JUnitXmlReport.write(result, file);
        }
    };

    /** The built-in writers and every writer a jar registers. */
    public static ReportWriters discover() {
        Map<String, ReportWriter> writers = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (ReportWriter w : List.of(HTML, JSON, JUNIT_XML)) {
            writers.put(w.format(), w);
        }
        Iterator<ReportWriter> it = ServiceLoader.load(ReportWriter.class).iterator();
        for (int errors = 0; errors < 100; ) {
            ReportWriter w;
            try {
                if (!it.hasNext()) {
                    break;
                }
                w = it.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                errors++;
                problems.add(e.getMessage() == null ? e.toString() : e.getMessage());
                continue;
            }
            if (writers.putIfAbsent(w.format(), w) != null) {
                problems.add(w.getClass().getName() + ": a second writer of format " + w.format() + " (left out)");
            }
        }
        return new ReportWriters(writers, problems);
    }

    private abstract static class Builtin implements ReportWriter {
        private final String format;
        private final String extension;

        Builtin(String format, String extension) {
            this.format = format;
            this.extension = extension;
        }

        @Override
        public String format() {
            return format;
        }

        @Override
        public String extension() {
            return extension;
        }
    }
}
