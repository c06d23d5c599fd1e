package io.github.tenken.checks.model;

import io.github.tenken.data.Table;
import io.github.tenken.internal.Formats;
import io.github.tenken.internal.Preconditions;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A {@link Model} made of plain Java functions of a {@link TableRow}: a rule, a model served elsewhere, or a
 * fixture in a test.
 *
 * <pre>{@code
 * Model rule = FunctionModel.classifier(List.of("no", "yes"),
 *         row -> "female".equals(row.text("gender")) ? "yes" : "no")
 *     .describedAs("women survive");
 * Model mean = FunctionModel.regressor(row -> 152.1);
 * }</pre>
 *
 * <p>Every answer is checked: a class not in the list, probabilities outside [0, 1] or not summing to 1 (within
 * 1e-6), and a {@code NaN} regression value are errors naming the row.
 */
public final class FunctionModel implements Model {

    private static final double SUM_TOLERANCE = 1e-6;

    private final ModelKind kind;
    private final List<String> classes;
    private final Function<TableRow, String> labels;
    private final Function<TableRow, double[]> probabilities;
    private final ToDoubleFunction<TableRow> values;
    private final String description;

    private FunctionModel(ModelKind kind, List<String> classes, Function<TableRow, String> labels,
                          Function<TableRow, double[]> probabilities, ToDoubleFunction<TableRow> values,
                          String description) {
        this.kind = kind;
        this.classes = classes;
        this.labels = labels;
        this.probabilities = probabilities;
        this.values = values;
        this.description = description;
    }

    /** A classifier that names the class of each row. */
    public static FunctionModel classifier(List<String> classes, Function<TableRow, String> label) {
        return new FunctionModel(ModelKind.CLASSIFICATION, checkedClasses(classes),
                Preconditions.notNull(label, "label function"), null, null, "function classifier");
    }

    /** A classifier that gives the class and the class probabilities (in the order of {@code classes}). */
    public static FunctionModel classifier(List<String> classes, Function<TableRow, String> label,
                                           Function<TableRow, double[]> probabilities) {
        return new FunctionModel(ModelKind.CLASSIFICATION, checkedClasses(classes),
                Preconditions.notNull(label, "label function"),
                Preconditions.notNull(probabilities, "probability function"), null, "function classifier");
    }

    /** A classifier that gives class probabilities; the predicted class is the most probable (the first on ties). */
    public static FunctionModel probabilistic(List<String> classes, Function<TableRow, double[]> probabilities) {
        return new FunctionModel(ModelKind.CLASSIFICATION, checkedClasses(classes), null,
                Preconditions.notNull(probabilities, "probability function"), null, "function classifier");
    }

    /** A regressor. */
    public static FunctionModel regressor(ToDoubleFunction<TableRow> value) {
        return new FunctionModel(ModelKind.REGRESSION, List.of(), null, null,
                Preconditions.notNull(value, "value function"), "function regressor");
    }

    /** The same model with another description for provenance. */
    public FunctionModel describedAs(String description) {
        return new FunctionModel(kind, classes, labels, probabilities, values,
                Preconditions.notBlank(description, "description"));
    }

    @Override
    public ModelKind kind() {
        return kind;
    }

    @Override
    public List<String> classes() {
        return classes;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Predictions predict(Table table) {
        int n = table.rowCount();
        if (kind == ModelKind.REGRESSION) {
            double[] out = new double[n];
            for (int r = 0; r < n; r++) {
                out[r] = values.applyAsDouble(TableRow.of(table, r));
                if (Double.isNaN(out[r])) {
                    throw failure(table, r, "returned NaN");
                }
            }
            return Predictions.regression(out);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            index.put(classes.get(i), i);
        }
        int[] predicted = new int[n];
        double[][] probs = probabilities == null ? null : new double[n][];
        for (int r = 0; r < n; r++) {
            TableRow row = TableRow.of(table, r);
            if (probabilities != null) {
                probs[r] = checkedProbabilities(probabilities.apply(row), table, r);
            }
            if (labels != null) {
                String label = labels.apply(row);
                Integer i = label == null ? null : index.get(label);
                if (i == null) {
                    throw failure(table, r, label == null ? "returned no class (null); classes are " + classes
                            : "returned \"" + label + "\", which is not one of the classes " + classes);
                }
                predicted[r] = i;
            } else {
                predicted[r] = argmax(probs[r]);
            }
        }
        return Predictions.classification(classes, predicted, probs);
    }

    private double[] checkedProbabilities(double[] p, Table table, int row) {
        if (p == null || p.length != classes.size()) {
            throw failure(table, row, "returned " + (p == null ? "no probabilities (null)" : p.length
                    + " probabilities") + " for " + classes.size() + " classes " + classes);
        }
        double sum = 0;
        for (double v : p) {
            if (!(v >= 0 && v <= 1)) {
                throw failure(table, row, "returned the probability " + Formats.number(v)
                        + ", which is not between 0 and 1: " + Arrays.toString(p));
            }
            sum += v;
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw failure(table, row, "returned probabilities that sum to " + Formats.number(sum) + ", not 1: "
                    + Arrays.toString(p));
        }
        return p.clone();
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    private IllegalArgumentException failure(Table table, int row, String problem) {
        return new IllegalArgumentException(description + " " + problem + " for row " + row + " of " + table.name());
    }

    private static List<String> checkedClasses(List<String> classes) {
        Preconditions.notEmpty(classes, "classes");
        List<String> copy = List.copyOf(classes);
        Preconditions.check(copy.stream().distinct().count() == copy.size(), "classes %s hold a name twice", copy);
        return copy;
    }
}
