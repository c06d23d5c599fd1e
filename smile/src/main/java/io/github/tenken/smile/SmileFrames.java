package io.github.tenken.smile;

import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.Column;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.internal.Preconditions;
import smile.data.DataFrame;
import smile.data.type.DataType;
import smile.data.type.DataTypes;
import smile.data.type.StructField;
import smile.data.type.StructType;
import smile.data.measure.CategoricalMeasure;
import smile.data.measure.NominalScale;
import smile.data.vector.BaseVector;
import smile.data.vector.DoubleVector;
import smile.data.vector.IntVector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Converts between Tenken {@link Table}s and Smile 3.1.1 {@link DataFrame}s, always copying the data, so that no
 * Smile routine can sort or change a dataset's arrays.
 *
 * <p>A categorical column becomes an {@code int} field whose {@link NominalScale} lists the shared dictionary's
 * values in code order, followed by one extra level, {@link #MISSING_LEVEL}, for missing values: its code is the
 * dictionary's size when the frame is made. Codes are therefore the dictionary codes and agree across training,
 * test and operation tables (Smile's own {@code factorize()} codes each frame separately). A numeric column becomes
 * a {@code double} field with missing values as {@code NaN}.
 *
 * <pre>{@code
 * DataFrame frame = SmileFrames.toDataFrame(training, List.of("age", "sex", "income"));
 * DataFrame conforming = SmileFrames.toDataFrame(test, model.schema()); // the codes the model was trained on
 * }</pre>
 */
public final class SmileFrames {

    /** The level that stands for a missing category in a nominal scale made by this class. */
    public static final String MISSING_LEVEL = "<missing>";

    private SmileFrames() {
    }

    /** A frame of the given columns of the table, in that order. */
    public static DataFrame toDataFrame(Table table, List<String> columns) {
        return toDataFrame(table, schema(table, columns));
    }

    /**
     * A frame of the table shaped as {@code schema}, e.g. the schema a model was trained with: each field is taken
     * from the table's column of the same name; a nominal field's codes are found by level name, and a category the
     * scale lacks, or a missing one, takes the scale's {@link #MISSING_LEVEL} (an error when it has none).
     */
    public static DataFrame toDataFrame(Table table, StructType schema) {
        return toDataFrame(table, schema, IntStream.range(0, table.rowCount()).toArray());
    }

    /** A frame of the given rows of the table, in that order, shaped as {@code schema}. */
    static DataFrame toDataFrame(Table table, StructType schema, int[] rows) {
        Preconditions.notNull(table, "table");
        List<BaseVector<?, ?, ?>> vectors = new ArrayList<>();
        for (StructField field : schema.fields()) {
            Column column = table.column(field.name);
            if (field.measure instanceof CategoricalMeasure scale) {
                vectors.add(IntVector.of(field, codes(table, column, scale, rows)));
            } else if (column instanceof NumericColumn numeric) {
                double[] values = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    values[i] = numeric.get(rows[i]);
                }
                vectors.add(DoubleVector.of(field.name, values));
            } else {
                throw new IllegalArgumentException("column \"" + field.name + "\" of " + table.name()
                        + " is categorical, but the frame expects numbers (" + field + ")");
            }
        }
        return DataFrame.of(vectors.toArray(BaseVector[]::new));
    }

    /** The schema {@link #toDataFrame(Table, List)} gives the columns, with nominal scales from the dictionaries. */
    public static StructType schema(Table table, List<String> columns) {
        Preconditions.notEmpty(columns, "columns");
        List<StructField> fields = new ArrayList<>();
        for (String name : columns) {
            Column column = table.column(name);
            fields.add(column instanceof CategoricalColumn c
                    ? new StructField(name, DataTypes.IntegerType, scale(c.dictionary(), name))
                    : new StructField(name, DataTypes.DoubleType));
        }
        return DataTypes.struct(fields);
    }

    /** The dictionary's values in code order, then {@link #MISSING_LEVEL}. */
    public static NominalScale scale(CategoryDictionary dictionary, String column) {
        List<String> levels = new ArrayList<>(dictionary.values());
        Preconditions.check(!levels.contains(MISSING_LEVEL), "column \"%s\" holds the value \"%s\", which Tenken "
                + "reserves for missing categories in Smile frames", column, MISSING_LEVEL);
        levels.add(MISSING_LEVEL);
        return new NominalScale(levels);
    }

    private static int[] codes(Table table, Column column, CategoricalMeasure scale, int[] rows) {
        Number missingLevel = scale.valueOf(MISSING_LEVEL);
        int[] codes = new int[rows.length];
        int[] byDictionaryCode = column instanceof CategoricalColumn c ? new int[c.dictionary().size()] : null;
        if (byDictionaryCode != null) {
            Arrays.fill(byDictionaryCode, Integer.MIN_VALUE);
        }
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            Number value;
            if (column.isMissing(r)) {
                value = missingLevel;
            } else if (byDictionaryCode != null) {
                int code = ((CategoricalColumn) column).code(r);
                if (byDictionaryCode[code] == Integer.MIN_VALUE) {
                    Number v = levelValue(scale, column.text(r), missingLevel);
                    byDictionaryCode[code] = v == null ? Integer.MAX_VALUE : v.intValue();
                }
                value = byDictionaryCode[code] == Integer.MAX_VALUE ? null : byDictionaryCode[code];
            } else {
                value = levelValue(scale, column.text(r), missingLevel);
            }
            if (value == null) {
                throw new IllegalArgumentException("column \"" + column.name() + "\" of " + table.name() + ", row "
                        + r + ": " + (column.isMissing(r) ? "the value is missing"
                        : "\"" + column.text(r) + "\" is not a level") + " of the frame's scale "
                        + Arrays.toString(scale.levels()) + ", which has no level \"" + MISSING_LEVEL + "\"");
            }
            codes[i] = value.intValue();
        }
        return codes;
    }

    private static Number levelValue(CategoricalMeasure scale, String level, Number missingLevel) {
        Number v = scale.valueOf(level);
        return v != null ? v : missingLevel;
    }

    /**
     * A table holding a copy of a Smile frame: nominal fields and text become categorical columns coded with the
     * shared dictionaries (the level {@link #MISSING_LEVEL} and nulls are missing); numbers become numeric columns.
     */
    public static Table fromDataFrame(String name, DataFrame frame, Dictionaries dictionaries) {
        Preconditions.notBlank(name, "table name");
        List<Column> columns = new ArrayList<>();
        int n = frame.nrow();
        for (int j = 0; j < frame.ncol(); j++) {
            StructField field = frame.schema().field(j);
            DataType type = field.type;
            if (field.measure instanceof CategoricalMeasure scale) {
                CategoricalColumn.Builder b = CategoricalColumn.builder(field.name,
                        dictionaries.forColumn(field.name), n);
                for (int i = 0; i < n; i++) {
                    String level = frame.isNullAt(i, j) ? null : scale.level(frame.getInt(i, j));
                    b.add(MISSING_LEVEL.equals(level) ? null : level);
                }
                columns.add(b.build());
            } else if (type.isNumeric()) {
                NumericColumn.Builder b = NumericColumn.builder(field.name, n);
                for (int i = 0; i < n; i++) {
                    b.add(frame.isNullAt(i, j) ? Double.NaN : frame.getDouble(i, j));
                }
                columns.add(b.build());
            } else {
                CategoricalColumn.Builder b = CategoricalColumn.builder(field.name,
                        dictionaries.forColumn(field.name), n);
                for (int i = 0; i < n; i++) {
                    Object v = frame.get(i, j);
                    b.add(v == null ? null : v.toString());
                }
                columns.add(b.build());
            }
        }
        return Table.of(name, columns);
    }
}
