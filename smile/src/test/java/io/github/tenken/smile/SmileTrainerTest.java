package io.github.tenken.smile;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.CsvTableReader;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.checks.stability.PerturbationCheck;
import io.github.tenken.checks.stability.RetrainingSpreadCheck;
import io.github.tenken.checks.stability.TableRows;
import io.github.tenken.checks.stats.CheckHarness;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.engine.Assessment;
import io.github.tenken.model.Model;
import io.github.tenken.result.AssessmentResult;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Smile trainer behind c2.retraining-spread, and c2.perturbation of a Smile forest, on the shipped Iris data. */
class SmileTrainerTest {

    private static Table iris() throws IOException {
        try (InputStream in = SmileTrainerTest.class.getResourceAsStream("/datasets/iris.csv")) {
            return CsvTableReader.read("iris.csv", in, CsvOptions.builder().label("species").build(),
                    new Dictionaries());
        }
    }

    private static AssessmentResult assess(Table training, Table test) {
        Model forest = SmileTrainer.randomForest(20).train(training, ColumnRoles.label("species"), 42);
        Assessment.Builder b = CheckHarness.assessment(new RetrainingSpreadCheck(), new PerturbationCheck())
                .roles(ColumnRoles.label("species")).dataset(DatasetRole.TRAINING, training)
                .dataset(DatasetRole.TEST, test).model(forest).trainer(SmileTrainer.randomForest(20)).seed(3);
        AssessmentResult result = b.build().run();
        CheckHarness.assertStrictAndFused(result);
        return result;
    }

    @Test
    void retrainedForestsOnIrisAgreeClosely() throws IOException {
        Table iris = iris();
        // every third row (one in three of each species, which come in blocks of 50) is the test data
        Table training = TableRows.select(iris, IntStream.range(0, 150).filter(r -> r % 3 != 0).toArray(), "iris-train");
        Table test = TableRows.select(iris, IntStream.range(0, 150).filter(r -> r % 3 == 0).toArray(), "iris-test");

        AssessmentResult first = assess(training, test);
        CheckResult spread = first.check("c2.retraining-spread").orElseThrow();

        assertThat(spread.status()).as("%s", spread.error()).isIn(Status.PASS, Status.FAIL);
        assertThat(spread.measure("runs").orElseThrow().value()).isEqualTo(10);
        // forests on Iris get 90% and more right whatever the seed or fold; they differ on a few of 50 test rows
        List<List<Object>> accuracies = CheckHarness.rows(CheckHarness.table(spread, "runs"), "accuracy");
        assertThat(accuracies).allSatisfy(row -> assertThat((Double) row.get(0)).isGreaterThanOrEqualTo(0.9));
        double metricSpread = spread.measure("metric_spread").orElseThrow().value();
        assertThat(metricSpread).isBetween(0.0, 0.1);
        // a difference of accuracies on 50 rows is a multiple of 1/50
        assertThat(metricSpread * 50).isCloseTo(Math.rint(metricSpread * 50), org.assertj.core.api.Assertions.within(1e-9));
        CheckResult perturbation = first.check("c2.perturbation").orElseThrow();
        assertThat(perturbation.status()).isIn(Status.PASS, Status.FAIL);
        assertThat(perturbation.measure("perturbed_features").orElseThrow().value()).isEqualTo(4);
        assertThat(perturbation.measure("flip_rate").orElseThrow().interval()).isNotNull();

        // the same seed retrains the same forests
        AssessmentResult again = assess(training, test);
        assertThat(again.check("c2.retraining-spread").orElseThrow().measures()).isEqualTo(spread.measures());
        assertThat(again.check("c2.perturbation").orElseThrow().measures()).isEqualTo(perturbation.measures());
    }

    @Test
    void aNumericLabelGivesARegressorAndGivenFeaturesAreTheOnlyOnesRead() throws IOException {
        Table iris = iris();
        Model model = SmileTrainer.randomForest(5).withFeatures(List.of("petal_length"))
                .train(iris, ColumnRoles.label("petal_width").withIgnored("species"), 7);
        assertThat(model.kind()).isEqualTo(io.github.tenken.model.ModelKind.REGRESSION);
        assertThat(model.description()).contains("features=1");
        assertThat(SmileTrainer.randomForest(5).description()).isEqualTo("smile RandomForest trainer (trees=5)");
    }
}
