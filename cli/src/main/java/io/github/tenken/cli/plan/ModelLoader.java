package io.github.tenken.cli.plan;

import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.checks.model.LoadedModel;
import io.github.tenken.data.ColumnType;
import io.github.tenken.checks.model.ModelProvider;
import io.github.tenken.checks.model.ModelProviders;
import io.github.tenken.checks.model.ModelSpec;
import io.github.tenken.checks.model.ModelSpecException;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Loads the {@code model} of a plan through the {@link ModelProvider} of its {@code type} (a serialised Smile model,
 * a model exported to ONNX, a CSV file of predictions made elsewhere, or any type a jar on the class path registers). A field the provider does
 * not read, or cannot use, is a plan error naming {@code model.<field>}.
 */
final class ModelLoader {

    private ModelLoader() {
    }

    /**
     * Loads the model.
     *
     * @param label the label column a predictions file must hold, or {@code null} when the test data is a separate
     *              file and the predictions file may hold predictions only
     */
    static LoadedModel load(ModelPlan plan, String label, Dictionaries dictionaries, PlanContext ctx) {
        return load(plan, label, null, dictionaries, ctx, "model");
    }

    /**
     * Loads a model given under the plan field {@code field} ({@code model} or {@code referenceModel}), which errors
     * name.
     *
     * @param labelType the type of the label in the training data, if known: a categorical label makes the model a
     *                  classifier unless the plan says otherwise
     */
    static LoadedModel load(ModelPlan plan, String label, ColumnType labelType, Dictionaries dictionaries,
                            PlanContext ctx, String field) {
        String type = ctx.required(plan.type(), field + ".type").trim().toLowerCase(Locale.ROOT);
        ModelProviders providers = ModelProviders.discover();
        ModelProvider provider = providers.byType().get(type);
        if (provider == null) {
            throw ctx.error(field + ".type", "\"" + plan.type() + "\" is not a model type; expected one of "
                    + providers.describeTypes());
        }
        Path file = ctx.existingFile(plan.path(), field + ".path");
        Map<String, Object> fields = fields(plan);
        if (labelType == ColumnType.CATEGORICAL && !fields.containsKey("kind") && provider.fields().contains("kind")) {
            fields.put("kind", "classification");   // a categorical label makes a classifier, whatever the file holds
        }
        for (String name : fields.keySet()) {
            if (!provider.fields().contains(name)) {
                throw ctx.error(field + "." + name, "not a field of model type " + type + "; its fields are type, path"
                        + (provider.fields().isEmpty() ? "" : ", " + String.join(", ", new TreeSet<>(provider.fields()))));
            }
        }
        try {
            return provider.load(new ModelSpec(file, plan.path(), label, dictionaries, fields));
        } catch (ModelSpecException e) {
            throw ctx.error(field + "." + e.field(), e.getMessage());
        }
    }

    private static Map<String, Object> fields(ModelPlan plan) {
        Map<String, Object> fields = new LinkedHashMap<>();
        put(fields, "kind", plan.kind());
        put(fields, "classes", plan.classes());
        put(fields, "prediction", plan.prediction());
        put(fields, "probabilities", plan.probabilities());
        put(fields, "probabilityPrefix", plan.probabilityPrefix());
        put(fields, "inputs", plan.inputs());
        return fields;
    }

    private static void put(Map<String, Object> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
