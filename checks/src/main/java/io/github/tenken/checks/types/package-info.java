/**
 * {@code b3.types}: what the types and values of a dataset's columns hide. Numbers with stray tokens that made a
 * column text, one category spelled several ways, identifier-like and constant columns, one-to-one redundant pairs
 * of columns and near-collinear numeric pairs, each found by mergeable analyzers in the one scan of each dataset.
 */
package io.github.tenken.checks.types;
