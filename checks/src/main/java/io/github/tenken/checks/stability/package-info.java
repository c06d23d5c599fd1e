/**
 * Checks of C-2, stability of the trained model: how its predictions change when the columns it reads are perturbed
 * a little, at one noise level and over a sweep (C-1.2a, C-2.2a: {@code c2.perturbation}), and how much its test
 * metric spreads when the declared {@link io.github.tenken.model.Trainer} retrains it with other seeds and without
 * each of k folds (C-2.1a: {@code c2.retraining-spread}). Perturbed inputs and folds are always new tables; the
 * datasets of the assessment are never changed.
 */
package io.github.tenken.checks.stability;
