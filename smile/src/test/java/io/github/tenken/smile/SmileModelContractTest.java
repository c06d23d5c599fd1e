package io.github.tenken.smile;

import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.CsvTableReader;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.checks.model.LoadedModel;
import io.github.tenken.checks.model.ModelProvider;
import io.github.tenken.checks.model.ModelProviders;
import io.github.tenken.checks.model.ModelSpec;
import io.github.tenken.data.Table;
import io.github.tenken.model.Predictions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import smile.classification.DecisionTree;
import smile.classification.RandomForest;
import smile.data.formula.Formula;
import smile.io.Write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A Smile model states the columns it reads and its class order, read from its response scale; a user's list of
 * classes in another order is an error naming both, never a silently inverted accuracy.
 */
class SmileModelContractTest {

    private static final List<String> MEASURES = List.of("sepal_length", "sepal_width", "petal_length", "petal_width");

    private static Table iris() throws IOException {
        try (InputStream in = SmileModelContractTest.class.getResourceAsStream("/datasets/iris.csv")) {
            return CsvTableReader.read("iris.csv", in, CsvOptions.builder().label("species").build(),
                    new Dictionaries());
        }
    }

    @Test
    void aForestReportsTheColumnsItReadsAndTheClassesOfItsResponseScale() throws IOException {
        Table iris = iris();
        SmileClassifier twoColumns = RandomForestTrainer.train(iris, "species", List.of("petal_width", "sepal_length"),
                20, 7);
        assertThat(twoColumns.features()).containsExactly("petal_width", "sepal_length");
        // TrainingFrame codes the classes that occur in dictionary order; the forest keeps that scale
        assertThat(SmileClassifier.learnedClasses(twoColumns.classifier())).contains(
                List.of("setosa", "versicolor", "virginica"));
    }

    @Test
    void classesInAnotherOrderThanTheModelLearnedAreAnErrorNamingBoth() throws IOException {
        TrainingFrame data = TrainingFrame.classification(iris(), "species", MEASURES);
        DecisionTree tree = DecisionTree.fit(data.formula(), data.frame());
        assertThatThrownBy(() -> SmileClassifier.of(tree, List.of("virginica", "versicolor", "setosa")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[virginica, versicolor, setosa]")
                .hasMessageContaining("[setosa, versicolor, virginica]");
        SmileClassifier fromScale = SmileClassifier.of(tree);
        assertThat(fromScale.classes()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(fromScale.features()).containsExactlyElementsOf(MEASURES);
    }

    @Test
    void aSerialisedModelIsReadWithItsOwnClassesAndRejectsAReversedList(@TempDir Path dir) throws Exception {
        Table iris = iris();
        TrainingFrame data = TrainingFrame.classification(iris, "species", MEASURES);
        RandomForest forest = RandomForest.fit(Formula.lhs("species"), data.frame());
        Path file = dir.resolve("forest.ser");
        Write.object(forest, file);
        ModelProvider smile = ModelProviders.discover().byType().get("smile");

        LoadedModel loaded = smile.load(new ModelSpec(file, "forest.ser", null, new Dictionaries(), Map.of()));
        assertThat(loaded.model().classes()).containsExactly("setosa", "versicolor", "virginica");
        Predictions p = loaded.model().predict(iris);
        for (int r = 0; r < iris.rowCount(); r += 10) {
            assertThat(p.predictedLabel(r)).isEqualTo(data.classes().get(forest.predict(data.frame().get(r))));
        }

        assertThatThrownBy(() -> smile.load(new ModelSpec(file, "forest.ser", null, new Dictionaries(),
                Map.of("classes", List.of("virginica", "versicolor", "setosa")))))
                .hasMessageContaining("[virginica, versicolor, setosa]")
                .hasMessageContaining("[setosa, versicolor, virginica]");
    }
}
