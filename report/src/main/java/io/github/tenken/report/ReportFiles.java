package io.github.tenken.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The three report files written for one assessment.
 *
 * @param html the self-contained HTML quality report
 * @param json the versioned JSON result
 * @param xml  the JUnit XML result
 */
public record ReportFiles(Path html, Path json, Path xml) {

    public ReportFiles {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(xml, "xml");
    }
}
