/**
 * Checks of C-1, correctness of the trained model, with percentile Poisson-bootstrap confidence intervals:
 * classification and regression performance on the test data (C-1.1a, whether each acceptance criterion's interval
 * lies on one side of its threshold; C-1.1b, the criteria fixed beforehand), the model against trivial baselines
 * ({@code c1.baseline}, C-1.1b), the performance on every declared case and sensitive group ({@code c1.per-case},
 * C-1.3a), and the weakest slices of the test data by one or two features ({@code c1.weak-segments}, C-1.3a). Every
 * metric reads the predictions the engine computed once per dataset.
 */
package io.github.tenken.checks.correctness;
