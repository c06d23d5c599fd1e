package io.github.tenken.onnx;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each way an ONNX model cannot be used is one plain sentence naming the file, the column or the classes. */
class OnnxModelErrorsTest {

    @TempDir
    Path dir;

    private static Table penguinRows(String... columns) {
        List<NumericColumn> list = java.util.Arrays.stream(columns).map(c -> NumericColumn.of(c, 40.0, 45.0))
                .toList();
        return Table.of("penguin rows", list);
    }

    @Test
    void classesInAnotherOrderThanTheModelsAreRejectedNamingBothLists() {
        assertThatThrownBy(() -> OnnxModel.builder(Fixtures.file("penguins-species.onnx"))
                .inputs(Fixtures.PENGUIN_FEATURES).classes(List.of("Gentoo", "Adelie", "Chinstrap")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("classes [Gentoo, Adelie, Chinstrap] given for src/test/resources/penguins-species.onnx "
                        + "do not match the model's classes [Adelie, Chinstrap, Gentoo] (the same names in another "
                        + "order; the model's order is that of its probabilities)");
    }

    @Test
    void otherClassesThanTheModelsAreRejected() {
        assertThatThrownBy(() -> OnnxModel.builder(Fixtures.file("iris-tree.onnx"))
                .classes(List.of("setosa", "versicolor", "virginica")).name("iris-tree.onnx").build())
                .hasMessage("classes [setosa, versicolor, virginica] given for iris-tree.onnx do not match the "
                        + "model's classes [0, 1, 2]");
    }

    @Test
    void theModelsOwnClassesMayBeRepeated() {
        try (OnnxModel model = OnnxModel.builder(Fixtures.file("iris-tree.onnx")).classes(List.of("0", "1", "2"))
                .build()) {
            assertThat(model.classes()).containsExactly("0", "1", "2");
        }
    }

    @Test
    void aColumnTheModelReadsMissingFromTheTableIsNamedWithTheTablesColumns() {
        try (OnnxModel model = Fixtures.penguins()) {
            Table t = penguinRows("bill_length_mm", "bill_depth_mm", "flipper_length_mm");
            assertThatThrownBy(() -> model.predict(t)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("src/test/resources/penguins-species.onnx reads the column body_mass_g, which "
                            + "penguin rows does not have; its columns are [bill_length_mm, bill_depth_mm, "
                            + "flipper_length_mm]");
        }
    }

    @Test
    void aCategoricalColumnFedToAFloatInputIsAnErrorNamingTheColumn() {
        try (OnnxModel model = OnnxModel.builder(Fixtures.file("iris-tree.onnx")).name("iris-tree.onnx").build()) {
            Table t = Table.of("iris rows", List.of(NumericColumn.of("sepal_length", 5.0),
                    CategoricalColumn.of("sepal_width", new CategoryDictionary(), "wide"),
                    NumericColumn.of("petal_length", 1.0), NumericColumn.of("petal_width", 0.2)));
            assertThatThrownBy(() -> model.predict(t)).hasMessage("column sepal_width is categorical, but "
                    + "iris-tree.onnx reads it as a float number; encode it in the model (e.g. a one-hot encoder on "
                    + "a string input) or give a numeric column");
        }
    }

    @Test
    void aStringOrInt64InputCannotTakeAMissingValueOrAFraction() {
        try (OnnxModel model = OnnxModel.builder(Fixtures.file("penguins-columns.onnx")).name("columns.onnx")
                .build()) {
            CategoryDictionary islands = new CategoryDictionary();
            Table missingIsland = Table.of("birds", List.of(CategoricalColumn.of("island", islands, "Dream", null),
                    NumericColumn.of("bill_length_mm", 40, 41), NumericColumn.of("flipper_length_mm", 190, 200)));
            assertThatThrownBy(() -> model.predict(missingIsland)).hasMessage("column island is missing in row 1; "
                    + "the string input of columns.onnx cannot take a missing value");
            Table fraction = Table.of("birds", List.of(CategoricalColumn.of("island", islands, "Dream", "Biscoe"),
                    NumericColumn.of("bill_length_mm", 40, 41), NumericColumn.of("flipper_length_mm", 190, 200.5)));
            assertThatThrownBy(() -> model.predict(fraction)).hasMessage("column flipper_length_mm holds 200.5 in "
                    + "row 1; the int64 input of columns.onnx takes whole numbers only");
        }
    }

    @Test
    void aNetworkThatNamesNoClassesNeedsThem() {
        assertThatThrownBy(() -> OnnxModel.builder(Fixtures.file("softmax-2.onnx")).name("softmax.onnx")
                .inputs(List.of("a", "b")).build())
                .hasMessage("softmax.onnx does not name its classes (no ZipMap or classifier node with class "
                        + "labels); give them as classes, in the order of its probability output");
    }

    @Test
    void scoresThatAreNotProbabilitiesAreAnError() {
        Table t = Table.of("scores", List.of(NumericColumn.of("a", 0.5, 3.0), NumericColumn.of("b", 0.5, -1.0)));
        try (OnnxModel model = OnnxModel.builder(Fixtures.file("logits-2.onnx")).name("logits.onnx")
                .inputs(List.of("a", "b")).classes(List.of("no", "yes")).build()) {
            assertThatThrownBy(() -> model.predict(t)).hasMessage("logits.onnx gives [3.0, -1.0] as the "
                    + "probabilities of [no, yes] for row 1 of scores, which are not probabilities (each in [0, 1], "
                    + "summing to 1): export the model with its softmax, or check the row for missing values the "
                    + "model cannot take");
        }
    }

    @Test
    void aFileThatIsNotOnnxIsOneSentenceNamingTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("model.onnx"), "this is not a model\n");
        assertThatThrownBy(() -> OnnxModel.builder(file).name("model.onnx").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("model.onnx is not an ONNX model that ONNX Runtime 1.22.0 can load: Failed to load model "
                        + "because protobuf parsing failed.")
                .hasNoCause();
    }

    @Test
    void aTruncatedModelIsRejectedNamingTheFile() throws IOException {
        byte[] model = Files.readAllBytes(Fixtures.file("penguins-species.onnx"));
        Path file = Files.write(dir.resolve("cut.onnx"), java.util.Arrays.copyOf(model, model.length / 2));
        assertThatThrownBy(() -> OnnxModel.builder(file).name("cut.onnx").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cut.onnx is not an ONNX model that ONNX Runtime 1.22.0 can load: ");
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> OnnxModel.builder(dir.resolve("none.onnx")).name("none.onnx").build())
                .hasMessage("model file none.onnx not found");
    }

    @Test
    void aMatrixInputNeedsItsColumnsNamed() {
        assertThatThrownBy(() -> OnnxModel.builder(Fixtures.file("penguins-species.onnx")).name("p.onnx").build())
                .hasMessage("p.onnx: input float_input has the shape [N, 4], a matrix of several columns; give the "
                        + "columns it reads, in order, as inputs");
        assertThatThrownBy(() -> OnnxModel.builder(Fixtures.file("penguins-species.onnx")).name("p.onnx")
                .inputs(List.of("bill_length_mm", "bill_depth_mm")).build())
                .hasMessage("p.onnx: input float_input has the shape [N, 4], which does not take the 2 columns "
                        + "[bill_length_mm, bill_depth_mm]");
    }

    @Test
    void aClosedModelSaysSo() {
        OnnxModel model = Fixtures.penguins();
        model.close();
        model.close();
        assertThatThrownBy(() -> model.predict(Fixtures.csv("penguins-test.csv")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("src/test/resources/penguins-species.onnx was closed; keep an OnnxModel open while it "
                        + "is assessed");
    }
}
