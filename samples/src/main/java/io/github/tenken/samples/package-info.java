/**
 * Sample data shipped with Tenken for demos and tests: the UCI Adult (Census Income) training and test files,
 * read with the quirks of the original files handled ({@code ?} missing, junk first line, labels ending in
 * {@code "."}).
 */
package io.github.tenken.samples;
