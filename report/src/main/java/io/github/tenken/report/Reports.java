package io.github.tenken.report;

import io.github.tenken.result.AssessmentResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Entry point that writes every report of an assessment (HTML, JSON, JUnit XML) into one directory. */
public final class Reports {

    private Reports() {
    }

    /**
     * Writes {@code <baseName>.html}, {@code <baseName>.json} and {@code <baseName>.xml} into a directory, each
     * atomically, creating the directory when needed.
     *
     * @param result    the assessment's result
     * @param directory the directory to write into
     * @param baseName  the file name without extension, e.g. {@code tenken-report}
     * @param language  the language of the HTML report
     * @return the paths written
     * @throws UncheckedIOException when a file cannot be written
     */
    public static ReportFiles writeAll(AssessmentResult result, Path directory, String baseName,
                                       ReportLanguage language) {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(language, "language");
        if (baseName == null || baseName.isBlank() || baseName.contains("/") || baseName.contains("\\")) {
            throw new IllegalArgumentException("report base name must be a plain file name, got '" + baseName + "'");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create report directory " + directory, e);
        }
        Map<String, Path> files = new LinkedHashMap<>();
        for (ReportWriter w : ReportWriters.discover().byFormat().values()) {
            Path file = directory.resolve(baseName + "." + w.extension());
            w.write(result, file, language);
            files.put(w.format(), file);
        }
        return new ReportFiles(files);
    }
}
