package io.github.tenken.smile;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.CsvTableReader;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.checks.software.InvalidInputCheck;
import io.github.tenken.checks.software.RoundTripCheck;
import io.github.tenken.checks.stats.CheckHarness;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.model.Model;
import io.github.tenken.model.Predictions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.measure;
import static org.assertj.core.api.Assertions.assertThat;

/** d1.round-trip on real Smile forests: stored and read back, they predict exactly as before. */
class SmileRoundTripTest {

    private static Table read(String resource, CsvOptions options) throws IOException {
        try (InputStream in = SmileRoundTripTest.class.getResourceAsStream(resource)) {
            return CsvTableReader.read(resource.substring(resource.lastIndexOf('/') + 1), in, options,
                    new Dictionaries());
        }
    }

    @Test
    void aForestOfIrisReadBackPredictsEveryRowBitForBit() throws IOException {
        Table iris = read("/datasets/iris.csv", CsvOptions.builder().label("species").build());
        SmileClassifier forest = RandomForestTrainer.train(iris, "species",
                List.of("sepal_length", "sepal_width", "petal_length", "petal_width"), 20, 42);

        Model loaded = forest.fromBytes(forest.toBytes());
        assertThat(loaded).isInstanceOf(SmileClassifier.class).isNotSameAs(forest);
        assertThat(loaded.classes()).isEqualTo(forest.classes());
        assertThat(loaded.description()).isEqualTo(forest.description());
        assertThat(((SmileClassifier) loaded).classifier()).isNotSameAs(forest.classifier());

        CheckResult r = CheckHarness.run(CheckHarness.assessment(new RoundTripCheck(), new InvalidInputCheck())
                .roles(ColumnRoles.label("species")).model(forest).dataset(DatasetRole.TEST, iris), "d1.round-trip");
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(measure(r, "mismatched_predictions")).isZero();
        assertThat(measure(r, "rows")).isEqualTo(150);
        assertThat(measure(r, "serialised_bytes")).isGreaterThan(1_000);
    }

    @Test
    void twoForestsTrainedAlikeStoreTheSameBytesWhatEverTheirFitTimes() throws IOException {
        // Smile keeps the fit time inside the model; stored bytes (and the model's identity hash) leave it out
        Table iris = read("/datasets/iris.csv", CsvOptions.builder().label("species").build());
        List<String> features = List.of("sepal_length", "sepal_width", "petal_length", "petal_width");
        SmileClassifier first = RandomForestTrainer.train(iris, "species", features, 20, 42);
        SmileClassifier second = RandomForestTrainer.train(iris, "species", features, 20, 42);
        assertThat(((smile.classification.RandomForest) first.classifier()).metrics().fitTime).isPositive();
        assertThat(second.toBytes()).isEqualTo(first.toBytes());
        assertThat(RandomForestTrainer.train(iris, "species", features, 20, 43).toBytes())
                .isNotEqualTo(first.toBytes());
        Table diabetes = read("/datasets/diabetes.csv.gz", CsvOptions.defaults());
        List<String> x = List.of("age", "sex", "bmi", "bp", "s1", "s5");
        assertThat(RandomForestTrainer.trainRegressor(diabetes, "target", x, 10, 42).toBytes())
                .isEqualTo(RandomForestTrainer.trainRegressor(diabetes, "target", x, 10, 42).toBytes());
        // the forest's own out-of-bag metrics, which Smile counts from racing threads, are not stored; its trees'
        // metrics are, without their timings
        SmileClassifier loaded = (SmileClassifier) first.fromBytes(first.toBytes());
        smile.classification.RandomForest original = (smile.classification.RandomForest) first.classifier();
        smile.classification.RandomForest readBack = (smile.classification.RandomForest) loaded.classifier();
        assertThat(original.metrics().accuracy).isGreaterThan(0.8);
        assertThat(readBack.metrics().accuracy).isNaN();
        assertThat(readBack.metrics().size).isEqualTo(original.metrics().size);
        assertThat(readBack.models()[3].metrics.accuracy).isEqualTo(original.models()[3].metrics.accuracy);
        assertThat(readBack.models()[3].metrics.fitTime).isZero();
    }

    @Test
    void aRegressionForestReadBackPredictsEveryRowBitForBit() throws IOException {
        Table diabetes = read("/datasets/diabetes.csv.gz", CsvOptions.defaults());
        SmileRegressor forest = RandomForestTrainer.trainRegressor(diabetes, "target",
                List.of("age", "sex", "bmi", "bp", "s1", "s5"), 10, 42);
        Predictions before = forest.predict(diabetes);
        Predictions after = forest.fromBytes(forest.toBytes()).predict(diabetes);
        for (int i = 0; i < diabetes.rowCount(); i++) {
            assertThat(Double.doubleToRawLongBits(after.value(i))).isEqualTo(Double.doubleToRawLongBits(before.value(i)));
        }
        CheckResult r = CheckHarness.run(CheckHarness.assessment(new RoundTripCheck())
                .roles(ColumnRoles.label("target")).model(forest).dataset(DatasetRole.TEST, diabetes), "d1.round-trip");
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(measure(r, "rows")).isEqualTo(442);
    }

    @Test
    void hostileInputsToAForestAreRecordedNotErrors() throws IOException {
        Table iris = read("/datasets/iris.csv", CsvOptions.builder().label("species").build());
        SmileClassifier forest = RandomForestTrainer.train(iris, "species",
                List.of("sepal_length", "sepal_width", "petal_length", "petal_width"), 20, 42);
        CheckResult r = CheckHarness.run(CheckHarness.assessment(new InvalidInputCheck())
                .roles(ColumnRoles.label("species")).model(forest).dataset(DatasetRole.TEST, iris), "d1.invalid-input");
        assertThat(r.status()).isIn(Status.PASS, Status.FAIL);
        assertThat(measure(r, "probes")).isEqualTo(4 * 5);
    }
}
