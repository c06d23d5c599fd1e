/**
 * Fairness checks of the trained model (C-1.1b, concerning the external characteristic fairness): how the model's
 * decisions ({@code fairness.group-parity}, for a classifier) or errors ({@code fairness.regression}, for a regressor)
 * differ between the groups of each sensitive attribute and, for decisions, of each pair of them, measured on the
 * test data with the predictions the engine computed once. Numeric attributes are grouped at declared edges, else at
 * their quartiles; every figure carries a Poisson-bootstrap interval seeded by the assessment.
 */
package io.github.tenken.checks.fairness;
