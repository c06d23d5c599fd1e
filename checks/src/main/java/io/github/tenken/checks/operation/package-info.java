/**
 * E-1 checks: maintainability of quality in operation. {@code e1.performance-over-time} follows a model's accuracy
 * (or RMSE) window by window in labelled operation data (E-1.2a), and {@code e1.regression-gate} compares a retrained
 * candidate with the reference model on the development test set before it is deployed (E-1.2b). Drift of unlabelled
 * operation data is {@code e1.operation-drift}, in the drift package.
 */
package io.github.tenken.checks.operation;
