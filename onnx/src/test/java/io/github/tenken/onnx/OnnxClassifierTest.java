package io.github.tenken.onnx;

import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.github.tenken.onnx.Fixtures.IRIS_FEATURES;
import static io.github.tenken.onnx.Fixtures.PENGUIN_FEATURES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** ONNX Runtime's answers against scikit-learn's own predictions and probabilities of the same rows. */
class OnnxClassifierTest {

    private static void assertSameAsSklearn(Predictions p, Table expected, List<String> probabilityColumns) {
        assertThat(p.size()).isEqualTo(expected.rowCount());
        for (int r = 0; r < p.size(); r++) {
            assertThat(p.predictedLabel(r)).as("row %d", r).isEqualTo(expected.column("predicted").text(r));
            for (int k = 0; k < probabilityColumns.size(); k++) {
                assertThat(p.probability(r, k)).as("row %d, %s", r, probabilityColumns.get(k))
                        .isCloseTo(expected.numeric(probabilityColumns.get(k)).get(r), within(1e-5));
            }
        }
    }

    @Test
    void aLogisticRegressionWithOneMatrixInputAndStringLabelsPredictsAsScikitLearn() {
        try (OnnxModel model = Fixtures.penguins()) {
            assertThat(model.kind()).isEqualTo(ModelKind.CLASSIFICATION);
            assertThat(model.classes()).containsExactly("Adelie", "Chinstrap", "Gentoo");
            assertThat(model.features()).isEqualTo(PENGUIN_FEATURES);
            assertThat(model.description()).isEqualTo(
                    "onnx penguins_logistic_regression read from src/test/resources/penguins-species.onnx");
            Predictions p = model.predict(Fixtures.csv("penguins-test.csv"));
            assertThat(p.hasProbabilities()).isTrue();
            assertSameAsSklearn(p, Fixtures.csv("penguins-species-expected.csv"),
                    List.of("p_Adelie", "p_Chinstrap", "p_Gentoo"));
        }
    }

    @Test
    void aDecisionTreeWithOneInputPerColumnAndInt64LabelsPredictsAsScikitLearn() {
        try (OnnxModel model = OnnxModel.builder(Fixtures.file("iris-tree.onnx")).build()) {
            assertThat(model.classes()).containsExactly("0", "1", "2");
            assertThat(model.features()).isEqualTo(IRIS_FEATURES);
            Table expected = Fixtures.csv("iris-tree-expected.csv");
            assertSameAsSklearn(model.predict(expected), expected, List.of("p_0", "p_1", "p_2"));
        }
    }

    @Test
    void stringDoubleAndInt64InputsAreFedOneColumnEach() {
        try (OnnxModel model = OnnxModel.builder(Fixtures.file("penguins-columns.onnx")).build()) {
            assertThat(model.features()).containsExactly("island", "bill_length_mm", "flipper_length_mm");
            assertThat(model.classes()).containsExactly("Adelie", "Chinstrap", "Gentoo");
            assertSameAsSklearn(model.predict(Fixtures.csv("penguins-test.csv")),
                    Fixtures.csv("penguins-columns-expected.csv"), List.of("p_Adelie", "p_Chinstrap", "p_Gentoo"));
        }
    }

    @Test
    void aNetworkThatNamesNoClassesTakesTheGivenOnesAndPredictsTheMostProbable() {
        Table t = Table.of("scores", List.of(NumericColumn.of("a", 1.0, -2.0, 0.5),
                NumericColumn.of("b", 0.0, 1.0, 0.5)));
        try (OnnxModel model = OnnxModel.builder(Fixtures.file("softmax-2.onnx")).inputs(List.of("a", "b"))
                .classes(List.of("no", "yes")).build()) {
            Predictions p = model.predict(t);
            assertThat(p.predictedClasses()).containsExactly(0, 1, 0);   // a tie goes to the first class
            double[] a = {1.0, -2.0, 0.5};
            double[] b = {0.0, 1.0, 0.5};
            for (int r = 0; r < 3; r++) {
                assertThat(p.probability(r, 1)).isCloseTo(1 / (1 + Math.exp(a[r] - b[r])), within(1e-7));
            }
        }
    }

    @Test
    void batchesOfAnySizeGiveTheSamePredictions() {
        Table test = Fixtures.csv("penguins-test.csv");
        try (OnnxModel whole = Fixtures.penguins();
             OnnxModel bySeven = OnnxModel.builder(Fixtures.file("penguins-species.onnx")).inputs(PENGUIN_FEATURES)
                     .batchRows(7).build()) {
            Predictions a = whole.predict(test);
            Predictions b = bySeven.predict(test);
            assertThat(b.predictedClasses()).isEqualTo(a.predictedClasses());
            for (int k = 0; k < 3; k++) {
                assertThat(b.probabilitiesOf(k).orElseThrow()).isEqualTo(a.probabilitiesOf(k).orElseThrow());
            }
        }
    }

    @Test
    void aMissingNumberIsFedAsNaN() {
        // a NaN fails every "x <= threshold" of the tree (missing values do not track true), as a huge value does
        try (OnnxModel model = OnnxModel.builder(Fixtures.file("iris-tree.onnx")).build()) {
            double[] nan = {Double.NaN, Double.NaN, Double.NaN};
            double[] huge = {1e6, 1e6, 1e6};
            Predictions withNaN = model.predict(iris(new double[] {5.1, 6.0, 7.0}, nan));
            Predictions withHuge = model.predict(iris(new double[] {5.1, 6.0, 7.0}, huge));
            assertThat(withNaN.predictedClasses()).isEqualTo(withHuge.predictedClasses());
            assertThat(withNaN.probabilitiesOf(2).orElseThrow()).isEqualTo(withHuge.probabilitiesOf(2).orElseThrow());
        }
    }

    private static Table iris(double[] sepalLength, double[] petal) {
        List<NumericColumn> columns = new ArrayList<>();
        columns.add(NumericColumn.of("sepal_length", sepalLength));
        columns.add(NumericColumn.of("sepal_width", 3.0, 3.0, 3.0));
        columns.add(NumericColumn.of("petal_length", petal));
        columns.add(NumericColumn.of("petal_width", petal));
        return Table.of("iris rows", columns);
    }
}
