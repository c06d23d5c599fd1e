/**
 * Checks of the data's distribution against what the team declared it should be (guideline B-1.2a, B-2.E2):
 * {@code b1.expected-distribution}.
 */
package io.github.tenken.checks.distribution;
