package io.github.tenken.smile;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.internal.Preconditions;
import smile.data.DataFrame;
import smile.data.formula.Formula;
import smile.data.measure.NominalScale;
import smile.data.type.DataTypes;
import smile.data.type.StructField;
import smile.data.vector.DoubleVector;
import smile.data.vector.IntVector;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A Smile frame ready for training any Smile model on a Tenken table: the features as
 * {@link SmileFrames#toDataFrame(Table, List)} makes them, then the label, with the rows whose label is missing
 * left out. A categorical label is coded by the classes that occur, in dictionary order, so the model learns no
 * phantom class (such as the missing level).
 *
 * <pre>{@code
 * TrainingFrame data = TrainingFrame.classification(training, "income", features);
 * GradientTreeBoost boost = GradientTreeBoost.fit(data.formula(), data.frame());
 * Model model = SmileClassifier.of(boost, data.classes());
 * }</pre>
 */
public final class TrainingFrame {

    private final DataFrame frame;
    private final Formula formula;
    private final List<String> classes;

    private TrainingFrame(DataFrame frame, Formula formula, List<String> classes) {
        this.frame = frame;
        this.formula = formula;
        this.classes = List.copyOf(classes);
    }

    /** Features and a categorical label with at least two classes. */
    public static TrainingFrame classification(Table table, String label, List<String> features) {
        checkColumns(table, label, features);
        if (!(table.column(label) instanceof CategoricalColumn y)) {
            throw new IllegalArgumentException("label \"" + label + "\" of " + table.name() + " is numeric; "
                    + "declare it categorical to train a classifier, or use trainRegressor");
        }
        int[] rows = IntStream.range(0, table.rowCount()).filter(r -> !y.isMissing(r)).toArray();
        int[] classOfCode = new int[y.dictionary().size()];
        List<String> classes = new ArrayList<>();
        boolean[] seen = new boolean[classOfCode.length];
        for (int r : rows) {
            seen[y.code(r)] = true;
        }
        for (int code = 0; code < seen.length; code++) {
            if (seen[code]) {
                classOfCode[code] = classes.size();
                classes.add(y.dictionary().valueOf(code));
            }
        }
        Preconditions.check(classes.size() >= 2, "label \"%s\" of %s has %d class(es) %s; a classifier needs two",
                label, table.name(), classes.size(), classes);
        int[] classOf = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            classOf[i] = classOfCode[y.code(rows[i])];
        }
        IntVector response = IntVector.of(new StructField(label, DataTypes.IntegerType, new NominalScale(classes)),
                classOf);
        return new TrainingFrame(features(table, features, rows).merge(response), Formula.lhs(label), classes);
    }

    /** Features and a numeric label. */
    public static TrainingFrame regression(Table table, String label, List<String> features) {
        checkColumns(table, label, features);
        if (!(table.column(label) instanceof NumericColumn y)) {
            throw new IllegalArgumentException("label \"" + label + "\" of " + table.name()
                    + " is categorical; a regressor needs a numeric label");
        }
        int[] rows = IntStream.range(0, table.rowCount()).filter(r -> !y.isMissing(r)).toArray();
        Preconditions.check(rows.length > 0, "label \"%s\" of %s is missing in every row", label, table.name());
        double[] target = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            target[i] = y.get(rows[i]);
        }
        return new TrainingFrame(features(table, features, rows).merge(DoubleVector.of(label, target)),
                Formula.lhs(label), List.of());
    }

    /** The features then the label, one row per labelled row of the table. */
    public DataFrame frame() {
        return frame;
    }

    /** {@code label ~ .}: the label against every feature. */
    public Formula formula() {
        return formula;
    }

    /** The label's classes by label value (empty for regression): pass them to {@link SmileClassifier#of}. */
    public List<String> classes() {
        return classes;
    }

    /** How many rows the frame holds. */
    public int rows() {
        return frame.nrow();
    }

    private static DataFrame features(Table table, List<String> features, int[] rows) {
        return SmileFrames.toDataFrame(table, SmileFrames.schema(table, features), rows);
    }

    private static void checkColumns(Table table, String label, List<String> features) {
        Preconditions.notNull(table, "table");
        Preconditions.notEmpty(features, "features");
        table.column(label);
        features.forEach(table::column);
        Preconditions.check(!features.contains(label), "the label \"%s\" is also listed as a feature", label);
        Preconditions.check(features.stream().distinct().count() == features.size(), "features %s hold a name twice",
                features);
    }
}
