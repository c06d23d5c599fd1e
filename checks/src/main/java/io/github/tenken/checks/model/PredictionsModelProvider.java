package io.github.tenken.checks.model;

import java.util.Set;

/**
 * The {@code predictions} model type: a CSV file of predictions (and probabilities) made by a model trained anywhere,
 * read with {@link PredictionsFile}. Its rows are the test data unless the plan gives the test data separately.
 */
public final class PredictionsModelProvider implements ModelProvider {

    /** The provider, for {@link java.util.ServiceLoader}. */
    public PredictionsModelProvider() {
    }

    @Override
    public String type() {
        return "predictions";
    }

    @Override
    public String description() {
        return "a CSV file of predictions";
    }

    @Override
    public Set<String> fields() {
        return Set.of("kind", "classes", "prediction", "probabilities", "probabilityPrefix");
    }

    @Override
    public LoadedModel load(ModelSpec spec) {
        PredictionsFile.Builder b = PredictionsFile.builder();
        spec.label().ifPresent(b::label);
        spec.string("prediction").ifPresent(b::prediction);
        if (spec.has("probabilities") && spec.has("probabilityPrefix")) {
            throw spec.error("probabilities", "give probability columns either one by one or by "
                    + "\"probabilityPrefix\", not both");
        }
        spec.stringMap("probabilities").ifPresent(m -> m.forEach(b::probability));
        spec.string("probabilityPrefix").ifPresent(b::probabilityPrefix);
        if (!spec.has("prediction") && !spec.has("probabilities") && !spec.has("probabilityPrefix")) {
            throw spec.error("prediction", "required: the column of predicted classes or values (or give "
                    + "\"probabilities\" or \"probabilityPrefix\")");
        }
        spec.strings("classes").ifPresent(c -> b.classes(c.toArray(String[]::new)));
        if (spec.has("kind")) {
            b.kind(spec.kind());
        }
        PredictionsFile file = b.description("predictions read from " + spec.path()).read(spec.file(),
                spec.dictionaries());
        return new LoadedModel(file.model(), file.table(), file.modelColumns());
    }
}
