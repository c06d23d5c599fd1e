/**
 * Declared constraints on the data (guideline B-3.1b, B-3.2c): the user's rules per column (range, allowed values,
 * pattern, never missing, unique) and across numeric columns (a comparison of two arithmetic expressions with a
 * tolerance), checked on every given dataset in the fused scan, with the first breaking rows listed.
 */
package io.github.tenken.checks.constraints;
