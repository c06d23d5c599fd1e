package io.github.tenken.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.github.tenken.data.Table;
import io.github.tenken.internal.Preconditions;
import io.github.tenken.model.Model;
import io.github.tenken.model.SerializableModel;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A model trained anywhere and exported to ONNX, run by ONNX Runtime on the CPU, seen as a Tenken {@link Model}.
 *
 * <pre>{@code
 * try (OnnxModel model = OnnxModel.builder(Path.of("penguins.onnx"))
 *         .inputs(List.of("bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"))
 *         .build()) {
 *     AssessmentResult result = Assessment.builder()...model(model).build().run();
 * }
 * }</pre>
 *
 * <p><b>Inputs.</b> Without {@code inputs}, each model input is fed the table column of the same name (a tensor
 * {@code [N, 1]} or {@code [N]} of float, double, int64 or string); with {@code inputs}, the model's single input is
 * a float or double matrix {@code [N, k]} of those columns in that order. A missing number is {@code NaN}.
 *
 * <p><b>Outputs.</b> A classifier's classes are read from the graph (the class labels of its ZipMap or classifier
 * node), in the order the model gives its probabilities; its label output (string or int64) is the prediction and
 * its probabilities are a ZipMap {@code seq(map(...))} or a float tensor {@code [N, C]}. Classes given to
 * {@link Builder#classes} must equal the model's; a model whose graph names none (a bare network) needs them. A
 * model without class labels, label, ZipMap or several-column output is a regressor whose value is its float output
 * {@code [N, 1]}.
 *
 * <p>The model holds a native ONNX Runtime session from {@code build()} to {@link #close()}: keep it open for the
 * whole assessment (every check predicts through it) and close it afterwards, e.g. with try-with-resources.
 */
public final class OnnxModel implements SerializableModel, AutoCloseable {

    private final OrtEnvironment env;
    private final OrtSession session;
    private final String name;
    private final InputBinding inputs;
    private final OutputBinding outputs;
    private final ModelKind kind;
    private final List<String> classes;
    private final int batchRows;
    private final String description;
    private final byte[] bytes;
    private final List<String> inputColumns;
    private volatile boolean closed;

    private OnnxModel(Builder b) {
        this.name = b.name != null ? b.name : b.file.toString();
        this.batchRows = b.batchRows;
        this.env = OnnxSessions.environment();
        this.bytes = b.bytes != null ? b.bytes : OnnxSessions.read(b.file, name);
        this.inputColumns = b.inputs;
        this.session = OnnxSessions.open(env, bytes, name);
        try {
            this.inputs = InputBinding.of(name, session.getInputInfo(), b.inputs);
            this.outputs = OutputBinding.of(session.getOutputInfo());
            Optional<List<String>> names = ClassNames.resolve(name, bytes, b.classes, outputs,
                    session.getOutputNames());
            this.kind = names.isPresent() ? ModelKind.CLASSIFICATION : ModelKind.REGRESSION;
            this.classes = names.orElse(List.of());
            String graph = session.getMetadata().getGraphName();
            this.description = b.description != null ? b.description
                    : "onnx " + (graph.isBlank() ? "model" : graph) + " read from " + name;
        } catch (OrtException | RuntimeException e) {
            closeQuietly();
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalArgumentException(name + ": " + OnnxSessions.plain((OrtException) e));
        }
    }

    /** A builder for the model in {@code file}. */
    public static Builder builder(Path file) {
        return new Builder(file, null);
    }

    /** The model file's bytes, as read: what a deployment stores (guideline D-1.2a, {@code d1.round-trip}). */
    @Override
    public byte[] toBytes() {
        return bytes.clone();
    }

    /**
     * A new session on these bytes with this model's settings (inputs, classes, batch rows, name and description);
     * the caller closes it.
     */
    @Override
    public OnnxModel fromBytes(byte[] stored) {
        Builder b = new Builder(null, Preconditions.notNull(stored, "bytes").clone()).name(name)
                .description(description).batchRows(batchRows).inputs(inputColumns);
        if (kind == ModelKind.CLASSIFICATION) {
            b.classes(classes);
        }
        return b.build();
    }

    @Override
    public ModelKind kind() {
        return kind;
    }

    @Override
    public List<String> classes() {
        return classes;
    }

    /** The columns the model reads: the given {@code inputs}, or the names of its per-column inputs. */
    @Override
    public List<String> features() {
        return inputs.features();
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Predictions predict(Table table) {
        if (closed) {
            throw new IllegalStateException(name + " was closed; keep an OnnxModel open while it is assessed");
        }
        int n = table.rowCount();
        int[] predicted = new int[n];
        boolean regression = kind == ModelKind.REGRESSION;
        double[][] probabilities = regression || outputs.probabilities() == null ? null
                : new double[classes.size()][n];
        double[] values = new double[regression ? n : 0];
        for (int from = 0; from < n; from += batchRows) {
            int to = Math.min(n, from + batchRows);
            try {
                predictBatch(table, from, to, predicted, probabilities, values);
            } catch (OrtException e) {
                throw new IllegalStateException(name + " failed on rows " + from + " to " + (to - 1) + " of "
                        + table.name() + ": " + OnnxSessions.plain(e));
            }
        }
        return regression ? Predictions.regression(values)
                : Predictions.classificationByClass(classes, predicted, probabilities);
    }

    private void predictBatch(Table table, int from, int to, int[] predicted, double[][] probabilities,
                              double[] values) throws OrtException {
        int rows = to - from;
        Map<String, OnnxTensor> tensors = inputs.tensors(env, table, from, to);
        Set<String> wanted = kind == ModelKind.REGRESSION ? Set.of(outputs.numeric()) : outputs.classifierOutputs();
        try (OrtSession.Result result = session.run(tensors, wanted)) {
            if (kind == ModelKind.REGRESSION) {
                System.arraycopy(OutputBinding.values(result, outputs.numeric(), rows), 0, values, from, rows);
                return;
            }
            double[][] p = null;
            if (probabilities != null) {
                p = OutputBinding.probabilities(result, outputs.probabilities(), outputs.zipMap(), classes, rows);
                int bad = OutputBinding.firstNonProbabilityRow(p, rows);
                if (bad >= 0) {
                    throw notProbabilities(p, bad, from, table);
                }
                for (int k = 0; k < classes.size(); k++) {
                    System.arraycopy(p[k], 0, probabilities[k], from, rows);
                }
            }
            if (outputs.label() != null) {
                labelsToIndices(OutputBinding.labels(result, outputs.label(), rows), predicted, from);
            } else {
                for (int i = 0; i < rows; i++) {
                    predicted[from + i] = argmax(p, i);
                }
            }
        } finally {
            tensors.values().forEach(OnnxTensor::close);
        }
    }

    private IllegalStateException notProbabilities(double[][] p, int row, int from, Table table) {
        double[] values = new double[classes.size()];
        for (int k = 0; k < values.length; k++) {
            values[k] = p[k][row];
        }
        return new IllegalStateException(name + " gives " + Arrays.toString(values) + " as the "
                + "probabilities of " + classes + " for row " + (from + row) + " of " + table.name() + ", which are "
                + "not probabilities (each in [0, 1], summing to 1): export the model with its softmax, or check "
                + "the row for missing values the model cannot take");
    }

    private void labelsToIndices(String[] labels, int[] predicted, int from) {
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < classes.size(); k++) {
            index.put(classes.get(k), k);
        }
        for (int i = 0; i < labels.length; i++) {
            Integer k = index.get(labels[i]);
            if (k == null) {
                throw new IllegalStateException(name + " predicted \"" + labels[i] + "\" for row " + (from + i)
                        + ", which is not one of its classes " + classes);
            }
            predicted[from + i] = k;
        }
    }

    private static int argmax(double[][] byClass, int row) {
        int best = 0;
        for (int k = 1; k < byClass.length; k++) {
            if (byClass[k][row] > byClass[best][row]) {
                best = k;
            }
        }
        return best;
    }

    /** Frees the native session; predicting afterwards is an error. Closing twice does nothing. */
    @Override
    public void close() {
        closeQuietly();
    }

    private synchronized void closeQuietly() {
        if (!closed) {
            closed = true;
            try {
                session.close();
            } catch (OrtException e) {
                // nothing to do: the session's memory is gone either way, and the model is no longer used
            }
        }
    }

    @Override
    public String toString() {
        return description;
    }

    /** Configures an {@link OnnxModel}. */
    public static final class Builder {
        private final Path file;
        private final byte[] bytes;
        private List<String> inputs = List.of();
        private List<String> classes = List.of();
        private int batchRows = 4096;
        private String name;
        private String description;

        private Builder(Path file, byte[] bytes) {
            Preconditions.check(file != null || bytes != null, "model file is null");
            this.file = file;
            this.bytes = bytes;
        }

        /** The columns of the model's single matrix input, in order; leave out for one input per column. */
        public Builder inputs(List<String> columns) {
            this.inputs = List.copyOf(columns);
            return this;
        }

        /** The expected classes, in the model's order: checked against the graph's, required when it has none. */
        public Builder classes(List<String> classes) {
            this.classes = List.copyOf(classes);
            return this;
        }

        /** Rows per call of the model (default 4096): bounds the memory of one call's tensors. */
        public Builder batchRows(int rows) {
            Preconditions.check(rows > 0, "batchRows must be positive; was %d", rows);
            this.batchRows = rows;
            return this;
        }

        /** How messages name the file (default: the path), e.g. the path as a plan wrote it. */
        public Builder name(String name) {
            this.name = Preconditions.notBlank(name, "name");
            return this;
        }

        /** The description for provenance (default: {@code onnx <graph name> read from <file>}). */
        public Builder description(String description) {
            this.description = Preconditions.notBlank(description, "description");
            return this;
        }

        /**
         * Opens the model: reads the file, starts an ONNX Runtime session and binds inputs and outputs. An
         * unreadable or non-ONNX file, or a model Tenken cannot feed, is an {@link IllegalArgumentException} whose
         * message names the file.
         */
        public OnnxModel build() {
            return new OnnxModel(this);
        }
    }
}
