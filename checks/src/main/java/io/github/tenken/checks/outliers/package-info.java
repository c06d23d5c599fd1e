/**
 * Univariate outliers (guideline B-3.1b): robust z-scores from the median and the median absolute deviation, and
 * Tukey's fences from the quartiles, per numeric column, from the column's distribution in the fused scan (exact up
 * to the assessment's {@code exactUpTo} values, a sketch beyond) and the rows holding its extreme values.
 */
package io.github.tenken.checks.outliers;
