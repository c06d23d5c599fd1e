/**
 * Reports of an assessment: the {@link io.github.tenken.report.Reports} facade, languages and atomic file writes.
 */
package io.github.tenken.report;
