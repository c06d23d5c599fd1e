package io.github.tenken.spark;

import io.github.tenken.checks.io.CsvDataset;
import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.Schema;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Spark datasets from files, read with the options of the local reader: delimiter, quote, header or given column
 * names, missing markers (file-wide and per column) and declared types. A CSV file is read by Spark as text (no
 * inference); when it is a local file, its types are the ones the local reader infers from its first rows, so a
 * Spark run and a local run of the same file see the same schema. Options Spark's reader cannot follow (
 * value rules, skipped lines) are refused rather than ignored.
 *
 * <pre>{@code
 * SparkDataset train = SparkSources.csv(spark, "data/train.csv", CsvOptions.defaults(), dictionaries);
 * SparkDataset test = SparkSources.parquet(spark, "s3://lake/test", CsvOptions.defaults(), dictionaries);
 * }</pre>
 */
public final class SparkSources {

    private SparkSources() {
    }

    /** A CSV file or folder of CSV files. */
    public static SparkDataset csv(SparkSession spark, String path, CsvOptions options, Dictionaries dictionaries) {
        requireSupported(options);
        requireReadable(spark, path);
        DataFrameReader reader = spark.read()
                .option("header", options.hasHeader())
                .option("sep", String.valueOf(options.delimiter()))
                .option("quote", String.valueOf(options.quote()))
                .option("escape", String.valueOf(options.quote()))
                .option("ignoreLeadingWhiteSpace", options.trim())
                .option("ignoreTrailingWhiteSpace", options.trim())
                .option("inferSchema", false)
                .option("mode", "FAILFAST");
        org.apache.spark.sql.Dataset<Row> rows = reader.csv(path);
        if (!options.hasHeader() && !options.columnNames().isEmpty()) {
            rows = rows.toDF(options.columnNames().toArray(String[]::new));
        }
        Path local = localFile(path);
        Schema schema = local != null ? CsvDataset.of(local, options, new Dictionaries()).schema()
                : SparkSchemas.of(rows.schema(), options);
        return SparkDataset.of(nameOf(path), rows, schema, options, dictionaries).from(path);
    }

    /** A Parquet file or folder: Spark's numeric columns are numeric, others categorical, unless declared. */
    public static SparkDataset parquet(SparkSession spark, String path, CsvOptions options,
                                       Dictionaries dictionaries) {
        requireReadable(spark, path);
        org.apache.spark.sql.Dataset<Row> rows = spark.read().parquet(path);
        return SparkDataset.of(nameOf(path), rows, options, dictionaries).from(path);
    }

    /**
     * A clear error for a path that names no file or folder, before Spark logs its own stack trace: asked of the file
     * system Spark would read it from (the cluster's default for a path without scheme), globs included. When that
     * file system cannot be asked (credentials, an unknown scheme), Spark's own read reports it.
     */
    private static void requireReadable(SparkSession spark, String path) {
        org.apache.hadoop.fs.FileStatus[] found;
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            found = p.getFileSystem(spark.sparkContext().hadoopConfiguration()).globStatus(p);
        } catch (java.io.IOException | RuntimeException e) {
            return;
        }
        if (found == null || found.length == 0) {
            throw new IllegalArgumentException("no file or folder " + path);
        }
    }

    private static void requireSupported(CsvOptions options) {
        if (options.skipLines() > 0 || options.skipPrefix().isPresent()
                || !options.normalisedColumns().isEmpty()) {
            throw new IllegalArgumentException("Spark reads CSV files without skipped lines or value rules; "
                    + "prepare the data with Spark first (options: skip lines "
                    + options.skipLines() + ", skip prefix " + options.skipPrefix().orElse("none") + ", rules on "
                    + options.normalisedColumns() + ")");
        }
    }

    private static Path localFile(String path) {
        try {
            Path p = Path.of(path.startsWith("file:") ? path.substring(5) : path);
            return Files.isRegularFile(p) ? p : null;
        } catch (RuntimeException e) {
            return null;          // a URI of another file system (s3a:, hdfs:)
        }
    }

    private static String nameOf(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        String n = p.substring(p.lastIndexOf('/') + 1);
        return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
    }
}
