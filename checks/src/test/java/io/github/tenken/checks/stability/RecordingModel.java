package io.github.tenken.checks.stability;

import io.github.tenken.data.Table;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;

import java.util.ArrayList;
import java.util.List;

/**
 * A test model on the numeric column {@code x}: as a classifier it predicts {@code pos} when {@code x > 0}, as a
 * regressor it predicts {@code x}; it records every table it is asked to predict.
 */
final class RecordingModel implements Model {

    private final ModelKind kind;
    private final List<String> features;
    private final List<Table> seen = new ArrayList<>();

    private RecordingModel(ModelKind kind, List<String> features) {
        this.kind = kind;
        this.features = features;
    }

    private RecordingModel(ModelKind kind) {
        this(kind, List.of());
    }

    /** The same model declaring that it reads these columns (its {@link Model#features()}). */
    RecordingModel reading(String... columns) {
        return new RecordingModel(kind, List.of(columns));
    }

    @Override
    public List<String> features() {
        return features;
    }

    /** The table predicted whose name ends with this text, e.g. {@code "all at 0.1"}. */
    synchronized Table seenEndingWith(String suffix) {
        return seen.stream().filter(t -> t.name().endsWith(suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no table ending with " + suffix + " in "
                        + seen.stream().map(Table::name).toList()));
    }

    static RecordingModel classifier() {
        return new RecordingModel(ModelKind.CLASSIFICATION);
    }

    static RecordingModel regressor() {
        return new RecordingModel(ModelKind.REGRESSION);
    }

    /** The tables predicted, in order. */
    synchronized List<Table> seen() {
        return List.copyOf(seen);
    }

    /** How often a table of this name was predicted. */
    synchronized long calls(String name) {
        return seen.stream().filter(t -> t.name().equals(name)).count();
    }

    @Override
    public ModelKind kind() {
        return kind;
    }

    @Override
    public List<String> classes() {
        return kind == ModelKind.CLASSIFICATION ? List.of("neg", "pos") : List.of();
    }

    @Override
    public synchronized Predictions predict(Table table) {
        seen.add(table);
        double[] x = table.numeric("x").copyValues();
        if (kind == ModelKind.REGRESSION) {
            return Predictions.regression(x);
        }
        int[] predicted = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            predicted[i] = x[i] > 0 ? 1 : 0;
        }
        return Predictions.classification(classes(), predicted, null);
    }

    @Override
    public String description() {
        return "x > 0 (recording)";
    }
}
