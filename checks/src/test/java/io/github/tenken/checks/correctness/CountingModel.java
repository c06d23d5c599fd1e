package io.github.tenken.checks.correctness;

import io.github.tenken.data.Table;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Wraps a model and counts how often it predicted each table, by name. */
public final class CountingModel implements Model {

    private final Model model;
    private final Map<String, Integer> calls = new HashMap<>();

    public CountingModel(Model model) {
        this.model = model;
    }

    /** How often a table of this name was predicted. */
    public synchronized int calls(String table) {
        return calls.getOrDefault(table, 0);
    }

    @Override
    public ModelKind kind() {
        return model.kind();
    }

    @Override
    public List<String> classes() {
        return model.classes();
    }

    @Override
    public Predictions predict(Table table) {
        synchronized (this) {
            calls.merge(table.name(), 1, Integer::sum);
        }
        return model.predict(table);
    }

    @Override
    public String description() {
        return model.description();
    }
}
