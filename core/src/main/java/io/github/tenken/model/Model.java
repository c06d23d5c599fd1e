package io.github.tenken.model;

import io.github.tenken.data.Table;

import java.util.List;

/**
 * What a check may ask of a trained model: predictions for a table, its classes (or that it is a regressor), and a
 * description for provenance. Adapters for Smile models, plain functions and prediction files live in
 * {@code tenken-checks}.
 */
public interface Model {

    /** Classification or regression. */
    ModelKind kind();

    /** The class names in index order; empty for a regressor. */
    List<String> classes();

    /**
     * The columns the model reads, in the order it reads them; empty when the model does not say (then every feature
     * column of the data is taken as read). Checks that change inputs, such as perturbation, touch only these.
     */
    default List<String> features() {
        return List.of();
    }

    /** Predicts every row of the table; must not modify it. */
    Predictions predict(Table table);

    /** A one-line description for provenance, e.g. {@code smile RandomForest, 100 trees, seed 42}. */
    String description();

    /**
     * The file the model (or its predictions) was read from, whose bytes identify it in the result's provenance;
     * empty when there is none. A {@link SerializableModel} is identified by its bytes instead.
     */
    default java.util.Optional<java.nio.file.Path> sourceFile() {
        return java.util.Optional.empty();
    }

    /**
     * Whether the model can predict rows it has not seen, such as perturbed copies of the test data. A model read from
     * a predictions file cannot: checks that need new predictions are then not applicable.
     */
    default boolean predictsNewRows() {
        return true;
    }
}
