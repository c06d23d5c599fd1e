/**
 * Quality gates in JUnit 5: AssertJ-style assertions on an {@link io.github.tenken.result.AssessmentResult}
 * ({@link io.github.tenken.junit.QualityAssertions}, soft mode {@link io.github.tenken.junit.SoftQualityAssertions})
 * and an extension ({@link io.github.tenken.junit.TenkenExtension}, or the composed
 * {@link io.github.tenken.junit.QualityGate}) that records results through
 * {@link io.github.tenken.junit.QualityReports} and writes their HTML, JSON and JUnit XML reports after the class.
 */
package io.github.tenken.junit;
