package io.github.tenken.smile;

import io.github.tenken.model.Model;
import smile.classification.Classifier;
import smile.data.Tuple;
import smile.data.type.StructType;
import smile.regression.Regression;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a Smile adapter to bytes and reads it back, the way a deployment stores a Smile model: Java serialisation
 * of the Smile model (every Smile model is {@link Serializable}) together with its input schema, its class names
 * by label value and its description. What {@link SmileClassifier#toBytes} and {@link SmileRegressor#toBytes}
 * delegate to; {@code d1.round-trip} checks that a model read back predicts bit for bit as the original.
 */
final class SmileModelBytes {

    private SmileModelBytes() {
    }

    /**
     * Serialises without what makes two forests trained alike differ in bytes, and so in the model's identity hash:
     * <ul>
     *   <li>the fit and score times Smile records inside the model (the forest's and every tree's
     *       {@code ClassificationMetrics} or {@code RegressionMetrics}) are set to 0;</li>
     *   <li>a random forest's own out-of-bag metrics are left out (size kept, the rest 0 or NaN): Smile 3.1.1 counts
     *       the out-of-bag votes from its parallel tree threads without synchronisation, so the forest's OOB error can
     *       differ by a vote or two between identical trainings (4,786 against 4,784 errors in one of 30 trainings of
     *       the same Adult forest here). Each tree's metrics, computed in one thread, are kept.</li>
     * </ul>
     * Trees, importances and everything that predicts are kept as they are; the metrics only inform.
     */
    private static final class WithoutTimings extends ObjectOutputStream {

        /** The forests' own metrics met so far, by identity: they are written after their forest. */
        private final java.util.Set<Object> forestMetrics =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        WithoutTimings(java.io.OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            if (obj instanceof smile.classification.RandomForest f) {
                forestMetrics.add(f.metrics());
            } else if (obj instanceof smile.regression.RandomForest f) {
                forestMetrics.add(f.metrics());
            } else if (obj instanceof smile.validation.ClassificationMetrics m) {
                if (forestMetrics.contains(m)) {
                    return new smile.validation.ClassificationMetrics(0, 0, m.size, 0, Double.NaN, Double.NaN,
                            Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
                }
                if (m.fitTime != 0 || m.scoreTime != 0) {
                    return new smile.validation.ClassificationMetrics(0, 0, m.size, m.error, m.accuracy,
                            m.sensitivity, m.specificity, m.precision, m.f1, m.mcc, m.auc, m.logloss, m.crossentropy);
                }
            } else if (obj instanceof smile.validation.RegressionMetrics m) {
                if (forestMetrics.contains(m)) {
                    return new smile.validation.RegressionMetrics(0, 0, m.size, Double.NaN, Double.NaN, Double.NaN,
                            Double.NaN, Double.NaN);
                }
                if (m.fitTime != 0 || m.scoreTime != 0) {
                    return new smile.validation.RegressionMetrics(0, 0, m.size, m.rss, m.mse, m.rmse, m.mad, m.r2);
                }
            }
            return obj;
        }
    }

    /** What is stored: the Smile model and everything the adapter needs besides it. */
    private record Stored(Serializable model, StructType schema, String[] labelLevels, String description)
            implements Serializable {
    }

    static byte[] write(SmileClassifier model) {
        return write(new Stored(model.classifier(), model.schema(), labelLevels(model), model.description()));
    }

    /** The class names by label value: the response scale's when the model keeps one, else the adapter's classes. */
    private static String[] labelLevels(SmileClassifier model) {
        var learned = SmileClassifier.learnedClasses(model.classifier());
        if (learned.isPresent()) {
            return learned.get().toArray(String[]::new);
        }
        int[] values = model.classifier().classes().clone();
        Arrays.sort(values);
        String[] levels = new String[values.length == 0 ? 0 : values[values.length - 1] + 1];
        Arrays.fill(levels, "");
        List<String> classes = model.classes();
        for (int i = 0; i < values.length; i++) {
            levels[values[i]] = classes.get(i);   // the adapter's classes are its label values' names, in order
        }
        return levels;
    }

    static byte[] write(SmileRegressor model) {
        return write(new Stored(model.regression(), model.schema(), new String[0], model.description()));
    }

    @SuppressWarnings("unchecked")
    static Model readClassifier(byte[] bytes) {
        Stored s = read(bytes);
        return SmileClassifier.of((Classifier<Tuple>) s.model(), s.schema(), new ArrayList<>(List.of(s.labelLevels())),
                s.description());
    }

    @SuppressWarnings("unchecked")
    static Model readRegressor(byte[] bytes) {
        Stored s = read(bytes);
        return SmileRegressor.of((Regression<Tuple>) s.model(), s.schema(), s.description());
    }

    private static byte[] write(Stored stored) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new WithoutTimings(bytes)) {
            out.writeObject(stored);
        } catch (IOException e) {
            throw new UncheckedIOException("could not serialise " + stored.description() + ": " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static Stored read(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (Stored) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("could not read a Smile model back from " + bytes.length + " bytes: "
                    + e.getMessage(), e);
        }
    }
}
