package io.github.tenken.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.TensorInfo;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;

import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a table's columns feed a model's inputs: either one tensor per column, named as the column ({@code [N, 1]} or
 * {@code [N]}, of float, double, int64 or string), or one float or double matrix {@code [N, k]} whose columns are
 * the given feature columns in order. A missing number is {@code NaN} in a float or double tensor; an int64 or
 * string tensor cannot hold a missing value, which is then an error naming the column and row.
 */
final class InputBinding {

    private static final Set<OnnxJavaType> TYPES = Set.of(OnnxJavaType.FLOAT, OnnxJavaType.DOUBLE,
            OnnxJavaType.INT64, OnnxJavaType.STRING);

    private final String file;
    private final Map<String, TensorInfo> inputs;
    private final String matrixInput;
    private final List<String> features;

    private InputBinding(String file, Map<String, TensorInfo> inputs, String matrixInput, List<String> features) {
        this.file = file;
        this.inputs = inputs;
        this.matrixInput = matrixInput;
        this.features = List.copyOf(features);
    }

    /**
     * Binds the model's inputs.
     *
     * @param matrixColumns the columns of a single matrix input in order, or empty for one input per column
     */
    static InputBinding of(String file, Map<String, NodeInfo> info, List<String> matrixColumns) {
        Map<String, TensorInfo> inputs = new LinkedHashMap<>();
        info.forEach((name, node) -> {
            if (!(node.getInfo() instanceof TensorInfo t) || !TYPES.contains(t.type)) {
                throw new IllegalArgumentException(file + ": input " + name + " is " + node.getInfo()
                        + "; Tenken feeds float, double, int64 and string tensors only");
            }
            inputs.put(name, t);
        });
        if (!matrixColumns.isEmpty()) {
            return matrix(file, inputs, matrixColumns);
        }
        for (Map.Entry<String, TensorInfo> e : inputs.entrySet()) {
            long[] shape = e.getValue().getShape();
            boolean oneColumn = shape.length == 1 || (shape.length == 2 && shape[1] <= 1);
            if (!oneColumn) {
                throw new IllegalArgumentException(file + ": input " + e.getKey() + " has the shape "
                        + shapeText(shape) + ", a matrix of several columns; give the columns it reads, in order, "
                        + "as inputs");
            }
        }
        return new InputBinding(file, inputs, null, new ArrayList<>(inputs.keySet()));
    }

    private static InputBinding matrix(String file, Map<String, TensorInfo> inputs, List<String> columns) {
        if (inputs.size() != 1) {
            throw new IllegalArgumentException(file + " has " + inputs.size() + " inputs " + inputs.keySet()
                    + "; inputs names the columns of a single matrix input, so leave it out to feed one column "
                    + "to each input of the same name");
        }
        Map.Entry<String, TensorInfo> only = inputs.entrySet().iterator().next();
        TensorInfo t = only.getValue();
        long[] shape = t.getShape();
        if (t.type != OnnxJavaType.FLOAT && t.type != OnnxJavaType.DOUBLE) {
            throw new IllegalArgumentException(file + ": input " + only.getKey() + " is a tensor of " + t.type
                    + ", not a float or double matrix for the columns " + columns);
        }
        if (shape.length != 2 || (shape[1] >= 0 && shape[1] != columns.size())) {
            throw new IllegalArgumentException(file + ": input " + only.getKey() + " has the shape "
                    + shapeText(shape) + ", which does not take the " + columns.size() + " columns " + columns);
        }
        if (columns.stream().distinct().count() != columns.size()) {
            throw new IllegalArgumentException("inputs " + columns + " name a column twice");
        }
        return new InputBinding(file, inputs, only.getKey(), columns);
    }

    /** The columns the model reads, in order. */
    List<String> features() {
        return features;
    }

