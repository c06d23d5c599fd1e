package io.github.tenken.smile;

import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Table;
import io.github.tenken.internal.Preconditions;
import io.github.tenken.model.Model;
import io.github.tenken.model.Trainer;

import java.util.List;

/**
 * A {@link Trainer} of seeded Smile random forests ({@link RandomForestTrainer}): a classifier for a categorical
 * label, a regressor for a numeric one, on the given features or, when none are given, on every feature column of the
 * training table (not the label, not the ignored columns, not identifiers). The same table and seed give the same
 * forest; seeds of 1 or below are moved above 1 ({@code RandomForestTrainer.treeSeeds}), so seeds 0 and 1 do not
 * give two forests grown from Smile's unseeded generators.
 *
 * <pre>{@code
 * Assessment.builder().model(forest).trainer(SmileTrainer.randomForest(100)) ...
 * }</pre>
 */
public final class SmileTrainer implements Trainer {

    private final int trees;
    private final List<String> features;

    private SmileTrainer(int trees, List<String> features) {
        Preconditions.check(trees >= 1, "a forest needs at least one tree, was %d", trees);
        this.trees = trees;
        this.features = List.copyOf(features);
    }

    /** Forests of {@code trees} trees on every feature column. */
    public static SmileTrainer randomForest(int trees) {
        return new SmileTrainer(trees, List.of());
    }

    /** The same trainer on these features only. */
    public SmileTrainer withFeatures(List<String> columns) {
        Preconditions.notEmpty(columns, "features");
        return new SmileTrainer(trees, columns);
    }

    @Override
    public Model train(Table training, ColumnRoles roles, long seed) {
        String label = roles.labelColumn().orElseThrow(() -> new IllegalArgumentException(
                "a Smile forest needs a label column; the roles declare none"));
        List<String> columns = features.isEmpty() ? roles.features(training).stream()
                .filter(c -> training.schema().type(c) != ColumnType.IDENTIFIER).toList() : features;
        return training.schema().type(label) == ColumnType.CATEGORICAL
                ? RandomForestTrainer.train(training, label, columns, trees, seed)
                : RandomForestTrainer.trainRegressor(training, label, columns, trees, seed);
    }

    @Override
    public String description() {
        return "smile RandomForest trainer (trees=" + trees + (features.isEmpty() ? "" : ", features=" + features)
                + ")";
    }
}
