/**
 * The HTML quality report: precompiled, auto-escaping JTE templates over an assessment result, with inline CSS and
 * SVG charts, no scripts and no network resources.
 */
package io.github.tenken.report.html;
