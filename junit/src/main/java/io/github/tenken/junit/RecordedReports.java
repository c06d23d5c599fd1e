package io.github.tenken.junit;

import io.github.tenken.result.AssessmentResult;

import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the HTML report of each result recorded with {@link QualityReports} will be written, so that a failing gate
 * can end its message with the report to read. Results are kept by identity for the life of the test JVM; a result
 * is small beside the data it was computed from, and a test class records a handful.
 */
final class RecordedReports {

    private static final Map<AssessmentResult, Path> HTML = Collections.synchronizedMap(new IdentityHashMap<>());

    private RecordedReports() {
    }

    /** Remembers the HTML report of a recorded result (the latest recording wins). */
    static void remember(AssessmentResult result, Path html) {
        HTML.put(result, html);
    }

    /** The HTML report of the result, when it was recorded. */
    static Optional<Path> htmlOf(AssessmentResult result) {
        return Optional.ofNullable(HTML.get(result));
    }
}
