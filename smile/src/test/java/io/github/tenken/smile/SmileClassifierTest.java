package io.github.tenken.smile;

import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.CsvTableReader;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.model.Predictions;
import org.junit.jupiter.api.Test;
import smile.classification.Classifier;
import smile.classification.DecisionTree;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.type.StructType;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Smile classifiers behind the Model interface, compared with Smile's own answers. */
class SmileClassifierTest {

    private static Table iris() throws IOException {
        try (InputStream in = SmileClassifierTest.class.getResourceAsStream("/datasets/iris.csv")) {
            return CsvTableReader.read("iris.csv", in, CsvOptions.builder().label("species").build(),
                    new Dictionaries());
        }
    }

    @Test
    void givesWhatSmileGivesForATreeTrainedOnAFrame() throws IOException {
        Table iris = iris();
        TrainingFrame data = TrainingFrame.classification(iris, "species",
                List.of("sepal_length", "sepal_width", "petal_length", "petal_width"));
        DecisionTree tree = DecisionTree.fit(data.formula(), data.frame());
        SmileClassifier model = SmileClassifier.of(tree, data.classes());

        Predictions p = model.predict(iris);
        assertThat(model.description()).isEqualTo("smile DecisionTree");
        assertThat(model.classes()).containsExactly("setosa", "versicolor", "virginica");
        DataFrame frame = data.frame();
        for (int r = 0; r < iris.rowCount(); r++) {
            double[] expected = new double[3];
            int y = tree.predict(frame.get(r), expected);
            assertThat(p.predictedClass(r)).isEqualTo(y);
            for (int k = 0; k < 3; k++) {
                assertThat(p.probability(r, k)).isEqualTo(expected[k]);
            }
        }
        assertThat(p.predictedLabel(0)).isEqualTo("setosa");
        assertThat(p.predictedLabel(149)).isEqualTo("virginica");
    }

    @Test
    void mapsAHardClassifiersLabelValuesToClassNames() {
        Classifier<Tuple> rule = new Classifier<>() {
            @Override
            public int numClasses() {
                return 2;
            }

            @Override
            public int[] classes() {
                return new int[]{7, 3};
            }

            @Override
            public int predict(Tuple x) {
                return x.getDouble("x") > 1 ? 7 : 3;
            }
        };
        Table t = Table.of("t", List.of(NumericColumn.of("x", 0.5, 2, 1, 3)));
        StructType schema = SmileFrames.schema(t, List.of("x"));
        List<String> levels = List.of("0", "1", "2", "three", "4", "5", "6", "seven");
        SmileClassifier model = SmileClassifier.of(rule, schema, levels, "threshold rule");

        Predictions p = model.predict(t);
        assertThat(model.classes()).containsExactly("three", "seven");
        assertThat(p.predictedClasses()).containsExactly(0, 1, 0, 1);
        assertThat(p.hasProbabilities()).isFalse();
        assertThatThrownBy(() -> SmileClassifier.of(rule, schema, List.of("a", "b"), "rule"))
                .hasMessage("the classifier predicts label value 3, which the label levels [a, b] do not name");
    }

    @Test
    void predictsTablesWithColumnsInAnotherOrderAndExtraColumns() throws IOException {
        Table iris = iris();
        List<String> features = List.of("petal_length", "petal_width");
        SmileClassifier model = RandomForestTrainer.train(iris, "species", features, 10, 3);
        Table reordered = Table.of("reordered", List.of(iris.column("species"), iris.column("petal_width"),
                iris.column("sepal_length"), iris.column("petal_length")));
        assertThat(model.predict(reordered).predictedClasses())
                .containsExactly(model.predict(iris).predictedClasses());
        Table lacking = Table.of("lacking", List.of(iris.column("petal_width")));
        assertThatThrownBy(() -> model.predict(lacking))
                .hasMessage("column \"petal_length\" not found in lacking; columns are [petal_width]");
    }
}
