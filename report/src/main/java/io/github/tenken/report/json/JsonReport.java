package io.github.tenken.report.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.tenken.report.AtomicFiles;
import io.github.tenken.result.AssessmentResult;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Renders an assessment result as versioned, pretty-printed, deterministic JSON.
 *
 * <p>Every record is written field by field in declaration order, starting with {@code formatVersion}; maps are
 * sorted by key; NaN and infinities are written as the strings {@code "NaN"}, {@code "Infinity"} and
 * {@code "-Infinity"}; instants and durations as ISO-8601 strings. Apart from {@code startedAt} and {@code duration},
 * two runs with the same inputs and seed give the same bytes, and the same {@code reportId} (the SHA-256 of the
 * JSON without timings, {@link ReportId}).
 *
 * <pre>{@code
 * JsonReport.write(result, Path.of("target/tenken/report.json"));
 * String stable = JsonReport.toJson(result, JsonOptions.withoutTimings());
 * }</pre>
 */
public final class JsonReport {

    private JsonReport() {
    }

    /** The result as JSON, timings included. */
    public static String toJson(AssessmentResult result) {
        return toJson(result, JsonOptions.defaults());
    }

    /**
     * The result as JSON, with these options; ends with a line break. The second field, after
     * {@code formatVersion}, is {@code reportId} ({@link ReportId#of}).
     */
    public static String toJson(AssessmentResult result, JsonOptions options) {
        Objects.requireNonNull(options, "options");
        String body = body(result, options);
        String id = options.includeTimings() ? ReportId.of(result) : ReportId.sha256(body);
        int afterVersion = body.indexOf('\n', body.indexOf("\"formatVersion\"")) + 1;
        return body.substring(0, afterVersion) + "  \"reportId\" : \"" + id + "\",\n" + body.substring(afterVersion);
    }

    /** The JSON without the report id: what the id hashes (without timings). */
    static String body(AssessmentResult result, JsonOptions options) {
        Objects.requireNonNull(result, "result");
        try {
            return JsonMappers.writer(options).writeValueAsString(result) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result of " + result.component().name()
                    + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes the result as JSON, timings included, atomically. */
    public static void write(AssessmentResult result, Path file) {
        write(result, file, JsonOptions.defaults());
    }

    /** Writes the result as JSON with these options, atomically. */
    public static void write(AssessmentResult result, Path file, JsonOptions options) {
        String json = toJson(result, options);
        AtomicFiles.writeString(file, json);
    }
}
