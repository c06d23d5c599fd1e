package io.github.tenken.checks.stability;

import io.github.tenken.data.Table;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;

import java.util.ArrayList;
import java.util.List;

/** A test model that declares the columns it reads, predicts with another model and records every table it saw. */
final class ReadingModel implements Model {

    private final Model inner;
    private final List<String> features;
    private final List<Table> seen = new ArrayList<>();

    private ReadingModel(Model inner, List<String> features) {
        this.inner = inner;
        this.features = features;
    }

    /** {@code inner}, declaring that it reads these columns. */
    static ReadingModel of(Model inner, String... features) {
        return new ReadingModel(inner, List.of(features));
    }

    /** The tables predicted, in order. */
    synchronized List<Table> seen() {
        return List.copyOf(seen);
    }

    /** The table predicted whose name ends with this text, e.g. {@code "all at 0.1"}. */
    synchronized Table seenEndingWith(String suffix) {
        return seen.stream().filter(t -> t.name().endsWith(suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no table ending with " + suffix));
    }

    @Override
    public ModelKind kind() {
        return inner.kind();
    }

    @Override
    public List<String> classes() {
        return inner.classes();
    }

    @Override
    public List<String> features() {
        return features;
    }

    @Override
    public synchronized Predictions predict(Table table) {
        seen.add(table);
        return inner.predict(table);
    }

    @Override
    public String description() {
        return inner.description() + " reading " + features;
    }
}
