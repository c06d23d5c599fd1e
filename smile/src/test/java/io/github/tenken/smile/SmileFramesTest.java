package io.github.tenken.smile;

import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;
import smile.data.DataFrame;
import smile.data.measure.NominalScale;
import smile.data.type.DataTypes;
import smile.data.type.StructField;
import smile.data.type.StructType;
import smile.data.vector.DoubleVector;
import smile.data.vector.IntVector;
import smile.data.vector.StringVector;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Table/frame conversion: shared codes, an explicit missing level, copies only. */
class SmileFramesTest {

    private final Dictionaries dictionaries = new Dictionaries();

    private Table table(String name, double[] x, String... colours) {
        return Table.of(name, List.of(NumericColumn.of("x", x),
                CategoricalColumn.of("colour", dictionaries.forColumn("colour"), colours)));
    }

    @Test
    void categoriesKeepTheirDictionaryCodesAndMissingGetsTheExtraLevel() {
        Table t = table("t", new double[]{1.5, Double.NaN, 3}, "red", null, "blue");
        DataFrame frame = SmileFrames.toDataFrame(t, List.of("colour", "x"));

        assertThat(frame.names()).containsExactly("colour", "x");
        NominalScale scale = (NominalScale) frame.schema().field("colour").measure;
        assertThat(scale.levels()).containsExactly("red", "blue", SmileFrames.MISSING_LEVEL);
        assertThat(frame.intVector("colour").array()).containsExactly(0, 2, 1);
        assertThat(frame.doubleVector("x").array()).containsExactly(1.5, Double.NaN, 3);
    }

    @Test
    void codesAgreeAcrossTablesWhenALevelIsMissingFromOne() {
        Table training = table("training", new double[]{1, 2, 3}, "red", "blue", "red");
        DataFrame trainFrame = SmileFrames.toDataFrame(training, List.of("colour"));
        // read after the model's frame was made: "green" is new to the dictionary
        Table test = table("test", new double[]{4, 5, 6}, "green", "blue", null);
        Table operation = table("operation", new double[]{7}, "blue");

        DataFrame testFrame = SmileFrames.toDataFrame(test, List.of("colour"));
        DataFrame operationFrame = SmileFrames.toDataFrame(operation, List.of("colour"));
        assertThat(trainFrame.intVector("colour").array()).containsExactly(0, 1, 0);
        assertThat(testFrame.intVector("colour").array()).containsExactly(2, 1, 3);
        assertThat(operationFrame.intVector("colour").array()).containsExactly(1);

        // shaped as the training frame (the scale a model learnt), the unseen level and missing share the extra level
        DataFrame testAsTrained = SmileFrames.toDataFrame(test, trainFrame.schema());
        assertThat(((NominalScale) testAsTrained.schema().field("colour").measure).levels())
                .containsExactly("red", "blue", SmileFrames.MISSING_LEVEL);
        assertThat(testAsTrained.intVector("colour").array()).containsExactly(2, 1, 2);
    }

    @Test
    void smileSortingAFrameArrayLeavesTheTableUnchanged() {
        Table t = table("t", new double[]{3, 1, 2}, "b", "a", "b");
        DataFrame frame = SmileFrames.toDataFrame(t, List.of("x", "colour"));
        Arrays.sort(frame.doubleVector("x").array());
        Arrays.sort(frame.intVector("colour").array());
        assertThat(t.numeric("x").copyValues()).containsExactly(3, 1, 2);
        assertThat(t.categorical("colour").copyCodes()).containsExactly(0, 1, 0);
    }

    @Test
    void mapsLevelsByNameToAForeignScaleAndRefusesWhatItCannotCode() {
        Table t = table("t", new double[]{1, 2}, "red", "blue");
        StructType foreign = DataTypes.struct(new StructField("colour", DataTypes.IntegerType,
                new NominalScale("blue", "red")));
        assertThat(SmileFrames.toDataFrame(t, foreign).intVector("colour").array()).containsExactly(1, 0);

        StructType narrow = DataTypes.struct(new StructField("colour", DataTypes.IntegerType,
                new NominalScale("red")));
        assertThatThrownBy(() -> SmileFrames.toDataFrame(t, narrow)).hasMessage("column \"colour\" of t, row 1: "
                + "\"blue\" is not a level of the frame's scale [red], which has no level \"<missing>\"");

        StructType numbers = DataTypes.struct(new StructField("colour", DataTypes.DoubleType));
        assertThatThrownBy(() -> SmileFrames.toDataFrame(t, numbers))
                .hasMessage("column \"colour\" of t is categorical, but the frame expects numbers (colour: double)");
    }

    @Test
    void refusesADictionaryHoldingTheReservedLevel() {
        CategoryDictionary d = CategoryDictionary.of("a", SmileFrames.MISSING_LEVEL);
        assertThatThrownBy(() -> SmileFrames.scale(d, "c")).hasMessage("column \"c\" holds the value \"<missing>\", "
                + "which Tenken reserves for missing categories in Smile frames");
    }

    @Test
    void fromDataFrameCopiesNominalTextAndNumbers() {
        NominalScale scale = new NominalScale("no", "yes", SmileFrames.MISSING_LEVEL);
        DataFrame frame = DataFrame.of(
                DoubleVector.of("v", new double[]{0.5, Double.NaN, 2}),
                IntVector.of(new StructField("answer", DataTypes.IntegerType, scale), new int[]{1, 2, 0}),
                StringVector.of("name", "ann", null, "bob"));
        Table t = SmileFrames.fromDataFrame("converted", frame, dictionaries);

        assertThat(t.name()).isEqualTo("converted");
        assertThat(t.numeric("v").copyValues()).containsExactly(0.5, Double.NaN, 2);
        assertThat(texts(t, "answer")).containsExactly("yes", null, "no");
        assertThat(texts(t, "name")).containsExactly("ann", null, "bob");
        assertThat(t.categorical("answer").dictionary()).isSameAs(dictionaries.forColumn("answer"));
        frame.doubleVector("v").array()[0] = 99;
        assertThat(t.numeric("v").get(0)).isEqualTo(0.5);
    }

    @Test
    void roundTripGivesTheSameTable() {
        Table t = table("t", new double[]{1, Double.NaN, 3, 4}, "red", "blue", null, "green");
        Table back = SmileFrames.fromDataFrame("t", SmileFrames.toDataFrame(t, t.columnNames()), dictionaries);
        assertThat(back.numeric("x").copyValues()).containsExactly(t.numeric("x").copyValues());
        assertThat(back.categorical("colour").copyCodes()).containsExactly(t.categorical("colour").copyCodes());
    }

    static String[] texts(Table t, String column) {
        String[] out = new String[t.rowCount()];
        for (int r = 0; r < out.length; r++) {
            out[r] = t.column(column).text(r);
        }
        return out;
    }
}
