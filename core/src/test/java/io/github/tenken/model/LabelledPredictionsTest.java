package io.github.tenken.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Predictions beside their labels: probabilities kept class by class, labels matched to the model's classes by value
 * (not by dictionary code), rows with a missing label left out and counted, labels the model never saw refused.
 */
class LabelledPredictionsTest {

    private static final List<String> CLASSES = List.of("cat", "dog", "fox");

    @Test
    void probabilitiesAreReadByRowAndClass() {
        double[][] byRow = {{0.7, 0.2, 0.1}, {0.1, 0.8, 0.1}, {0.3, 0.3, 0.4}};
        Predictions p = Predictions.classification(CLASSES, new int[]{0, 1, 2}, byRow);
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) {
                assertThat(p.probability(i, k)).as("row %d class %d", i, k).isEqualTo(byRow[i][k]);
            }
        }
        assertThat(p.probabilitiesOf(1)).hasValueSatisfying(v -> assertThat(v).containsExactly(0.2, 0.8, 0.3));
        byRow[0][0] = 0;                           // the caller's array was copied
        assertThat(p.probability(0, 0)).isEqualTo(0.7);
        Predictions same = Predictions.classificationByClass(CLASSES, new int[]{0, 1, 2},
                new double[][]{{0.7, 0.1, 0.3}, {0.2, 0.8, 0.3}, {0.1, 0.1, 0.4}});
        assertThat(same.probability(2, 2)).isEqualTo(0.4);
        assertThat(same.predictedLabel(1)).isEqualTo("dog");
        assertThatThrownBy(() -> Predictions.classification(CLASSES, new int[]{3}, null))
                .hasMessage("prediction 0 is class index 3; classes are [cat, dog, fox]");
        assertThatThrownBy(() -> Predictions.classification(CLASSES, new int[]{0}, null).probability(0, 0))
                .hasMessage("the model gives no class probabilities");
    }

    @Test
    void labelsAreMatchedToTheModelsClassesByValue() {
        // the dictionary codes dog, fox, cat as 0, 1, 2: the classes are cat, dog, fox
        CategoryDictionary d = CategoryDictionary.of("dog", "fox", "cat");
        Table t = Table.of("t", List.of(CategoricalColumn.of("animal", d, "cat", null, "fox", "dog", "cat")));
        Predictions p = Predictions.classification(CLASSES, new int[]{0, 1, 1, 1, 2},
                new double[][]{{0.6, 0.3, 0.1}, {0.2, 0.7, 0.1}, {0.1, 0.5, 0.4}, {0.3, 0.6, 0.1}, {0.2, 0.2, 0.6}});
        LabelledPredictions l = LabelledPredictions.of(t, "animal", p);
        assertThat(l.size()).isEqualTo(4);
        assertThat(l.missing()).isEqualTo(1);
        assertThat(l.rows()).containsExactly(0, 2, 3, 4);
        assertThat(l.truth()).containsExactly(0, 2, 1, 0);
        assertThat(l.predicted()).containsExactly(0, 1, 1, 2);
        assertThat(l.probabilitiesOf(2)).containsExactly(0.1, 0.4, 0.1, 0.6);
        assertThat(l.probability(1, 1)).isEqualTo(0.5);
        assertThat(l.counts()).containsExactly(2, 1, 1);
        // the minority class, first in class order on a tie
        assertThat(l.positiveClass("")).isEqualTo(1);
        assertThat(l.positiveClass(" fox ")).isEqualTo(2);
        assertThatThrownBy(() -> l.positiveClass("cow"))
                .hasMessage("positiveClass \"cow\" is not a class of the model; its classes are [cat, dog, fox]");
    }

    @Test
    void aLabelTheModelNeverSawIsAnError() {
        CategoryDictionary d = new CategoryDictionary();
        Table t = Table.of("zoo", List.of(CategoricalColumn.of("animal", d, "cat", "owl", "owl", "emu")));
        Predictions p = Predictions.classification(CLASSES, new int[4], null);
        assertThatThrownBy(() -> LabelledPredictions.of(t, "animal", p)).hasMessage(
                "label column \"animal\" of zoo holds values the model never saw: \"emu\" (1 row), \"owl\" (2 rows); "
                        + "the model's classes are [cat, dog, fox]");
    }

    @Test
    void aRegressorIsMatchedWithANumericLabel() {
        Table t = Table.of("t", List.of(NumericColumn.of("y", 1.5, Double.NaN, 3)));
        LabelledPredictions l = LabelledPredictions.of(t, "y", Predictions.regression(new double[]{1, 9, 2}));
        assertThat(l.actual()).containsExactly(1.5, 3);
        assertThat(l.predictedValues()).containsExactly(1, 2);
        assertThat(l.missing()).isEqualTo(1);
        assertThatThrownBy(() -> LabelledPredictions.of(t, "y", Predictions.regression(new double[]{1, 2, Double.NaN})))
                .hasMessage("the model predicted NaN for row 2 of t; predictions must be finite numbers");
    }
}
