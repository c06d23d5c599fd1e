package io.github.tenken.report;

import io.github.tenken.result.AssessmentResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A test-only report format, registered in the test services file: one line with the number of checks. */
public final class LineCountWriter implements ReportWriter {

    /** For {@link java.util.ServiceLoader}. */
    public LineCountWriter() {
    }

    @Override
    public String format() {
        return "lines";
    }

    @Override
    public String extension() {
        return "lines.txt";
    }

    @Override
    public void write(AssessmentResult result, Path file, ReportLanguage language) {
        try {
            Files.writeString(file, result.checks().size() + " checks\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
