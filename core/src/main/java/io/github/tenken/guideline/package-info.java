/**
 * The AIST Machine Learning Quality Management Guideline as code: external characteristics and their levels, the
 * nine internal characteristics, internal levels (1-3, S1/S2, E1/E2), the level items, the required-level table, and
 * the {@link io.github.tenken.guideline.QualityProfile} that derives what a component must show.
 */
package io.github.tenken.guideline;
