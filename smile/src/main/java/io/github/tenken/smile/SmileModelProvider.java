package io.github.tenken.smile;

import io.github.tenken.checks.model.LoadedModel;
import io.github.tenken.checks.model.ModelProvider;
import io.github.tenken.checks.model.ModelSpec;
import io.github.tenken.model.ModelKind;
import smile.classification.DataFrameClassifier;
import smile.regression.DataFrameRegression;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

/**
 * The {@code smile} model type: a serialised Smile data-frame classifier or regressor. Java deserialisation runs code
 * of the classes it meets, so only Smile's and the JDK's classes may appear in the file: a crafted file cannot reach
 * other classes on the class path.
 */
public final class SmileModelProvider implements ModelProvider {

    private static final ObjectInputFilter SMILE_ONLY = ObjectInputFilter.Config.createFilter("smile.**;java.**;!*");

    /** The provider, for {@link java.util.ServiceLoader}. */
    public SmileModelProvider() {
    }

    @Override
    public String type() {
        return "smile";
    }

    @Override
    public String description() {
        return "a serialised Smile model";
    }

    @Override
    public Set<String> fields() {
        return Set.of("kind", "classes");
    }

    @Override
    public LoadedModel load(ModelSpec spec) {
        ModelKind kind = spec.kind();
        Object object = readObject(spec);
        String description = "smile " + object.getClass().getSimpleName() + " read from " + spec.path();
        if (kind == ModelKind.CLASSIFICATION) {
            if (!(object instanceof DataFrameClassifier classifier)) {
                throw spec.error("path", spec.path() + " holds a " + object.getClass().getName()
                        + ", not a Smile data-frame classifier" + (object instanceof DataFrameRegression
                        ? "; set \"kind\": \"regression\"" : ""));
            }
            List<String> classes = spec.strings("classes").orElse(List.of());
            if (classes.isEmpty()) {
                classes = SmileClassifier.learnedClasses(classifier).orElseThrow(() -> spec.error("classes",
                        "required for this Smile classifier, which keeps no class names: the class names in the "
                                + "order of the model's label values 0, 1, ... e.g. [\"<=50K\", \">50K\"]"));
            }
            try {
                return LoadedModel.of(SmileClassifier.of(classifier, classes, description));
            } catch (IllegalArgumentException e) {
                throw spec.error("classes", e.getMessage());
            }
        }
        if (spec.has("classes")) {
            throw spec.error("classes", "only for a classifier; this model is a regression");
        }
        if (!(object instanceof DataFrameRegression regression)) {
            throw spec.error("path", spec.path() + " holds a " + object.getClass().getName()
                    + ", not a Smile data-frame regression");
        }
        return LoadedModel.of(SmileRegressor.of(regression, description));
    }

    private static Object readObject(ModelSpec spec) {
        try (InputStream in = Files.newInputStream(spec.file()); ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(SMILE_ONLY);
            return objects.readObject();
        } catch (InvalidClassException e) {
            throw spec.error("path", spec.path() + " is not a Smile model this version can read: " + e.getMessage());
        } catch (IOException | ClassNotFoundException e) {
            throw spec.error("path", spec.path() + " is not a serialised Smile model: " + e);
        }
    }
}
