package io.github.tenken.samples;

import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.smile.RandomForestTrainer;
import io.github.tenken.smile.SmileClassifier;
import io.github.tenken.smile.SmileRegressor;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reproducible forests: on tiny fixtures with known answers and on the Adult data. */
class RandomForestTrainerTest {

    private static final List<String> ADULT_FEATURES = SampleData.ADULT_COLUMNS.stream()
            .filter(c -> !c.equals(SampleData.ADULT_LABEL) && !c.equals("fnlwgt")).toList();

    private static Table training;
    private static Table test;
    private static SmileClassifier first;

    @BeforeAll
    static void trainOnAdult() {
        Dictionaries dictionaries = new Dictionaries();
        training = SampleData.adultTraining(dictionaries);
        test = SampleData.adultTest(dictionaries);
        first = RandomForestTrainer.train(training, SampleData.ADULT_LABEL, ADULT_FEATURES, 20, 42);
    }

    @Test
    void sameSeedGivesIdenticalPredictionsOnAdultTest() {
        SmileClassifier second = RandomForestTrainer.train(training, SampleData.ADULT_LABEL, ADULT_FEATURES, 20, 42);
        Predictions a = first.predict(test);
        Predictions b = second.predict(test);
        assertThat(a.predictedClasses()).containsExactly(b.predictedClasses());
        assertThat(a.probabilitiesOf(1).orElseThrow()).containsExactly(b.probabilitiesOf(1).orElseThrow());
        assertThat(first.classes()).containsExactly("<=50K", ">50K");
        assertThat(first.description()).isEqualTo("smile RandomForest(trees=20, seed=42, label=income, features=13, "
                + "rows=32561, data=adult.data)");
    }

    @Test
    void anotherSeedGivesAnotherForest() {
        SmileClassifier other = RandomForestTrainer.train(training, SampleData.ADULT_LABEL, ADULT_FEATURES, 20, 43);
        assertThat(other.predict(test).probabilitiesOf(1).orElseThrow())
                .isNotEqualTo(first.predict(test).probabilitiesOf(1).orElseThrow());
    }

    @Test
    void adultAccuracyIsThatOfAForest() {
        Predictions p = first.predict(test);
        CategoricalColumn truth = test.categorical(SampleData.ADULT_LABEL);
        int correct = 0;
        for (int r = 0; r < test.rowCount(); r++) {
            if (p.predictedLabel(r).equals(truth.text(r))) {
                correct++;
            }
        }
        // the best published results on Adult are about 0.86-0.87; the majority class alone gives 0.764
        assertThat(correct / (double) test.rowCount()).isBetween(0.83, 0.88);
        assertThat(p.size()).isEqualTo(16_281);
        for (int r = 0; r < 100; r++) {
            assertThat(p.probability(r, 0) + p.probability(r, 1)).isCloseTo(1.0,
                    org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void trainingLeavesTheTableAsItWas() {
        Table fresh = SampleData.adultTraining(new Dictionaries());
        RandomForestTrainer.train(training, SampleData.ADULT_LABEL, ADULT_FEATURES, 2, 7);
        first.predict(training);
        assertThat(training.columnNames()).isEqualTo(fresh.columnNames());
        for (Column c : training.columns()) {
            Column f = fresh.column(c.name());
            for (int r = 0; r < training.rowCount(); r++) {
                assertThat(c.text(r)).as(c.name() + " row " + r).isEqualTo(f.text(r));
            }
        }
    }

    @Test
    void learnsASimpleThresholdAndLeavesOutRowsWithoutLabel() {
        Dictionaries dictionaries = new Dictionaries();
        NumericColumn.Builder x = NumericColumn.builder("x", 60);
        CategoricalColumn.Builder y = CategoricalColumn.builder("y", dictionaries.forColumn("y"), 60);
        for (int i = 0; i < 60; i++) {
            x.add(i);
            y.add(i % 10 == 9 ? null : i < 30 ? "low" : "high");
        }
        Table t = Table.of("threshold", List.of(x.build(), y.build()));
        SmileClassifier model = RandomForestTrainer.train(t, "y", List.of("x"), 15, 1);
        Table probe = Table.of("probe", List.of(NumericColumn.of("x", 0, 5, 55, 59)));
        Predictions p = model.predict(probe);
        assertThat(model.classes()).containsExactly("low", "high");
        assertThat(labels(p)).containsExactly("low", "low", "high", "high");
        assertThat(model.kind()).isEqualTo(ModelKind.CLASSIFICATION);
        assertThat(model.description()).endsWith("rows=54, data=threshold)");
    }

    @Test
    void regressorIsReproducibleAndBeatsTheMeanOnDiabetes() throws Exception {
        Table diabetes;
        try (var in = getClass().getResourceAsStream("/datasets/diabetes.csv.gz")) {
            diabetes = io.github.tenken.checks.io.CsvTableReader.read("diabetes.csv.gz", in,
                    io.github.tenken.checks.io.CsvOptions.defaults(), new Dictionaries());
        }
        List<String> features = diabetes.columnNames().stream().filter(c -> !c.equals("target")).toList();
        SmileRegressor a = RandomForestTrainer.trainRegressor(diabetes, "target", features, 30, 5);
        SmileRegressor b = RandomForestTrainer.trainRegressor(diabetes, "target", features, 30, 5);
        double[] pa = a.predict(diabetes).copyValues();
        assertThat(pa).containsExactly(b.predict(diabetes).copyValues());
        double[] y = diabetes.numeric("target").copyValues();
        double mean = java.util.Arrays.stream(y).average().orElseThrow();
        double sse = 0;
        double sst = 0;
        for (int i = 0; i < y.length; i++) {
            sse += (y[i] - pa[i]) * (y[i] - pa[i]);
            sst += (y[i] - mean) * (y[i] - mean);
        }
        assertThat(sse).isLessThan(sst / 2);
        assertThat(a.kind()).isEqualTo(ModelKind.REGRESSION);
        assertThat(a.classes()).isEmpty();
    }

    @Test
    void refusesANumericLabelForAClassifier() {
        Table t = Table.of("t", List.of(NumericColumn.of("x", 1, 2), NumericColumn.of("y", 0, 1)));
        assertThatThrownBy(() -> RandomForestTrainer.train(t, "y", List.of("x"), 5, 1))
                .hasMessage("label \"y\" of t is numeric; declare it categorical to train a classifier, "
                        + "or use trainRegressor");
        assertThatThrownBy(() -> RandomForestTrainer.train(t, "y", List.of("x", "y"), 5, 1))
                .hasMessage("the label \"y\" is also listed as a feature");
    }

    static List<String> labels(Predictions p) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < p.size(); r++) {
            out.add(p.predictedLabel(r));
        }
        return out;
    }
}
