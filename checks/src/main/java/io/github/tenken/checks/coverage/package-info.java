/**
 * Coverage of the datasets (guideline B-1, A-2, B-2.S1): enough training and test rows for every declared case and
 * for every value of each categorical sensitive attribute.
 */
package io.github.tenken.checks.coverage;
