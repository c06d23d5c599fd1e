package io.github.tenken.spark;

import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Schema;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * The Tenken types of a Spark schema's columns: a type declared in the options wins; otherwise a Spark numeric
 * column is numeric and any other (text, boolean, date) categorical. A CSV read by Spark without schema inference
 * is all text: declare its numeric columns, or take the schema the local reader infers from a sample of the file
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
            ColumnType type = declared != null ? declared
                    : f.dataType() instanceof NumericType ? ColumnType.NUMERIC : ColumnType.CATEGORICAL;
            fields.add(new Schema.Field(f.name(), type));
        }
        return new Schema(fields);
    }
}
