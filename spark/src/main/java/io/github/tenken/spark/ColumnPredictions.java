package io.github.tenken.spark;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.internal.Preconditions;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A classifier whose predictions are columns of the data it is asked about: a predicted-class column and, when
 * given, one probability column per class, computed beforehand by the team's own Spark ML pipeline or any scorer.
 * It predicts only those rows ({@link #predictsNewRows()} is false), so checks that perturb inputs are not
 * applicable.
 *
 * <pre>{@code
 * Model model = ColumnPredictions.classifier(List.of("<=50K", ">50K"), "predicted")
 *         .withProbability(">50K", "p_high").withProbability("<=50K", "p_low");
 * }</pre>
 *
 * @param classes       the classes, in index order
 * @param prediction    the column of predicted classes
 * @param probabilities the probability column of each class, all or none
 */
public record ColumnPredictions(List<String> classes, String prediction, Map<String, String> probabilities)
        implements Model {

    public ColumnPredictions {
        classes = List.copyOf(Preconditions.notEmpty(classes, "classes"));
        Preconditions.notNull(prediction, "prediction column");
        probabilities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(probabilities));
    }

    /** A classifier of these classes whose predicted class is in column {@code prediction}. */
    public static ColumnPredictions classifier(List<String> classes, String prediction) {
        return new ColumnPredictions(classes, prediction, Map.of());
    }

    /** This model with the probability of class {@code className} in column {@code column}. */
    public ColumnPredictions withProbability(String className, String column) {
        Preconditions.check(classes.contains(className), "no class \"%s\"; the classes are %s", className, classes);
        Map<String, String> p = new LinkedHashMap<>(probabilities);
        p.put(className, column);
        return new ColumnPredictions(classes, prediction, p);
    }

    /** The columns a table must hold for {@link #predict}: the prediction, then the probabilities. */
    public List<String> columns() {
        List<String> c = new ArrayList<>();
        c.add(prediction);
        c.addAll(probabilities.values());
        return c;
    }

    @Override
    public ModelKind kind() {
        return ModelKind.CLASSIFICATION;
    }

    @Override
    public boolean predictsNewRows() {
        return false;
    }

    @Override
    public String description() {
        return "predictions in column " + prediction + (probabilities.isEmpty() ? "" : ", probabilities in "
                + probabilities.values());
    }

    @Override
    public Predictions predict(Table table) {
        Column column = table.column(prediction);
        Preconditions.check(column instanceof CategoricalColumn, "prediction column %s is %s, not categorical",
                prediction, column.type().key());
        CategoricalColumn predicted = (CategoricalColumn) column;
        int n = table.rowCount();
        int[] index = new int[n];
        for (int r = 0; r < n; r++) {
            String v = predicted.isMissing(r) ? null : predicted.dictionary().valueOf(predicted.code(r));
            index[r] = v == null ? -1 : classes.indexOf(v);
            if (index[r] < 0) {
                throw new IllegalArgumentException("row " + (r + 1) + " of " + table.name() + ": prediction "
                        + (v == null ? "missing" : "\"" + v + "\"") + " is not one of the classes " + classes);
            }
        }
        if (probabilities.isEmpty()) {
            return Predictions.classificationByClass(classes, index, null);
        }
        Preconditions.check(probabilities.size() == classes.size(), "probability columns for %s of classes %s",
                probabilities.keySet(), classes);
        double[][] byClass = new double[classes.size()][];
        for (int k = 0; k < classes.size(); k++) {
            NumericColumn p = table.numeric(probabilities.get(classes.get(k)));
            byClass[k] = new double[n];
            for (int r = 0; r < n; r++) {
                byClass[k][r] = p.get(r);
            }
        }
        return Predictions.classificationByClass(classes, index, byClass);
    }
}
