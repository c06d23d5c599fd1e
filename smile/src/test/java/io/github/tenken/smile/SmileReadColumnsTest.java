package io.github.tenken.smile;

import io.github.tenken.check.CheckResult;
import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.CsvTableReader;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.checks.stability.PerturbationCheck;
import io.github.tenken.checks.stats.CheckHarness;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * c2.perturbation of a real Smile forest that reads two of Iris's four measurements: only those two are perturbed
 * (the forest states its columns), and the two it never reads reach it unchanged in every perturbed table.
 */
class SmileReadColumnsTest {

    @Test
    void onlyTheColumnsAForestReadsArePerturbed() throws IOException {
        Table iris;
        try (InputStream in = SmileReadColumnsTest.class.getResourceAsStream("/datasets/iris.csv")) {
            iris = CsvTableReader.read("iris.csv", in, CsvOptions.builder().label("species").build(),
                    new Dictionaries());
        }
        Model forest = SmileTrainer.randomForest(10).withFeatures(List.of("petal_length", "petal_width"))
                .train(iris, ColumnRoles.label("species"), 5);
        assertThat(forest.features()).containsExactlyInAnyOrder("petal_length", "petal_width");
        List<Table> seen = new ArrayList<>();
        Model recording = new Model() {
            @Override
            public ModelKind kind() {
                return forest.kind();
            }

            @Override
            public List<String> classes() {
                return forest.classes();
            }

            @Override
            public List<String> features() {
                return forest.features();
            }

            @Override
            public synchronized Predictions predict(Table table) {
                seen.add(table);
                return forest.predict(table);
            }

            @Override
            public String description() {
                return forest.description();
            }
        };

        CheckResult r = CheckHarness.run(CheckHarness.assessment(new PerturbationCheck())
                .roles(ColumnRoles.label("species")).dataset(DatasetRole.TEST, iris).model(recording).seed(1)
                .parameter("c2.perturbation", "epsilon", "0.5"), "c2.perturbation");

        assertThat(r.measure("perturbed_features").orElseThrow().value()).isEqualTo(2);
        assertThat(r.measures().stream().map(m -> m.name())).contains("flip_rate.petal_length", "flip_rate.petal_width")
                .doesNotContain("flip_rate.sepal_length", "flip_rate.sepal_width");
        // 150 rows, all sampled in order: the unread columns are the test data's own in every perturbed copy
        assertThat(seen).hasSizeGreaterThan(2);
        for (Table t : seen.subList(1, seen.size())) {
            assertThat(t.numeric("sepal_length").copyValues()).isEqualTo(iris.numeric("sepal_length").copyValues());
            assertThat(t.numeric("sepal_width").copyValues()).isEqualTo(iris.numeric("sepal_width").copyValues());
        }
        assertThat(seen.get(1).numeric("petal_length").copyValues())
                .isNotEqualTo(iris.numeric("petal_length").copyValues());
    }
}
