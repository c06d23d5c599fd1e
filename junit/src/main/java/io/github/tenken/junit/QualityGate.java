package io.github.tenken.junit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class as a quality gate: registers {@link TenkenExtension} and tags the class {@code quality-gate},
 * so that a build can run the gates alone ({@code mvn test -Dgroups=quality-gate}) or leave them out.
 *
 * <pre>{@code
 * @QualityGate
 * class IncomeClassifierQualityTest {
 *     @Test
 *     void meetsItsProfile(QualityReports reports) {
 *         assertThat(reports.record(assessment.run())).meetsRequiredLevels();
 *     }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(TenkenExtension.class)
@Tag(QualityGate.TAG)
public @interface QualityGate {

    /** The tag every quality-gate class carries. */
    String TAG = "quality-gate";
}
