package io.github.tenken.checks.correctness;

import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.smile.RandomForestTrainer;
import io.github.tenken.samples.SampleData;
import io.github.tenken.data.Table;
import io.github.tenken.model.Model;
import io.github.tenken.model.Predictions;

import java.util.List;

/**
 * The shipped Adult data and a seeded random forest (50 trees, seed 42, every column but income and fnlwgt as
 * features), built once per test JVM and shared by the real-data tests of the model checks.
 */
public final class AdultForest {

    private static AdultForest instance;

    private final Table training;
    private final Table test;
    private final Model forest;
    private final Predictions testPredictions;

    private AdultForest() {
        Dictionaries dictionaries = new Dictionaries();
        this.training = SampleData.adultTraining(dictionaries);
        this.test = SampleData.adultTest(dictionaries);
        List<String> features = training.columnNames().stream()
                .filter(c -> !c.equals(SampleData.ADULT_LABEL) && !c.equals("fnlwgt")).toList();
        this.forest = RandomForestTrainer.train(training, SampleData.ADULT_LABEL, features, 50, 42);
        this.testPredictions = forest.predict(test);
    }

    /** The shared instance. */
    public static synchronized AdultForest get() {
        if (instance == null) {
            instance = new AdultForest();
        }
        return instance;
    }

    /** adult.data. */
    public Table training() {
        return training;
    }

    /** adult.test. */
    public Table test() {
        return test;
    }

    /** The forest (not counting calls; wrap it in a {@link CountingModel} to count). */
    public Model forest() {
        return forest;
    }

    /** The forest's predictions of adult.test, made here once for independent cross-checks. */
    public Predictions testPredictions() {
        return testPredictions;
    }
}
