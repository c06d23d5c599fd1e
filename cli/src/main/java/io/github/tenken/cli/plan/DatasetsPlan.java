package io.github.tenken.cli.plan;

/**
 * The {@code datasets} of a plan: one data file per role.
 *
 * @param training  the training data (required)
 * @param test      the test data
 * @param operation data seen in operation, compared with the training data
 */
public record DatasetsPlan(DatasetPlan training, DatasetPlan test, DatasetPlan operation) {
}
