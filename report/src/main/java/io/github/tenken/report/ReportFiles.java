package io.github.tenken.report;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report files written for one assessment, by format.
 *
 * @param byFormat the files, by format ({@code html}, {@code json}, {@code xml}, and any registered format)
 */
public record ReportFiles(Map<String, Path> byFormat) {

    public ReportFiles {
        byFormat = Collections.unmodifiableMap(new LinkedHashMap<>(byFormat));
    }

    /** The self-contained HTML quality report. */
    public Path html() {
        return get("html");
    }

    /** The versioned JSON result. */
    public Path json() {
        return get("json");
    }

    /** The JUnit XML result. */
    public Path xml() {
        return get("xml");
    }

    /** The file of a format; an error naming the formats written when there is none. */
    public Path get(String format) {
        Path p = byFormat.get(format);
        if (p == null) {
            throw new IllegalArgumentException("no " + format + " report was written; formats are " + byFormat.keySet());
        }
        return p;
    }
}
