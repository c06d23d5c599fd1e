package io.github.tenken.junit;

import io.github.tenken.result.AssessmentResult;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Records assessment results whose HTML, JSON and JUnit XML reports {@link TenkenExtension} writes after all tests
 * of the class; declare it as a parameter of a test, {@code @BeforeAll} or {@code @AfterAll} method.
 *
 * <pre>{@code
 * @Test
 * void incomeClassifierMeetsItsProfile(QualityReports reports) {
 *     AssessmentResult result = reports.record(assessment.run());   // reports named after this method
 *     assertThat(result).meetsRequiredLevels();
 * }
 * }</pre>
 *
 * Safe to use from tests that run in parallel.
 */
public final class QualityReports {

    private final RecordedResults recorded;
    private final String defaultName;
    private final Path directory;

    QualityReports(RecordedResults recorded, String defaultName, Path directory) {
        this.recorded = recorded;
        this.defaultName = defaultName;
        this.directory = directory;
    }

    /**
     * Records a result, its report files named after the method that received this object (with {@code -2},
     * {@code -3} ... appended when that name is already taken in the class).
     *
     * @return the result, so that a gate can assert on it in the same line
     */
    public AssessmentResult record(AssessmentResult result) {
        return record(defaultName, result);
    }

    /**
     * Records a result whose report files are named {@code name.html}, {@code name.json} and {@code name.xml} (with
     * {@code -2}, {@code -3} ... appended when the name is already taken in the class).
     *
     * @param name a plain file name without extension, e.g. {@code income-classifier}
     * @return the result
     */
    public AssessmentResult record(String name, AssessmentResult result) {
        Objects.requireNonNull(result, "the assessment result to record must not be null");
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("report name must be a plain file name such as \"income-classifier\", "
                    + "was " + (name == null ? "null" : "\"" + name + "\""));
        }
        String unique = recorded.add(name.trim(), result);
        RecordedReports.remember(result, directory.resolve(unique + ".html"));
        return result;
    }

    /** The directory the reports of this test class will be written to. */
    public Path directory() {
        return directory;
    }
}
