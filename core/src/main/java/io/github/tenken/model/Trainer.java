package io.github.tenken.model;

import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.Table;

/**
 * Trains a model the way the team trains the one under assessment, so that checks can retrain it: on folds of the
 * training data and with other seeds (guideline C-2.1a, the spread of a metric across folds and seeds). A trainer
 * must not modify the table, and the same table, roles and seed must give the same model.
 *
 * <pre>{@code
 * Trainer mine = (training, roles, seed) -> MyPipeline.fit(training, roles.label(), seed);
 * Assessment.builder().trainer(mine) ...
 * }</pre>
 *
 * <p>A lambda is enough; {@link #description()} names the trainer in results. The Smile module ships one for its
 * random forests.
 */
@FunctionalInterface
public interface Trainer {

    /**
     * A model trained on {@code training}, whose label and left-out columns {@code roles} name, seeded with
     * {@code seed}.
     */
    Model train(Table training, ColumnRoles roles, long seed);

    /** A one-line description for provenance, e.g. {@code smile RandomForest trainer, 100 trees}. */
    default String description() {
        return "trainer";
    }
}
