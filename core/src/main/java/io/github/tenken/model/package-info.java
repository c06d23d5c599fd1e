/** What checks may ask of a trained model: the {@link io.github.tenken.model.Model} contract and its predictions. */
package io.github.tenken.model;
