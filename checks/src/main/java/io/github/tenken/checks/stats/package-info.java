/**
 * Statistics the data checks share: a mergeable analyzer of row keys (exact duplicates and overlap between
 * datasets) for the fused scan, and the hypothesis tests the drift checks run on scan results (two-sample
 * Kolmogorov-Smirnov, chi-square test of homogeneity, Benjamini-Hochberg adjustment).
 */
package io.github.tenken.checks.stats;
