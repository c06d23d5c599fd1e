package io.github.tenken.model;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.internal.Formats;
import io.github.tenken.internal.Preconditions;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A model's predictions beside the labels of the same rows, the rows with a missing label left out (and counted),
 * stored column by column: what every model metric reads. Built once per model and dataset by the engine.
 *
 * <p>For a classifier the labels are indices into the model's classes; a label value that is not one of them is an
 * error naming the value and how many rows carry it (a model cannot be scored on a class it never saw, and dropping
 * those rows would flatter it). For a regressor the labels must be numeric and the predictions finite.
 */
public final class LabelledPredictions {

    private final ModelKind kind;
    private final List<String> classes;
    private final int[] rows;
    private final int[] truth;
    private final int[] predicted;
    private final double[][] probabilities;
    private final double[] actual;
    private final double[] predictedValues;
    private final int missing;

    private LabelledPredictions(ModelKind kind, List<String> classes, int[] rows, int[] truth, int[] predicted,
                                double[][] probabilities, double[] actual, double[] predictedValues, int missing) {
        this.kind = kind;
        this.classes = classes;
        this.rows = rows;
        this.truth = truth;
        this.predicted = predicted;
        this.probabilities = probabilities;
        this.actual = actual;
        this.predictedValues = predictedValues;
        this.missing = missing;
    }

    /** The predictions of {@code table} matched with its {@code labelColumn}. */
    public static LabelledPredictions of(Table table, String labelColumn, Predictions predictions) {
        Preconditions.check(predictions.size() == table.rowCount(), "%d predictions for %d rows of %s",
                predictions.size(), table.rowCount(), table.name());
        Column label = table.column(labelColumn);
        return predictions.kind() == ModelKind.CLASSIFICATION
                ? classification(table, labelColumn, label, predictions)
                : regression(table, labelColumn, label, predictions);
    }

