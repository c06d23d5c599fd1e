package io.github.tenken.spark;

import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Schema;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.CharType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.NullType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import org.apache.spark.sql.types.VarcharType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * The Tenken types of a Spark schema's columns: a type declared in the options wins; otherwise a Spark numeric
 * column is numeric and any other flat one (text, boolean, date, timestamp) categorical. Columns that hold no single
 * value (a Spark ML vector such as {@code features} or {@code probability}, an array, a map, a struct, bytes) are left
 * out: their text would make every row its own category. A CSV read by Spark without schema inference is all text:
 * declare its numeric columns, or take the schema the local reader infers from a sample of the file
 * ({@link SparkSources#csv}).
 */
public final class SparkSchemas {

    private SparkSchemas() {
    }

    /** The schema of these Spark columns. */
    public static Schema of(StructType spark, CsvOptions options) {
        List<Schema.Field> fields = new ArrayList<>();
        for (StructField f : spark.fields()) {
            ColumnType declared = options.declaredTypes().get(f.name());
            if (declared == null && !flat(f.dataType())) {
                continue;
            }
            ColumnType type = declared != null ? declared
                    : f.dataType() instanceof NumericType ? ColumnType.NUMERIC : ColumnType.CATEGORICAL;
            fields.add(new Schema.Field(f.name(), type));
        }
        return new Schema(fields);
    }

    /**
     * Whether a column of this type holds one value per row: numbers, text, booleans, dates and times, and the
     * null type of a column with no value at all (categorical, every row missing).
     */
    static boolean flat(DataType type) {
        return type instanceof NumericType || type instanceof StringType || type instanceof BooleanType
                || type instanceof DateType || type instanceof TimestampType || type instanceof TimestampNTZType
                || type instanceof CharType || type instanceof VarcharType || type instanceof NullType;
    }
}
