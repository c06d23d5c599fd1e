package io.github.tenken.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxMap;
import ai.onnxruntime.OnnxSequence;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.SequenceInfo;
import ai.onnxruntime.TensorInfo;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of a model's outputs Tenken reads and how: the label (a string or int64 tensor), the probabilities (a ZipMap
 * {@code seq(map(string|int64, float))} as scikit-learn exporters write it, or a float tensor {@code [N, C]}), and
 * for a regressor its value (a float or double tensor {@code [N, 1]} or {@code [N]}). The first output of each
 * kind is taken.
 *
 * @param label         the label output, or null
 * @param probabilities the probabilities output, or null
 * @param zipMap        whether the probabilities are a sequence of maps
 * @param numeric       the first float or double tensor output, or null
 * @param numericWidth  the columns of that output: its second dimension, -1 when not fixed, 1 for {@code [N]}
 */
record OutputBinding(String label, String probabilities, boolean zipMap, String numeric, long numericWidth) {

    static OutputBinding of(Map<String, NodeInfo> outputs) {
        String label = null;
        String zip = null;
        String numeric = null;
        long width = 1;
        for (Map.Entry<String, NodeInfo> e : outputs.entrySet()) {
            if (e.getValue().getInfo() instanceof SequenceInfo s && s.sequenceOfMaps && zip == null) {
                zip = e.getKey();
            } else if (e.getValue().getInfo() instanceof TensorInfo t) {
                if ((t.type == OnnxJavaType.STRING || t.type == OnnxJavaType.INT64) && label == null) {
                    label = e.getKey();
                } else if ((t.type == OnnxJavaType.FLOAT || t.type == OnnxJavaType.DOUBLE) && numeric == null) {
                    numeric = e.getKey();
                    width = t.getShape().length == 2 ? t.getShape()[1] : 1;
                }
            }
        }
        return new OutputBinding(label, zip != null ? zip : numeric, zip != null, numeric, width);
    }

    /** Whether the outputs are a classifier's: a label, a ZipMap, or a numeric output of several columns. */
    boolean classifier() {
        return label != null || zipMap || numericWidth > 1;
    }

    /** The outputs a classifier needs run. */
    Set<String> classifierOutputs() {
        Set<String> names = new LinkedHashSet<>();
        if (label != null) {
            names.add(label);
        }
        if (probabilities != null) {
            names.add(probabilities);
        }
        return names;
    }

    /** The labels of a batch, as text (an int64 label as its decimal digits). */
    static String[] labels(OrtSession.Result result, String name, int rows) throws OrtException {
        OnnxTensor t = (OnnxTensor) value(result, name);
        String[] texts = new String[rows];
        if (t.getInfo().type == OnnxJavaType.STRING) {
            Object v = t.getValue();
            String[] s = v instanceof String[][] m ? flatten(m) : (String[]) v;
            checkRows(name, s.length, rows);
            System.arraycopy(s, 0, texts, 0, rows);
        } else {
            LongBuffer longs = t.getLongBuffer();
            checkRows(name, longs.remaining(), rows);
            for (int i = 0; i < rows; i++) {
                texts[i] = Long.toString(longs.get(i));
            }
        }
        return texts;
    }

    /** The probabilities of a batch, class by class ({@code [class][row]}) in the order of {@code classes}. */
    static double[][] probabilities(OrtSession.Result result, String name, boolean zipMap, List<String> classes,
                                    int rows) throws OrtException {
        double[][] byClass = new double[classes.size()][rows];
        OnnxValue value = value(result, name);
        if (zipMap) {
            Map<String, Integer> index = new java.util.HashMap<>();
            for (int k = 0; k < classes.size(); k++) {
                index.put(classes.get(k), k);
            }
            List<? extends OnnxValue> maps = ((OnnxSequence) value).getValue();
            checkRows(name, maps.size(), rows);
            for (int i = 0; i < rows; i++) {
                Map<?, ?> map = ((OnnxMap) maps.get(i)).getValue();
                if (map.size() != classes.size()) {
                    throw new IllegalStateException("output " + name + " gives " + map.size() + " probabilities "
                            + "for the " + classes.size() + " classes " + classes);
                }
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    Integer k = index.get(e.getKey().toString());
                    if (k == null) {
                        throw new IllegalStateException("output " + name + " gives a probability for class "
                                + e.getKey() + ", which is not one of the classes " + classes);
                    }
                    byClass[k][i] = ((Number) e.getValue()).doubleValue();
                }
            }
            return byClass;
        }
        double[] flat = numbers((OnnxTensor) value);
        if (flat.length != (long) rows * classes.size()) {
            throw new IllegalStateException("output " + name + " gives " + flat.length + " probabilities for "
                    + rows + " rows of the " + classes.size() + " classes " + classes);
        }
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < classes.size(); k++) {
                byClass[k][i] = flat[i * classes.size() + k];
            }
        }
        return byClass;
    }

    /**
     * The first row whose values are not probabilities (each in [0, 1] and summing to 1 within {@code 1e-4}, what
     * float arithmetic leaves of a softmax), or -1. Raw scores (logits, decision values) fail it, and so does a
     * {@code NaN} that a missing input leaves in a linear model.
     */
    static int firstNonProbabilityRow(double[][] byClass, int rows) {
        for (int i = 0; i < rows; i++) {
            double sum = 0;
            for (double[] p : byClass) {
                if (!(p[i] >= -1e-6 && p[i] <= 1 + 1e-6)) {
                    return i;
                }
                sum += p[i];
            }
            if (Math.abs(sum - 1) > 1e-4) {
                return i;
            }
        }
        return -1;
    }

    /** The values of a regression output, one per row. */
    static double[] values(OrtSession.Result result, String name, int rows) throws OrtException {
        double[] values = numbers((OnnxTensor) value(result, name));
        if (values.length != rows) {
            throw new IllegalStateException("output " + name + " gives " + values.length + " values for " + rows
                    + " rows; a regressor's output has one value a row ([N, 1] or [N])");
        }
        return values;
    }

    private static double[] numbers(OnnxTensor t) {
        if (t.getInfo().type == OnnxJavaType.DOUBLE) {
            DoubleBuffer b = t.getDoubleBuffer();
            double[] out = new double[b.remaining()];
            b.get(out);
            return out;
        }
        FloatBuffer b = t.getFloatBuffer();
        double[] out = new double[b.remaining()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.get(i);
        }
        return out;
    }

    private static OnnxValue value(OrtSession.Result result, String name) {
        return result.get(name).orElseThrow(() -> new IllegalStateException("the model gave no output " + name));
    }

    private static String[] flatten(String[][] m) {
        return java.util.Arrays.stream(m).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    private static void checkRows(String name, int got, int rows) {
        if (got != rows) {
            throw new IllegalStateException("output " + name + " gives " + got + " values for " + rows + " rows");
        }
    }
}
