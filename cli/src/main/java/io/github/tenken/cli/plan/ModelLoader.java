package io.github.tenken.cli.plan;

import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.checks.model.PredictionsFile;
import io.github.tenken.checks.model.SmileClassifier;
import io.github.tenken.checks.model.SmileRegressor;
import io.github.tenken.data.Table;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import smile.classification.DataFrameClassifier;
import smile.regression.DataFrameRegression;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Loads the {@code model} of a plan: a serialised Smile model ({@code type: smile}) or a CSV file of predictions
 * made elsewhere ({@code type: predictions}), whose rows are the test data.
 */
final class ModelLoader {

    /**
     * Java deserialisation runs code of the classes it meets; only Smile's and the JDK's classes may appear in a
     * model file, so a crafted file cannot reach other classes on the class path.
     */
    private static final ObjectInputFilter SMILE_ONLY = ObjectInputFilter.Config.createFilter(
            "smile.**;java.**;!*");

    /**
     * A loaded model.
     *
     * @param model        the model
     * @param test         for a predictions file: its rows (features, label, predictions) as the test data
     * @param modelColumns for a predictions file: its prediction and probability columns, not features
     */
    record Loaded(Model model, Table test, List<String> modelColumns) {
    }

    private ModelLoader() {
    }

    /**
     * Loads the model.
     *
     * @param label the label column a predictions file must hold, or {@code null} when the test data is a separate
     *              file and the predictions file may hold predictions only
     */
    static Loaded load(ModelPlan plan, String label, Dictionaries dictionaries, PlanContext ctx) {
        String type = ctx.required(plan.type(), "model.type").trim().toLowerCase(Locale.ROOT);
        Path file = ctx.existingFile(plan.path(), "model.path");
        return switch (type) {
            case "smile" -> smile(plan, file, ctx);
            case "predictions" -> predictions(plan, file, label, dictionaries, ctx);
            default -> throw ctx.error("model.type", "\"" + plan.type() + "\" is not a model type; expected smile "
                    + "(a serialised Smile model) or predictions (a CSV file of predictions)");
        };
    }

    private static Loaded smile(ModelPlan plan, Path file, PlanContext ctx) {
        onlyForPredictions(plan.prediction(), "model.prediction", ctx);
        onlyForPredictions(plan.probabilities(), "model.probabilities", ctx);
        onlyForPredictions(plan.probabilityPrefix(), "model.probabilityPrefix", ctx);
        ModelKind kind = kind(plan.kind(), ctx);
        Object object = readObject(file, plan.path(), ctx);
        String description = "smile " + object.getClass().getSimpleName() + " read from " + plan.path();
        if (kind == ModelKind.CLASSIFICATION) {
            if (!(object instanceof DataFrameClassifier classifier)) {
                throw ctx.error("model.path", plan.path() + " holds a " + object.getClass().getName()
                        + ", not a Smile data-frame classifier" + (object instanceof DataFrameRegression
                        ? "; set \"kind\": \"regression\"" : ""));
            }
            List<String> classes = plan.classes();
            if (classes == null || classes.isEmpty()) {
                throw ctx.error("model.classes", "required for a Smile classifier: the class names in the order of "
                        + "the model's label values 0, 1, ... e.g. [\"<=50K\", \">50K\"]");
            }
            try {
                return new Loaded(SmileClassifier.of(classifier, classes, description), null, List.of());
            } catch (IllegalArgumentException e) {
                throw ctx.error("model.classes", e.getMessage());
            }
        }
        if (plan.classes() != null) {
            throw ctx.error("model.classes", "only for a classifier; this model is a regression");
        }
        if (!(object instanceof DataFrameRegression regression)) {
            throw ctx.error("model.path", plan.path() + " holds a " + object.getClass().getName()
                    + ", not a Smile data-frame regression");
        }
        return new Loaded(SmileRegressor.of(regression, description), null, List.of());
    }

    private static void onlyForPredictions(Object value, String path, PlanContext ctx) {
        if (value != null) {
            throw ctx.error(path, "only for \"type\": \"predictions\"");
        }
    }

    private static Object readObject(Path file, String written, PlanContext ctx) {
        try (InputStream in = Files.newInputStream(file); ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(SMILE_ONLY);
            return objects.readObject();
        } catch (InvalidClassException e) {
            throw ctx.error("model.path", written + " is not a Smile model this version can read: " + e.getMessage());
        } catch (IOException | ClassNotFoundException e) {
            throw ctx.error("model.path", written + " is not a serialised Smile model: " + e);
        }
    }

    private static Loaded predictions(ModelPlan plan, Path file, String label, Dictionaries dictionaries,
                                      PlanContext ctx) {
        PredictionsFile.Builder b = PredictionsFile.builder();
        if (label != null) {
            b.label(label);
        }
        if (plan.prediction() != null) {
            b.prediction(ctx.required(plan.prediction(), "model.prediction"));
        }
        if (plan.probabilities() != null && plan.probabilityPrefix() != null) {
            throw ctx.error("model.probabilities", "give probability columns either one by one or by "
                    + "\"probabilityPrefix\", not both");
        }
        if (plan.probabilities() != null) {
            plan.probabilities().forEach((c, column) ->
                    b.probability(c, ctx.required(column, FieldPath.field("model.probabilities", c))));
        }
        if (plan.probabilityPrefix() != null) {
            b.probabilityPrefix(ctx.required(plan.probabilityPrefix(), "model.probabilityPrefix"));
        }
        if (plan.prediction() == null && plan.probabilities() == null && plan.probabilityPrefix() == null) {
            throw ctx.error("model.prediction", "required: the column of predicted classes or values (or give "
                    + "\"probabilities\" or \"probabilityPrefix\")");
        }
        if (plan.classes() != null) {
            b.classes(plan.classes().toArray(String[]::new));
        }
        if (plan.kind() != null) {
            b.kind(kind(plan.kind(), ctx));
        }
        PredictionsFile predictions = b.description("predictions read from " + plan.path()).read(file, dictionaries);
        return new Loaded(predictions.model(), predictions.table(), predictions.modelColumns());
    }

    private static ModelKind kind(String text, PlanContext ctx) {
        if (text == null) {
            return ModelKind.CLASSIFICATION;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "classification", "classifier" -> ModelKind.CLASSIFICATION;
            case "regression", "regressor" -> ModelKind.REGRESSION;
            default -> throw ctx.error("model.kind", "\"" + text + "\" is not a model kind; expected classification "
                    + "or regression");
        };
    }
}
