/**
 * Uniformity of the data over the whole input space (guideline B-2.E1): the label's class distribution in the
 * training and test data, its minority share and imbalance ratio ({@code b2.class-balance}); for a numeric label, the
 * training rows in each bin of its range ({@code b2.target-coverage}); and the rows and base rates of the sensitive
 * groups ({@code b2.representation}).
 */
package io.github.tenken.checks.balance;
