/**
 * Distribution drift between the training data and the data a model meets later (test data, informational: a
 * test set that resembles the training set is no evidence for B-2.E2; operation data for E-1.2a): a two-sample Kolmogorov-Smirnov test per numeric column, a chi-square test of
 * homogeneity per categorical column and the label, Benjamini-Hochberg adjustment across columns, a materiality
 * threshold on the effect size, and categories never seen in training.
 */
package io.github.tenken.checks.drift;
