package io.github.tenken.checks.model;

import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Models made of functions, and the row view they read. */
class FunctionModelTest {

    private final Table people = Table.of("people", List.of(
            NumericColumn.of("age", 25, Double.NaN, 70),
            CategoricalColumn.of("sex", new Dictionaries().forColumn("sex"), "Female", "Male", null)));

    @Test
    void rowViewReadsNumbersTextAndMissingValues() {
        TableRow second = TableRow.of(people, 1);
        assertThat(second.index()).isEqualTo(1);
        assertThat(second.number("age")).isNaN();
        assertThat(second.isMissing("age")).isTrue();
        assertThat(second.text("sex")).isEqualTo("Male");
        assertThat(TableRow.of(people, 0).text("age")).isEqualTo("25");
        assertThat(TableRow.of(people, 2).text("sex")).isNull();
        assertThatThrownBy(() -> second.number("sex")).hasMessage("column \"sex\" of people is categorical, not numeric");
        assertThatThrownBy(() -> TableRow.of(people, 3)).hasMessage("row 3 is outside people, which has 3 rows");
    }

    @Test
    void classifierNamesAClassPerRow() {
        FunctionModel model = FunctionModel.classifier(List.of("young", "old"),
                row -> row.number("age") >= 60 ? "old" : "young").describedAs("age rule");
        Predictions p = model.predict(people);
        assertThat(p.predictedClasses()).containsExactly(0, 0, 1);
        assertThat(p.hasProbabilities()).isFalse();
        assertThat(model.description()).isEqualTo("age rule");
        assertThat(model.kind()).isEqualTo(ModelKind.CLASSIFICATION);
    }

    @Test
    void probabilisticClassifierPredictsTheMostProbableClass() {
        FunctionModel model = FunctionModel.probabilistic(List.of("a", "b", "c"), row -> switch (row.index()) {
            case 0 -> new double[]{0.2, 0.5, 0.3};
            case 1 -> new double[]{0.4, 0.2, 0.4};
            default -> new double[]{0, 0, 1};
        });
        Predictions p = model.predict(people);
        assertThat(p.predictedClasses()).containsExactly(1, 0, 2);
        assertThat(p.probabilitiesOf(2).orElseThrow()).containsExactly(0.3, 0.4, 1.0);
    }

    @Test
    void classifierWithBothKeepsItsOwnChoiceOfClass() {
        FunctionModel model = FunctionModel.classifier(List.of("no", "yes"), row -> "yes",
                row -> new double[]{0.7, 0.3});
        Predictions p = model.predict(people);
        assertThat(p.predictedClasses()).containsExactly(1, 1, 1);
        assertThat(p.probability(0, 0)).isEqualTo(0.7);
    }

    @Test
    void regressorGivesValues() {
        FunctionModel model = FunctionModel.regressor(row -> row.isMissing("age") ? 0 : row.number("age") / 10);
        assertThat(model.predict(people).copyValues()).containsExactly(2.5, 0, 7);
        assertThat(model.kind()).isEqualTo(ModelKind.REGRESSION);
        assertThat(model.classes()).isEmpty();
        assertThat(model.description()).isEqualTo("function regressor");
    }

    @Test
    void badAnswersAreErrorsNamingTheRow() {
        assertThatThrownBy(() -> FunctionModel.classifier(List.of("a", "b"), row -> "c").predict(people))
                .hasMessage("function classifier returned \"c\", which is not one of the classes [a, b] "
                        + "for row 0 of people");
        assertThatThrownBy(() -> FunctionModel.probabilistic(List.of("a", "b"),
                row -> new double[]{0.5, row.index() == 2 ? 0.6 : 0.5}).predict(people))
                .hasMessage("function classifier returned probabilities that sum to 1.1, not 1: [0.5, 0.6] "
                        + "for row 2 of people");
        assertThatThrownBy(() -> FunctionModel.probabilistic(List.of("a", "b"),
                row -> new double[]{1.5, -0.5}).predict(people))
                .hasMessage("function classifier returned the probability 1.5, which is not between 0 and 1: "
                        + "[1.5, -0.5] for row 0 of people");
        assertThatThrownBy(() -> FunctionModel.regressor(row -> row.number("age")).predict(people))
                .hasMessage("function regressor returned NaN for row 1 of people");
        assertThatThrownBy(() -> FunctionModel.classifier(List.of("a", "a"), row -> "a"))
                .hasMessage("classes [a, a] hold a name twice");
    }
}
