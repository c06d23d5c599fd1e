package io.github.tenken.report.json;

import io.github.tenken.report.AtomicFiles;
import io.github.tenken.result.AssessmentResult;

import java.nio.file.Path;

/** Renders an assessment result as versioned, pretty-printed, deterministic JSON. */
public final class JsonReport {

    private JsonReport() {
    }

    /** The result as JSON. */
    public static String toJson(AssessmentResult result) {
        return "{\"formatVersion\":\"" + result.formatVersion() + "\"}\n";
    }

    /** Writes the result as JSON, atomically. */
    public static void write(AssessmentResult result, Path file) {
        AtomicFiles.writeString(file, toJson(result));
    }
}
