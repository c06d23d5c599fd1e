package io.github.tenken.checks.correctness;

import io.github.tenken.data.Table;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test model that returns fixed predictions for tables it knows by name and counts how often it predicted each
 * table.
 */
public final class FixedModel implements Model {

    private final ModelKind kind;
    private final List<String> classes;
    private final Map<String, Predictions> byTable = new HashMap<>();
    private final Map<String, Integer> calls = new HashMap<>();

    private FixedModel(ModelKind kind, List<String> classes) {
        this.kind = kind;
        this.classes = List.copyOf(classes);
    }

    /** A classifier of these classes. */
    public static FixedModel classifier(String... classes) {
        return new FixedModel(ModelKind.CLASSIFICATION, List.of(classes));
    }

    /** A regressor. */
    public static FixedModel regressor() {
        return new FixedModel(ModelKind.REGRESSION, List.of());
    }

    /** Predicts these class indices (and probabilities, or null) for the table of this name. */
    public FixedModel on(String table, int[] predicted, double[][] probabilities) {
        byTable.put(table, Predictions.classification(classes, predicted, probabilities));
        return this;
    }

    /** Predicts these class names for the table of this name, without probabilities. */
    public FixedModel on(String table, String... predicted) {
        int[] idx = new int[predicted.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = classes.indexOf(predicted[i]);
        }
        return on(table, idx, null);
    }

    /** Predicts these values for the table of this name. */
    public FixedModel on(String table, double... values) {
        byTable.put(table, Predictions.regression(values));
        return this;
    }

    /** How often each table was predicted, by name. */
    public synchronized Map<String, Integer> calls() {
        return Map.copyOf(calls);
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
    public synchronized Predictions predict(Table table) {
        Predictions p = byTable.get(table.name());
        if (p == null) {
            throw new IllegalArgumentException("FixedModel has no predictions for " + table.name());
        }
        calls.merge(table.name(), 1, Integer::sum);
        return p;
    }

    @Override
    public String description() {
        return "fixed test predictions";
    }
}