    private static LabelledPredictions classification(Table table, String labelColumn, Column label,
                                                      Predictions p) {
        List<String> classes = p.classes();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            index.put(classes.get(i), i);
        }
        int n = table.rowCount();
        int[] rows = new int[n];
        int[] truth = new int[n];
        int kept = 0;
        int missing = 0;
        Map<String, Integer> unknown = new TreeMap<>();
        int[] byCode = label instanceof CategoricalColumn c ? codeToClass(c, index) : null;
        for (int r = 0; r < n; r++) {
            if (label.isMissing(r)) {
                missing++;
                continue;
            }
            int k = byCode != null ? byCode[((CategoricalColumn) label).code(r)] : index.getOrDefault(label.text(r), -1);
            if (k < 0) {
                unknown.merge(label.text(r), 1, Integer::sum);
                continue;
            }
            rows[kept] = r;
            truth[kept++] = k;
        }
        if (!unknown.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            unknown.forEach((v, count) -> sb.append(sb.isEmpty() ? "" : ", ").append('"').append(v).append("\" (")
                    .append(Formats.count(count)).append(count == 1 ? " row)" : " rows)"));
            throw new IllegalArgumentException("label column \"" + labelColumn + "\" of " + table.name()
                    + " holds values the model never saw: " + sb + "; the model's classes are " + classes);
        }
        rows = Arrays.copyOf(rows, kept);
        truth = Arrays.copyOf(truth, kept);
        int[] predicted = new int[kept];
        for (int i = 0; i < kept; i++) {
            predicted[i] = p.predictedClass(rows[i]);
        }
        double[][] probabilities = null;
        if (p.hasProbabilities()) {
            probabilities = new double[classes.size()][kept];
            for (int k = 0; k < classes.size(); k++) {
                for (int i = 0; i < kept; i++) {
                    probabilities[k][i] = p.probability(rows[i], k);
                }
            }
        }
        return new LabelledPredictions(ModelKind.CLASSIFICATION, List.copyOf(classes), rows, truth, predicted,
                probabilities, null, null, missing);
    }

    private static int[] codeToClass(CategoricalColumn column, Map<String, Integer> index) {
        List<String> values = column.dictionary().values();
        int[] map = new int[values.size()];
        for (int code = 0; code < map.length; code++) {
            map[code] = index.getOrDefault(values.get(code), -1);
        }
        return map;
    }

    private static LabelledPredictions regression(Table table, String labelColumn, Column column, Predictions p) {
        if (!(column instanceof NumericColumn label)) {
            throw new IllegalArgumentException("label column \"" + labelColumn + "\" of " + table.name() + " is "
                    + column.type().key() + "; a regressor needs a numeric label");
        }
        int n = table.rowCount();
        int[] rows = new int[n];
        double[] actual = new double[n];
        double[] predicted = new double[n];
        int kept = 0;
        for (int r = 0; r < n; r++) {
            if (label.isMissing(r)) {
                continue;
            }
            double v = p.value(r);
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("the model predicted " + v + " for row " + r + " of "
                        + table.name() + "; predictions must be finite numbers");
            }
            rows[kept] = r;
            actual[kept] = label.get(r);
            predicted[kept++] = v;
        }
        return new LabelledPredictions(ModelKind.REGRESSION, List.of(), Arrays.copyOf(rows, kept), null, null, null,
                Arrays.copyOf(actual, kept), Arrays.copyOf(predicted, kept), n - kept);
    }

    /** Classification or regression. */
    public ModelKind kind() {
        return kind;
    }

    /** The model's classes, in index order (empty for regression). */
    public List<String> classes() {
        return classes;
    }

    /** Number of rows with a label. */
    public int size() {
        return rows.length;
    }

    /** Rows left out because their label is missing. */
    public int missing() {
        return missing;
    }

    /** The table row of the {@code i}-th labelled row. */
    public int row(int i) {
        return rows[i];
    }

    /** A copy of the table rows that carry a label, ascending. */
    public int[] rows() {
        return rows.clone();
    }

    /** The true class index of the {@code i}-th labelled row. */
    public int truth(int i) {
        return truth[i];
    }

    /** A copy of the true class indices. */
    public int[] truth() {
        return truth.clone();
    }

    /** The predicted class index of the {@code i}-th labelled row. */
    public int predicted(int i) {
        return predicted[i];
    }

    /** A copy of the predicted class indices. */
    public int[] predicted() {
        return predicted.clone();
    }

    /** Whether the model gives class probabilities. */
    public boolean hasProbabilities() {
        return probabilities != null;
    }

    /** The probability of class {@code k} for the {@code i}-th labelled row. */
    public double probability(int i, int k) {
        if (probabilities == null) {
            throw new IllegalStateException("the model gives no class probabilities");
        }
        return probabilities[k][i];
    }

    /** A copy of the probabilities of class {@code k} for every labelled row. */
    public double[] probabilitiesOf(int k) {
        if (probabilities == null) {
            throw new IllegalStateException("the model gives no class probabilities");
        }
        return probabilities[k].clone();
    }

    /** The true value of the {@code i}-th labelled row (regression). */
    public double actual(int i) {
        return actual[i];
    }

    /** The predicted value of the {@code i}-th labelled row (regression). */
    public double predictedValue(int i) {
        return predictedValues[i];
    }

    /** A copy of the true values (regression). */
    public double[] actual() {
        return actual.clone();
    }

    /** A copy of the predicted values (regression). */
    public double[] predictedValues() {
        return predictedValues.clone();
    }

    /** How many labelled rows each class has. */
    public long[] counts() {
        long[] counts = new long[classes.size()];
        for (int t : truth) {
            counts[t]++;
        }
        return counts;
    }

    /**
     * The positive class: the one named (which must be a class of the model), or, when {@code requested} is blank,
     * the minority class of these labels (the first in class order on a tie).
     */
    public int positiveClass(String requested) {
        if (requested != null && !requested.isBlank()) {
            int k = classes.indexOf(requested.trim());
            Preconditions.check(k >= 0, "positiveClass \"%s\" is not a class of the model; its classes are %s",
                    requested.trim(), classes);
            return k;
        }
        long[] counts = counts();
        int minority = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] < counts[minority]) {
                minority = k;
            }
        }
        return minority;
    }
}
