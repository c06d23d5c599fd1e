package io.github.tenken.checks.model;

import java.util.List;
import java.util.Set;

/** A test-only model type, registered in the test services file: a classifier that always answers one class. */
public final class ConstantModelProvider implements ModelProvider {

    /** For {@link java.util.ServiceLoader}. */
    public ConstantModelProvider() {
    }

    @Override
    public String type() {
        return "Constant";
    }

    @Override
    public String description() {
        return "a classifier that always answers its first class";
    }

    @Override
    public Set<String> fields() {
        return Set.of("classes");
    }

    @Override
    public LoadedModel load(ModelSpec spec) {
        List<String> classes = spec.strings("classes")
                .orElseThrow(() -> spec.error("classes", "required: the classes, the first is always answered"));
        return LoadedModel.of(FunctionModel.classifier(classes, row -> classes.get(0)));
    }
}
