package io.github.tenken.checks.model;

import io.github.tenken.checks.io.DataFileException;
import io.github.tenken.checks.io.LocatedTable;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the columns of a predictions file into {@link Predictions}, checking every value and naming the line of
 * each problem. The rules are those documented on {@link PredictionsFile}.
 */
final class PredictionsDecoder {

    private final LocatedTable located;
    private final Table table;
    private final String file;
    private final String label;
    private final String prediction;
    private final ModelKind kind;
    private final List<String> declaredClasses;
    private final Map<String, String> probabilities;

    PredictionsDecoder(LocatedTable located, String label, String prediction, ModelKind kind,
                       List<String> declaredClasses, Map<String, String> explicitProbabilities, String prefix) {
        this.located = located;
        this.table = located.table();
        this.file = located.file();
        this.label = label;
        this.prediction = prediction;
        this.declaredClasses = declaredClasses;
        if (prediction != null) {
            require(prediction, "is the prediction column but is not in the file");
        }
        this.probabilities = prefix == null ? explicit(explicitProbabilities) : byPrefix(prefix);
        this.kind = kind != null ? kind : decideKind();
    }

    /** The probability columns, in class order of the file's layout. */
    List<String> probabilityColumns() {
        return List.copyOf(probabilities.values());
    }

    Predictions decode() {
        return kind == ModelKind.REGRESSION ? regression() : classification();
    }

    private Map<String, String> explicit(Map<String, String> given) {
        given.values().forEach(c -> require(c, "is a probability column but is not in the file"));
        return new LinkedHashMap<>(given);
    }

    private Map<String, String> byPrefix(String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String c : table.columnNames()) {
            if (c.startsWith(prefix) && c.length() > prefix.length() && !c.equals(label) && !c.equals(prediction)) {
                found.put(c.substring(prefix.length()), c);
            }
        }
        if (found.isEmpty()) {
            throw DataFileException.ofFile(file, "no column name starts with the probability prefix \"" + prefix
                    + "\"; columns are " + table.columnNames());
        }
        return found;
    }

    private ModelKind decideKind() {
        if (prediction == null || !probabilities.isEmpty()) {
            return ModelKind.CLASSIFICATION;    // class probabilities make a classifier, whatever its classes are named
        }
        ColumnType predicted = table.column(prediction).type();
        if (label != null && table.column(label).type() == ColumnType.CATEGORICAL) {
            return ModelKind.CLASSIFICATION;    // a categorical label makes a classifier, however predictions are spelt
        }
        if (label != null && table.column(label).type() != predicted) {
            throw new DataFileException(file, 0, prediction, null, "is " + name(predicted) + " but the label \""
                    + label + "\" is " + name(table.column(label).type())
                    + "; say whether the model is a classifier or a regressor with kind(...)");
        }
        return predicted == ColumnType.CATEGORICAL ? ModelKind.CLASSIFICATION : ModelKind.REGRESSION;
    }

    private Predictions regression() {
        if (!probabilities.isEmpty()) {
            throw DataFileException.ofFile(file, "probability columns " + probabilities.values()
                    + " were given for a regression model");
        }
        NumericColumn values = table.numeric(prediction);
        for (int r = 0; r < table.rowCount(); r++) {
            if (values.isMissing(r)) {
                throw new DataFileException(file, located.line(r), prediction, null, "the prediction is missing");
            }
        }
        return Predictions.regression(values.copyValues());
    }

    private Predictions classification() {
        List<String> classes = classes();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            index.put(classes.get(i), i);
        }
        for (Map.Entry<String, String> p : probabilities.entrySet()) {
            if (!index.containsKey(p.getKey())) {
                throw new DataFileException(file, 0, p.getValue(), null, "holds the probability of class \""
                        + p.getKey() + "\", which is not one of the classes " + classes);
            }
        }
        double[][] probs = probabilities.isEmpty() ? null
                : new ProbabilityColumns(located, probabilities, classes, index).read();
        int[] predicted = new int[table.rowCount()];
        for (int r = 0; r < predicted.length; r++) {
            if (prediction == null) {
                predicted[r] = FunctionModel.argmax(probs[r]);
                continue;
            }
            String text = table.column(prediction).text(r);
            if (text == null) {
                throw new DataFileException(file, located.line(r), prediction, null, "the prediction is missing");
            }
            Integer i = index.get(text);
            if (i == null) {
                boolean numbers = table.column(prediction).type() == ColumnType.NUMERIC;
                throw new DataFileException(file, located.line(r), prediction, text,
                        "is not a known class; classes are " + classes + (numbers && label != null
                                ? "; the prediction column holds numbers but the label \"" + label
                                + "\" holds class names: write the predicted class names" : ""));
            }
            predicted[r] = i;
        }
        return Predictions.classification(classes, predicted, probs);
    }

    /** Declared classes; else the probability columns' classes when there are two or more; else all seen. */
    private List<String> classes() {
        if (declaredClasses != null) {
            return declaredClasses;
        }
        if (probabilities.size() >= 2) {
            return List.copyOf(probabilities.keySet());
        }
        Set<String> seen = new LinkedHashSet<>();
        if (label != null) {
            seen.addAll(present(table.column(label)));
        }
        boolean labelNamesClasses = label != null && table.column(label).type() == ColumnType.CATEGORICAL;
        if (prediction != null && !(labelNamesClasses && table.column(prediction).type() == ColumnType.NUMERIC)) {
            List<String> predicted = present(table.column(prediction));
            if (labelNamesClasses && !seen.isEmpty() && !predicted.isEmpty()
                    && predicted.stream().noneMatch(seen::contains)) {
                throw new DataFileException(file, 0, prediction, null, "holds " + clip(predicted)
                        + ", none of which is a class of the label \"" + label + "\" " + clip(new ArrayList<>(seen))
                        + "; write the predicted class names, or declare the classes");
            }
            seen.addAll(predicted);
        }
        seen.addAll(probabilities.keySet());
        return List.copyOf(seen);
    }

    /** The present values of a column: categories in dictionary-code order, numbers in row order. */
    private static List<String> present(Column column) {
        Set<String> values = new LinkedHashSet<>();
        if (column instanceof CategoricalColumn c) {
            boolean[] seen = new boolean[c.dictionary().size()];
            for (int r = 0; r < c.size(); r++) {
                if (!c.isMissing(r)) {
                    seen[c.code(r)] = true;
                }
            }
            for (int code = 0; code < seen.length; code++) {
                if (seen[code]) {
                    values.add(c.dictionary().valueOf(code));
                }
            }
        } else {
            for (int r = 0; r < column.size(); r++) {
                if (!column.isMissing(r)) {
                    values.add(column.text(r));
                }
            }
        }
        return new ArrayList<>(values);
    }

    private static String clip(List<String> values) {
        return values.size() <= 10 ? values.toString() : values.subList(0, 10) + " and " + (values.size() - 10) + " more";
    }

    private void require(String column, String problem) {
        if (!table.hasColumn(column)) {
            throw new DataFileException(file, 0, column, null, problem + "; columns are " + table.columnNames());
        }
    }

    private static String name(ColumnType type) {
        return type == ColumnType.NUMERIC ? "numeric" : "categorical";
    }
}
