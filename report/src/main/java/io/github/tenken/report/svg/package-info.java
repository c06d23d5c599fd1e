/**
 * A small SVG chart kit for the HTML report: histograms, bars and heat-cell matrices drawn as inline SVG whose every
 * label is escaped, so that no data can create markup.
 */
package io.github.tenken.report.svg;
