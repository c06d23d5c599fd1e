/**
 * Models as Tenken sees them ({@link io.github.tenken.model.Model}): adapters for Smile 3.1.1 classifiers and
 * regressors with table/frame conversion that keeps category codes equal across datasets
 * ({@code io.github.tenken.smile.SmileFrames} in tenken-smile), a reproducible random-forest trainer, models made
 * of plain functions of a {@link io.github.tenken.checks.model.TableRow}, and the predictions of a model trained elsewhere
 * read from a file ({@link io.github.tenken.checks.model.PredictionsFile}).
 */
package io.github.tenken.checks.model;
