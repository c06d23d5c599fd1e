package io.github.tenken.spark;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A small local Spark for tests, and tables turned into Spark datasets of a chosen number of partitions. */
final class SparkTestSession {

    private SparkTestSession() {
    }

    /** A {@code local[2]} session with few shuffle partitions and no UI. */
    static SparkSession start(String app) {
        return SparkSession.builder().master("local[2]").appName(app)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.adaptive.enabled", "false")
                .config("spark.sql.warehouse.dir", "target/spark-warehouse")
                .getOrCreate();
    }

    /**
     * The table's rows as a Spark dataset cut into {@code partitions} consecutive slices (row order kept): numbers as
     * doubles, categories as their text, missing values as {@code null}.
     */
    static org.apache.spark.sql.Dataset<Row> rows(SparkSession spark, Table table, int partitions) {
        List<StructField> fields = new ArrayList<>();
        for (Column c : table.columns()) {
            fields.add(DataTypes.createStructField(c.name(),
                    c instanceof NumericColumn ? DataTypes.DoubleType : DataTypes.StringType, true));
        }
        List<Row> rows = new ArrayList<>(table.rowCount());
        List<Column> columns = table.columns();
        for (int r = 0; r < table.rowCount(); r++) {
            Object[] values = new Object[columns.size()];
            for (int j = 0; j < values.length; j++) {
                Column c = columns.get(j);
                if (c instanceof NumericColumn n) {
                    values[j] = n.isMissing(r) ? null : n.get(r);
                } else if (c instanceof CategoricalColumn k) {
                    values[j] = k.isMissing(r) ? null : k.dictionary().valueOf(k.code(r));
                } else {
                    throw new IllegalArgumentException("column " + c.name() + " is " + c.type());
                }
            }
            rows.add(RowFactory.create(values));
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        return spark.createDataFrame(jsc.parallelize(rows, partitions), DataTypes.createStructType(fields));
    }

    /** The table as a plain CSV file: header, {@code ?} where a value is missing. */
    static void writeCsv(Table table, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", table.columnNames()));
            w.write('\n');
            for (int r = 0; r < table.rowCount(); r++) {
                StringBuilder line = new StringBuilder();
                for (Column c : table.columns()) {
                    if (!line.isEmpty()) {
                        line.append(',');
                    }
                    if (c instanceof NumericColumn n) {
                        double v = n.get(r);
                        line.append(Double.isNaN(v) ? "?" : v == Math.rint(v) ? Long.toString((long) v)
                                : Double.toString(v));
                    } else {
                        CategoricalColumn k = (CategoricalColumn) c;
                        line.append(k.isMissing(r) ? "?" : k.dictionary().valueOf(k.code(r)));
                    }
                }
                w.write(line.append('\n').toString());
            }
        }
    }
}
