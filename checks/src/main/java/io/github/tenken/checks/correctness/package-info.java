/**
 * Checks of C-1, correctness of the trained model: classification and regression performance on the test data with
 * percentile-bootstrap confidence intervals, so that the test data volume (C-1.1a) and the acceptance criteria fixed
 * beforehand (C-1.1b) can be judged. Every metric reads the predictions the engine computed once per dataset.
 */
package io.github.tenken.checks.correctness;
