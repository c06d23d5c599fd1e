package io.github.tenken.checks.integrity;

import io.github.tenken.check.CheckInputs;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Schema;
import io.github.tenken.stats.RowGroups;

import java.util.List;

/**
 * What makes two rows "the same row": their features (every column but the label, the ignored ones and identifier
 * columns, whose values differ on every row by nature and would hide every duplicate) and their label; and the proof
 * that two datasets can be compared row by row on them (same columns, same types). Values are compared by value, so
 * the datasets' category dictionaries need not be shared.
 */
final class RowIdentity {

    private RowIdentity() {
    }

    /** The row groups of the training data's identity, shared by the duplicate and the label-conflict checks. */
    static RowGroups groups(CheckInputs ctx) {
        Schema training = ctx.requireSchema(DatasetRole.TRAINING);
        String label = ctx.roles().label();
        List<String> features = features(ctx);
        if (features.isEmpty()) {
            if (label == null) {
                throw new IllegalArgumentException("no column of " + ctx.datasetName(DatasetRole.TRAINING)
                        + " can tell its rows apart: every column is an identifier or ignored, and no label is "
                        + "declared; its columns are " + training.names());
            }
            return new RowGroups(List.of(label), null);
        }
        return new RowGroups(features, label);
    }

    /** The feature columns that make up a row's identity. */
    static List<String> features(CheckInputs ctx) {
        Schema training = ctx.requireSchema(DatasetRole.TRAINING);
        return ctx.roles().features(training).stream()
                .filter(c -> training.type(c) != ColumnType.IDENTIFIER).toList();
    }

    /** The identifier columns left out of a row's identity. */
    static List<String> identifiers(CheckInputs ctx) {
        Schema training = ctx.requireSchema(DatasetRole.TRAINING);
        return ctx.roles().features(training).stream()
                .filter(c -> training.type(c) == ColumnType.IDENTIFIER).toList();
    }

    /** Fails with a message naming the column and both datasets unless {@code other} holds the columns with their types. */
    static void requireColumns(CheckInputs ctx, DatasetRole other, List<String> columns) {
        Schema mine = ctx.requireSchema(DatasetRole.TRAINING);
        Schema theirs = ctx.requireSchema(other);
        for (String name : columns) {
            if (name == null) {
                continue;
            }
            if (!theirs.has(name)) {
                throw new IllegalArgumentException("column \"" + name + "\" of " + ctx.datasetName(DatasetRole.TRAINING)
                        + " not found in " + ctx.datasetName(other) + "; its columns are " + theirs.names());
            }
            if (mine.type(name) != theirs.type(name)) {
                throw new IllegalArgumentException("column \"" + name + "\" is " + mine.type(name).key() + " in "
                        + ctx.datasetName(DatasetRole.TRAINING) + " but " + theirs.type(name).key() + " in "
                        + ctx.datasetName(other));
            }
        }
    }
}
