package io.github.tenken.smile;

import io.github.tenken.data.Table;
import io.github.tenken.internal.Preconditions;
import smile.base.cart.SplitRule;
import smile.classification.RandomForest;

import java.util.List;
import java.util.stream.LongStream;

/**
 * Trains reproducible Smile random forests on a Tenken {@link Table}, for demos and for assessing a model when the
 * user brings none.
 *
 * <pre>{@code
 * SmileClassifier model = RandomForestTrainer.train(training, "income", features, 100, 42);
 * }</pre>
 *
 * <p>Tree {@code t} is grown with seed {@code seed + t} (Smile's positional {@code fit} with
 * {@code LongStream.range(seed, seed + trees)}): the same table and seed give the same forest, whatever the thread
 * scheduling; {@code MathEx.setSeed} alone would not. Seeds of 1 or below are moved above 1 (see
 * {@code treeSeeds}): Smile does not seed a tree from them. Other settings are Smile's defaults: Gini splits,
 * {@code mtry} = sqrt(features) (classification) or features / 3 (regression), depth 20, at most rows / 5 leaves,
 * 5 rows per leaf, bootstrap samples of every row. Rows whose label is missing are left out (see
 * {@link TrainingFrame}). The table is only read: Smile receives copies.
 */
public final class RandomForestTrainer {

    private static final int MAX_DEPTH = 20;
    private static final int NODE_SIZE = 5;

    private RandomForestTrainer() {
    }

    /** A classification forest of {@code trees} trees predicting the categorical {@code label}. */
    public static SmileClassifier train(Table training, String label, List<String> features, int trees, long seed) {
        Preconditions.check(trees >= 1, "a forest needs at least one tree, was %d", trees);
        TrainingFrame data = TrainingFrame.classification(training, label, features);
        int mtry = Math.max(1, (int) Math.floor(Math.sqrt(features.size())));
        RandomForest forest = RandomForest.fit(data.formula(), data.frame(), trees, mtry, SplitRule.GINI,
                MAX_DEPTH, maxNodes(data.rows()), NODE_SIZE, 1.0, null, treeSeeds(seed, trees));
        return SmileClassifier.of(forest, data.classes(), description("RandomForest", training, label,
                features, trees, seed, data.rows()));
    }

    /** A regression forest of {@code trees} trees predicting the numeric {@code label}. */
    public static SmileRegressor trainRegressor(Table training, String label, List<String> features, int trees,
                                                long seed) {
        Preconditions.check(trees >= 1, "a forest needs at least one tree, was %d", trees);
        TrainingFrame data = TrainingFrame.regression(training, label, features);
        int mtry = Math.max(1, features.size() / 3);
        smile.regression.RandomForest forest = smile.regression.RandomForest.fit(data.formula(), data.frame(),
                trees, mtry, MAX_DEPTH, maxNodes(data.rows()), NODE_SIZE, 1.0, treeSeeds(seed, trees));
        return SmileRegressor.of(forest, description("RandomForest", training, label, features, trees,
                seed, data.rows()));
    }

    /**
     * The per-tree seeds {@code seed, seed + 1, ...}. Smile seeds a tree's random generator only for a seed above 1
     * (it leaves 0, 1 and negative seeds to the thread's running generator, which is not repeatable), so a seed
     * whose range would reach one of those is first moved into {@code [2, 2^62)}; seeds above 1 are used as given.
     */
    static LongStream treeSeeds(long seed, int trees) {
        long first = seed > 1 && seed + trees > seed ? seed : Math.floorMod(seed, 1L << 62) + 2;
        return LongStream.range(first, first + trees);
    }

    private static int maxNodes(int rows) {
        return Math.max(2, rows / 5);
    }

    private static String description(String kind, Table training, String label, List<String> features, int trees,
                                      long seed, int rows) {
        return "smile " + kind + "(trees=" + trees + ", seed=" + seed + ", label=" + label + ", features="
                + features.size() + ", rows=" + rows + ", data=" + training.name() + ")";
    }
}
