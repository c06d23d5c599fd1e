/**
 * Placeholders posing as values (guideline B-3.1b): numbers at an edge of a column's range that stand apart from the
 * other values ({@code 0} blood pressure, {@code 99999} capital gain) and texts such as {@code unknown} or
 * {@code n/a}, found from exact per-column statistics of the fused scan.
 */
package io.github.tenken.checks.placeholders;
