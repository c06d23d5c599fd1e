package io.github.tenken.checks.model;

import io.github.tenken.checks.io.DataFileException;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Predictions of an outside model read from tiny files whose every value is known. */
class PredictionsFileTest {

    private static final String SCORED = """
            id,label,pred,p_no,p_yes
            1,no,no,0.8,0.2
            2,yes,no,0.6,0.4
            3,yes,yes,0.1,0.9
            """;

    private static PredictionsFile read(PredictionsFile.Builder builder, String text) {
        return builder.read("tiny.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                new Dictionaries());
    }

    private static DataFileException failure(PredictionsFile.Builder builder, String text) {
        return catchThrowableOfType(DataFileException.class, () -> read(builder, text));
    }

    private static PredictionsFile.Builder scored() {
        return PredictionsFile.builder().label("label").prediction("pred").probabilityPrefix("p_");
    }

    @Test
    void classificationWithAProbabilityColumnPerClass() {
        PredictionsFile file = read(scored(), SCORED);
        Model model = file.model();
        Predictions p = model.predict(file.table());

        assertThat(model.kind()).isEqualTo(ModelKind.CLASSIFICATION);
        assertThat(model.classes()).containsExactly("no", "yes");
        assertThat(p.predictedClasses()).containsExactly(0, 0, 1);
        assertThat(p.probabilitiesOf(1).orElseThrow()).containsExactly(0.2, 0.4, 0.9);
        assertThat(file.table().columnNames()).containsExactly("id", "label", "pred", "p_no", "p_yes");
        assertThat(file.modelColumns()).containsExactly("pred", "p_no", "p_yes");
        assertThat(model.description()).isEqualTo("predictions read from tiny.csv (column \"pred\")");
    }

    @Test
    void oneProbabilityColumnForTwoClassesAndNoPredictionColumn() {
        PredictionsFile file = read(PredictionsFile.builder().label("label").probability("yes", "score")
                .description("logistic regression in R"), "label,score\nno,0.3\nyes,0.75\nno,0.5\n");
        Predictions p = file.model().predict(file.table());

        assertThat(file.model().classes()).containsExactly("no", "yes");
        assertThat(p.probabilitiesOf(0).orElseThrow()).containsExactly(0.7, 0.25, 0.5);
        assertThat(p.predictedClasses()).containsExactly(0, 1, 0);
        assertThat(file.model().description()).isEqualTo("logistic regression in R");
    }

    @Test
    void regressionWhenThePredictionIsNumeric() {
        PredictionsFile file = read(PredictionsFile.builder().label("y").prediction("yhat"), "y,yhat\n1.5,1.4\n2,2.5\n");
        assertThat(file.model().kind()).isEqualTo(ModelKind.REGRESSION);
        assertThat(file.model().predict(file.table()).copyValues()).containsExactly(1.4, 2.5);
    }

    @Test
    void aCategoricalLabelMakesAClassifierAndNumberCodedPredictionsAreNamedAsSuch() {
        String text = "label,pred\nyes,1\nno,0\n";
        assertThat(failure(PredictionsFile.builder().label("label").prediction("pred"), text))
                .hasMessage("tiny.csv, line 2, column \"pred\": \"1\" is not a known class; classes are "
                        + "[yes, no]; the prediction column holds numbers but the label \"label\" holds class names: "
                        + "write the predicted class names");
        assertThat(failure(PredictionsFile.builder().label("label").prediction("pred")
                .kind(ModelKind.CLASSIFICATION), text))
                .hasMessage("tiny.csv, column \"pred\": holds [1, 0], none of which is a class of the label "
                        + "\"label\" [yes, no]; write the predicted class names, or declare the classes");
        PredictionsFile named = read(PredictionsFile.builder().label("label").prediction("pred"),
                "label,pred\nyes,yes\nno,yes\n");
        assertThat(named.model().kind()).isEqualTo(ModelKind.CLASSIFICATION);
        PredictionsFile file = read(PredictionsFile.builder().prediction("pred").kind(ModelKind.CLASSIFICATION),
                "label,pred\n1,1\n0,0\n1,0\n");
        assertThat(file.model().classes()).containsExactly("1", "0");
        assertThat(file.model().predict(file.table()).predictedClasses()).containsExactly(0, 1, 1);
    }

    @Test
    void probabilityColumnsMakeAClassifierOfANumberCodedLabel() {
        PredictionsFile file = read(PredictionsFile.builder().label("survived").prediction("pred")
                .probabilityPrefix("p_"), "survived,pred,p_0,p_1\n1,1,0.2,0.8\n0,1,0.4,0.6\n0,0,0.9,0.1\n");
        assertThat(file.model().kind()).isEqualTo(ModelKind.CLASSIFICATION);
        assertThat(file.model().classes()).containsExactlyInAnyOrder("0", "1");
        Predictions p = file.model().predict(file.table());
        int one = file.model().classes().indexOf("1");
        assertThat(p.probabilitiesOf(one).orElseThrow()).containsExactly(0.8, 0.6, 0.1);
        assertThat(p.predictedLabel(2)).isEqualTo("0");
    }

    @Test
    void badValuesNameFileLineColumnAndValue() {
        assertThat(failure(scored(), SCORED.replace("0.6,0.4", "-0.3,1.3")))
                .hasMessage("tiny.csv, line 3, column \"p_no\": \"-0.3\" is not a probability (it must be between 0 and 1)");
        assertThat(failure(scored(), SCORED.replace("0.6,0.4", "0.6,high")))
                .hasMessage("tiny.csv, line 3, column \"p_yes\": \"high\" is not a probability "
                        + "(it must be a number between 0 and 1)");
        assertThat(failure(scored(), SCORED.replace("0.6,0.4", "0.6,0.3")))
                .hasMessage("tiny.csv, line 3: the probabilities in columns [p_no, p_yes] sum to 0.9, not 1 "
                        + "(tolerance 0.01)");
        assertThat(failure(scored(), SCORED.replace("3,yes,yes", "3,yes,maybe")))
                .hasMessage("tiny.csv, line 4, column \"pred\": \"maybe\" is not a known class; classes are [no, yes]");
        DataFileException missing = failure(scored(), SCORED.replace("1,no,no", "1,no,"));
        assertThat(missing).hasMessage("tiny.csv, line 2, column \"pred\": the prediction is missing");
        assertThat(missing.line()).isEqualTo(2);
        assertThat(failure(PredictionsFile.builder().prediction("predicted"), SCORED))
                .hasMessage("tiny.csv, column \"predicted\": is the prediction column but is not in the file; "
                        + "columns are [id, label, pred, p_no, p_yes]");
        assertThat(failure(PredictionsFile.builder().prediction("pred").probability("no", "p_no").classes("no",
                "yes", "maybe"), SCORED)).hasMessage("tiny.csv: the probability columns cover the classes [no] but "
                + "not [yes, maybe]; give a probability column for every class, or for all but one");
        assertThat(failure(PredictionsFile.builder().prediction("pred").probabilityPrefix("prob_"), SCORED))
                .hasMessage("tiny.csv: no column name starts with the probability prefix \"prob_\"; "
                        + "columns are [id, label, pred, p_no, p_yes]");
    }

    @Test
    void theModelPredictsOnlyTheFilesRows() {
        PredictionsFile file = read(scored(), SCORED);
        Table shorter = Table.of("other", List.of(NumericColumn.of("id", 1, 2)));
        assertThatThrownBy(() -> file.model().predict(shorter)).hasMessage("the predictions file tiny.csv holds 3 "
                + "predictions, but table \"other\" has 2 rows; it can only predict the rows it was read with");
        Table perturbed = Table.of("perturbed", List.of(NumericColumn.of("id", 1, 5, 3)));
        assertThatThrownBy(() -> file.model().predict(perturbed)).hasMessage("the predictions file tiny.csv can "
                + "only predict the rows it was read with, but table \"perturbed\" differs in column \"id\" at row 1: "
                + "\"5\" where line 3 of the file has another value");
        // the file's "id" is a column of distinct numbers named as an identifier: kept as hashes, compared by text
        assertThat(file.table().schema().type("id")).isEqualTo(io.github.tenken.data.ColumnType.IDENTIFIER);
        Table separateFeatures = Table.of("features", List.of(NumericColumn.of("age", 30, 40, 50)));
        assertThat(file.model().predict(separateFeatures).predictedClasses()).containsExactly(0, 0, 1);
        assertThat(file.model().predict(file.table().named("renamed")).predictedClasses()).containsExactly(0, 0, 1);
    }

    @Test
    void layoutMistakesAreCaughtBeforeReading() {
        assertThatThrownBy(() -> read(PredictionsFile.builder().label("label"), SCORED))
                .hasMessage("a predictions file needs a prediction column or probability columns");
        assertThatThrownBy(() -> read(PredictionsFile.builder().probability("yes", "p_yes").probabilityPrefix("p_"),
                SCORED)).hasMessage("give probability columns either one by one or by a prefix, not both");
    }
}
