/**
 * The JSON report: an assessment result as versioned, deterministic, pretty-printed JSON written with Jackson.
 */
package io.github.tenken.report.json;
