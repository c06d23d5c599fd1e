/**
 * Checks of C-2, stability of the trained model: how its predictions change when the test inputs are perturbed a
 * little (C-2.2a). Perturbed inputs are always new tables; the datasets of the assessment are never changed.
 */
package io.github.tenken.checks.stability;
