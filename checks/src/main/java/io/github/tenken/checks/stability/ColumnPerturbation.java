package io.github.tenken.checks.stability;

import io.github.tenken.data.Column;

/**
 * The perturbation of one feature of the sampled rows, drawn once and applied at any noise level: the same draws
 * perturb the feature alone and with the others, and at every level of the sweep (common random numbers, so a
 * larger level moves the same rows further and the flip rates of the levels compare like with like).
 */
sealed interface ColumnPerturbation permits FeatureNoise, CategorySwap {

    /** The feature. */
    String feature();

    /** Whether the feature is perturbed at all: a numeric one needs spread, a categorical one two observed values. */
    boolean isPerturbed();

    /** A new column: the sampled rows' column perturbed at this level; the given column is not changed. */
    Column applyTo(Column sampled, double level);
}
