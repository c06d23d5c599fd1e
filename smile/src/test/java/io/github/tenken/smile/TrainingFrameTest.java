package io.github.tenken.smile;

import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;
import smile.data.DataFrame;
import smile.data.measure.NominalScale;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Training frames: labelled rows only, classes that occur only. */
class TrainingFrameTest {

    private final Dictionaries dictionaries = new Dictionaries();

    @Test
    void classificationKeepsLabelledRowsAndCodesOnlyThePresentClasses() {
        dictionaries.forColumn("y").codeOf("never");   // a class known to the assessment but absent here
        Table t = Table.of("t", List.of(
                NumericColumn.of("x", 1, 2, 3, 4),
                CategoricalColumn.of("c", dictionaries.forColumn("c"), "p", null, "q", "p"),
                CategoricalColumn.of("y", dictionaries.forColumn("y"), "yes", null, "no", "yes")));
        TrainingFrame data = TrainingFrame.classification(t, "y", List.of("x", "c"));
        DataFrame f = data.frame();

        assertThat(data.classes()).containsExactly("yes", "no");
        assertThat(data.rows()).isEqualTo(3);
        assertThat(f.names()).containsExactly("x", "c", "y");
        assertThat(f.doubleVector("x").array()).containsExactly(1, 3, 4);
        assertThat(f.intVector("c").array()).containsExactly(0, 1, 0);
        assertThat(f.intVector("y").array()).containsExactly(0, 1, 0);
        assertThat(((NominalScale) f.schema().field("y").measure).levels()).containsExactly("yes", "no");
        assertThat(data.formula().toString()).isEqualTo("y ~ .");
    }

    @Test
    void regressionKeepsLabelledRows() {
        Table t = Table.of("t", List.of(NumericColumn.of("x", 1, 2, 3), NumericColumn.of("y", 10, Double.NaN, 30)));
        TrainingFrame data = TrainingFrame.regression(t, "y", List.of("x"));
        assertThat(data.frame().doubleVector("y").array()).containsExactly(10, 30);
        assertThat(data.classes()).isEmpty();
    }

    @Test
    void refusesASingleClassAndAWrongLabelType() {
        Table t = Table.of("t", List.of(NumericColumn.of("x", 1, 2),
                CategoricalColumn.of("y", dictionaries.forColumn("y"), "a", "a")));
        assertThatThrownBy(() -> TrainingFrame.classification(t, "y", List.of("x")))
                .hasMessage("label \"y\" of t has 1 class(es) [a]; a classifier needs two");
        assertThatThrownBy(() -> TrainingFrame.regression(t, "y", List.of("x")))
                .hasMessage("label \"y\" of t is categorical; a regressor needs a numeric label");
    }
}