    /** Rows {@code from} to {@code to} of the table as the model's input tensors; the caller closes them. */
    Map<String, OnnxTensor> tensors(OrtEnvironment env, Table table, int from, int to) throws OrtException {
        for (String column : features) {
            if (!table.hasColumn(column)) {
                throw new IllegalArgumentException(file + " reads the column " + column + ", which " + table.name()
                        + " does not have; its columns are " + table.columnNames());
            }
        }
        Map<String, OnnxTensor> tensors = new LinkedHashMap<>();
        try {
            if (matrixInput != null) {
                tensors.put(matrixInput, matrix(env, table, from, to));
            } else {
                for (Map.Entry<String, TensorInfo> e : inputs.entrySet()) {
                    tensors.put(e.getKey(), column(env, e.getValue(), table.column(e.getKey()), from, to));
                }
            }
            return tensors;
        } catch (OrtException | RuntimeException e) {
            tensors.values().forEach(OnnxTensor::close);
            throw e;
        }
    }

    private OnnxTensor matrix(OrtEnvironment env, Table table, int from, int to) throws OrtException {
        int n = to - from;
        int k = features.size();
        double[] values = new double[n * k];
        for (int j = 0; j < k; j++) {
            NumericColumn c = numeric(table.column(features.get(j)), OnnxJavaType.FLOAT);
            for (int i = 0; i < n; i++) {
                values[i * k + j] = c.get(from + i);
            }
        }
        long[] shape = {n, k};
        if (inputs.get(matrixInput).type == OnnxJavaType.DOUBLE) {
            return OnnxTensor.createTensor(env, DoubleBuffer.wrap(values), shape);
        }
        return OnnxTensor.createTensor(env, toFloats(values), shape);
    }

    private OnnxTensor column(OrtEnvironment env, TensorInfo info, Column column, int from, int to)
            throws OrtException {
        int n = to - from;
        long[] shape = info.getShape().length == 1 ? new long[] {n} : new long[] {n, 1};
        switch (info.type) {
            case STRING -> {
                String[] texts = new String[n];
                for (int i = 0; i < n; i++) {
                    texts[i] = present(column, from + i, "string").text(from + i);
                }
                return OnnxTensor.createTensor(env, texts, shape);
            }
            case INT64 -> {
                NumericColumn c = numeric(column, info.type);
                long[] longs = new long[n];
                for (int i = 0; i < n; i++) {
                    double v = present(c, from + i, "int64").get(from + i);
                    if (v != Math.rint(v) || Math.abs(v) > 0x1p53) {
                        throw new IllegalArgumentException("column " + column.name() + " holds " + v + " in row "
                                + (from + i) + "; the int64 input of " + file + " takes whole numbers only");
                    }
                    longs[i] = (long) v;
                }
                return OnnxTensor.createTensor(env, LongBuffer.wrap(longs), shape);
            }
            case DOUBLE -> {
                double[] values = new double[n];
                numeric(column, info.type).copyTo(from, values, 0, n);
                return OnnxTensor.createTensor(env, DoubleBuffer.wrap(values), shape);
            }
            default -> {
                double[] values = new double[n];
                numeric(column, info.type).copyTo(from, values, 0, n);
                return OnnxTensor.createTensor(env, toFloats(values), shape);
            }
        }
    }

    private NumericColumn numeric(Column column, OnnxJavaType type) {
        if (column instanceof NumericColumn c) {
            return c;
        }
        String what = column instanceof CategoricalColumn ? "categorical" : "an identifier";
        throw new IllegalArgumentException("column " + column.name() + " is " + what + ", but " + file
                + " reads it as a " + type.toString().toLowerCase(java.util.Locale.ROOT) + " number; encode it "
                + "in the model (e.g. a one-hot encoder on a string input) or give a numeric column");
    }

    private <C extends Column> C present(C column, int row, String type) {
        if (column.isMissing(row)) {
            throw new IllegalArgumentException("column " + column.name() + " is missing in row " + row + "; the "
                    + type + " input of " + file + " cannot take a missing value");
        }
        return column;
    }

    private static FloatBuffer toFloats(double[] values) {
        float[] floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = (float) values[i];
        }
        return FloatBuffer.wrap(floats);
    }

    static String shapeText(long[] shape) {
        return Arrays.toString(Arrays.stream(shape).mapToObj(d -> d < 0 ? "N" : Long.toString(d)).toArray());
    }
}
