/**
 * Uniformity of the data over the whole input space (guideline B-2.E1): the label's class distribution in the
 * training and test data, its minority share and imbalance ratio.
 */
package io.github.tenken.checks.balance;
