/**
 * Adequacy of the data (guideline B-3): missing values per column and dataset, exact duplicate rows and rows shared
 * by training and test data (leakage), and identical inputs that carry different labels. Every count comes from the
 * fused scan of each dataset.
 */
package io.github.tenken.checks.integrity;
