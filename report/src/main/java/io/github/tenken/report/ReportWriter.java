package io.github.tenken.report;

import io.github.tenken.result.AssessmentResult;

import java.nio.file.Path;

/**
 * One report format: HTML, JSON, JUnit XML, and whatever other jars register through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.github.tenken.report.ReportWriter}), so that {@link Reports#writeAll} writes every
 * format on the class path without a list of formats in the code.
 */
public interface ReportWriter {

    /** The format's name, e.g. {@code html}; unique among writers. */
    String format();

    /** The file name extension, without the dot, e.g. {@code html}. */
    String extension();

    /** Writes the result to the file (atomically: a reader never sees half a file). */
    void write(AssessmentResult result, Path file, ReportLanguage language);
}
