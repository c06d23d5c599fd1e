/**
 * Fairness checks of the trained model (C-1.1b, concerning the external characteristic fairness): how the model's
 * decisions differ between the groups of each sensitive attribute, measured on the test data with the predictions
 * the engine computed once.
 */
package io.github.tenken.checks.fairness;
