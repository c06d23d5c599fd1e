package io.github.tenken.checks.model;

import io.github.tenken.data.Table;
import io.github.tenken.internal.Preconditions;
import io.github.tenken.model.Model;

import java.util.List;

/**
 * A model a {@link ModelProvider} loaded, and for a file of predictions its rows, which are the test data.
 *
 * @param model        the model
 * @param test         the test data the file holds, or {@code null} when the model predicts the plan's own test data
 * @param modelColumns columns of {@code test} that are the model's output (predictions, probabilities), not features
 */
public record LoadedModel(Model model, Table test, List<String> modelColumns) {

    public LoadedModel {
        Preconditions.notNull(model, "model");
        modelColumns = List.copyOf(modelColumns);
    }

    /** A model that predicts the plan's test data. */
    public static LoadedModel of(Model model) {
        return new LoadedModel(model, null, List.of());
    }
}
