package io.github.tenken.spark;

import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.Batch;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Schema;
import io.github.tenken.data.Table;
import io.github.tenken.engine.DistributedDataset;
import io.github.tenken.internal.Preconditions;
import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.KeyedAnalyzer;
import io.github.tenken.stats.RowGroupSet;
import io.github.tenken.stats.ScanInfo;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * A Spark {@code Dataset<Row>} as a Tenken dataset whose scans run on the cluster: each partition runs the planned
 * analyzers over batches of its own rows and ships only their serialised states through one shuffle, where one task
 * merges the plain states in partition order and the row-identity groups ({@link KeyedAnalyzer}s) are merged in
 * buckets keyed by the row hash ({@link ShuffleMerge}); the driver receives the merged states and each bucket's counts.
 * Row order is the order of the partitions, then of the rows within each, as Spark gives them.
 *
 * <pre>{@code
 * Dictionaries dictionaries = new Dictionaries();
 * SparkDataset training = SparkDataset.of("train", spark.read().parquet("s3://lake/train"), schema, options,
 *         dictionaries);
 * AssessmentResult result = Assessment.builder()....training(training).build().run();
 * }</pre>
 *
 * <p>Each scan reads the data twice (a census of partition sizes and categories, then the analyzers): cache the
 * Spark dataset when it is expensive to compute. Checks that read rows one by one get them collected to the driver
 * ({@link #toTable()}), which only suits data that fits there.
 */
public final class SparkDataset implements DistributedDataset {

    /** Rows per bucket of a keyed analyzer unless set: what one task merges comfortably in a 1 GB heap. */
    public static final long DEFAULT_ROWS_PER_BUCKET = 1_000_000;

    private final String name;
    private final String source;
    private final org.apache.spark.sql.Dataset<Row> rows;
    private final Schema schema;
    private final Dictionaries dictionaries;
    private final RowDecoder decoder;
    private final List<String> driverColumns;
    private final long rowsPerBucket;

    private SparkDataset(String name, String source, org.apache.spark.sql.Dataset<Row> rows, Schema schema,
                         Map<String, Set<String>> markers, Dictionaries dictionaries, List<String> driverColumns,
                         long rowsPerBucket) {
        this.name = Preconditions.notNull(name, "name");
        this.source = Preconditions.notNull(source, "source");
        this.rows = Preconditions.notNull(rows, "rows");
        this.schema = Preconditions.notNull(schema, "schema");
        this.dictionaries = Preconditions.notNull(dictionaries, "dictionaries");
        this.decoder = new RowDecoder(name, schema, Arrays.asList(rows.columns()), markers);
        this.driverColumns = List.copyOf(driverColumns);
        Preconditions.check(rowsPerBucket > 0, "rows per bucket must be positive, was %d", rowsPerBucket);
        this.rowsPerBucket = rowsPerBucket;
        for (String c : driverColumns) {
            Preconditions.check(schema.has(c), "column \"%s\" not found in %s; its columns are %s", c, name,
                    schema.names());
        }
    }

    /**
     * A Spark dataset read with the given Tenken schema (a subset of its columns, in any order), the missing markers
     * of {@code options} (file-wide and per column), and codes from the assessment's shared dictionaries.
     */
    public static SparkDataset of(String name, org.apache.spark.sql.Dataset<Row> rows, Schema schema,
                                  CsvOptions options, Dictionaries dictionaries) {
        Map<String, Set<String>> markers = new LinkedHashMap<>();
        for (String column : schema.names()) {
            markers.put(column, new LinkedHashSet<>(options.missingMarkers(column)));
        }
        return new SparkDataset(name, "spark:" + name, rows, schema, markers, dictionaries, List.of(),
                DEFAULT_ROWS_PER_BUCKET);
    }

    /** A Spark dataset with the types Spark gives its columns (see {@link SparkSchemas}) unless declared. */
    public static SparkDataset of(String name, org.apache.spark.sql.Dataset<Row> rows, CsvOptions options,
                                  Dictionaries dictionaries) {
        return of(name, rows, SparkSchemas.of(rows.schema(), options), options, dictionaries);
    }

    /** This dataset with another source description (a path), for provenance and messages. */
    public SparkDataset from(String newSource) {
        return new SparkDataset(name, newSource, rows, schema, decoder.markers(), dictionaries, driverColumns,
                rowsPerBucket);
    }

    /**
     * This dataset with only these columns collected when a check reads its rows on the driver (model checks read
     * the label, predictions, probabilities and sensitive columns): the scans still see every column.
     */
    public SparkDataset collectingOnly(List<String> columns) {
        return new SparkDataset(name, source, rows, schema, decoder.markers(), dictionaries, columns,
                rowsPerBucket);
    }

    /**
     * This dataset with its row-identity groups (duplicates, label conflicts, leakage) merged in buckets of about
     * this many rows each (the shuffle's tasks; {@link #DEFAULT_ROWS_PER_BUCKET} unless set). Fewer rows per bucket
     * take less memory per task and more tasks; the counts are the same.
     */
    public SparkDataset withRowsPerBucket(long rows) {
        return new SparkDataset(name, source, this.rows, schema, decoder.markers(), dictionaries, driverColumns, rows);
    }

    /** The Spark rows behind this dataset. */
    public org.apache.spark.sql.Dataset<Row> rows() {
        return rows;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public Schema schema() {
        return schema;
    }

    @Override
    public Merged scanStates(List<Analyzer<?, ?>> analyzers, int batchRows) {
        JavaRDD<Row> rdd = rows.javaRDD();
        long[] counts = onSpark(() -> CategoryCensus.run(rdd, decoder, dictionaries));
        long[] offsets = new long[counts.length];
        long total = 0;
        for (int p = 0; p < counts.length; p++) {
            offsets[p] = total;
            total += counts[p];
        }
        List<Object> states = new ArrayList<>(analyzers.size());
        List<Integer> shippable = new ArrayList<>();
        List<byte[]> shipped = new ArrayList<>();
        boolean keyed = false;
        for (int a = 0; a < analyzers.size(); a++) {
            try {
                shipped.add(AnalyzerShipping.toBytes(analyzers.get(a)));
                shippable.add(a);
                states.add(null);
                keyed |= analyzers.get(a) instanceof KeyedAnalyzer<?, ?>;
            } catch (IllegalArgumentException e) {
                states.add(e);
            }
        }
        int buckets = keyed ? bucketsFor(total) : 0;
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(rows.sparkSession().sparkContext());
        Broadcast<byte[][]> analyzerBytes = jsc.broadcast(shipped.toArray(byte[][]::new));
        Broadcast<String[][]> dictionaryValues = jsc.broadcast(dictionaryValues());
        JavaRDD<ScanPiece> pieces = JavaPairRDD.fromJavaRDD(rdd.mapPartitionsWithIndex(
                        new PartitionScan(decoder, analyzerBytes, dictionaryValues, offsets, batchRows, buckets,
                                rowsPerBucket), false))
                .partitionBy(new HashPartitioner(buckets + 1))
                .mapPartitionsWithIndex(new ShuffleMerge(analyzerBytes, buckets, decoder), true);
        if (keyed) {
            pieces.persist(StorageLevel.MEMORY_AND_DISK());      // the bucket tables answer later questions
        }
        List<ScanPiece> summaries;
        try {
            summaries = onSpark(() -> pieces.map(ScanPiece::summary).collect());
        } catch (RuntimeException e) {
            pieces.unpersist(false);
            analyzerBytes.destroy();
            dictionaryValues.destroy();
            throw e;
        }
        if (keyed) {
            // the cached bucket tables are read again; should an executor lose them, Spark recomputes them from the
            // broadcasts, so these keep their driver copy
            dictionaryValues.unpersist(false);
            analyzerBytes.unpersist(false);
        } else {
            analyzerBytes.destroy();
            dictionaryValues.destroy();
        }
        ScanPiece.MergedStates merged = null;
        Map<Integer, List<ScanPiece.BucketTable>> tables = new HashMap<>();
        for (ScanPiece piece : summaries) {
            if (piece instanceof ScanPiece.MergedStates m) {
                merged = m;
            } else if (piece instanceof ScanPiece.BucketTable t) {
                tables.computeIfAbsent(t.analyzer(), k -> new ArrayList<>()).add(t);
            }
        }
        if (merged == null) {
            throw new IllegalStateException(name + ": the scan's merged states went missing");
        }
        if (merged.rows() != total) {
            throw new IllegalArgumentException(source + " gave " + total + " rows to the first read and "
                    + merged.rows() + " to the second: its rows change between reads; cache() the Spark dataset");
        }
        ScanInfo info = new ScanInfo(name, schema, total, Map.of());
        for (int i = 0; i < shippable.size(); i++) {
            int a = shippable.get(i);
            Analyzer<?, ?> analyzer = analyzers.get(a);
            states.set(a, merged.errors()[i] != null ? new IllegalStateException(merged.errors()[i])
                    : analyzer instanceof KeyedAnalyzer<?, ?>
                    ? keyedResult(analyzer, tables.getOrDefault(i, List.of()), pieces, i, buckets, shipped.get(i), info)
                    : decoded(analyzer, merged.states()[i]));
        }
        int batches = (int) ((total + batchRows - 1) / batchRows);
        return new Merged(states, total, batches, categories());
    }

    /** The buckets for {@code rows} rows: the power of two that keeps each at or under {@link #rowsPerBucket}. */
    int bucketsFor(long rows) {
        long needed = Math.max(1, (rows + rowsPerBucket - 1) / rowsPerBucket);
        long buckets = Long.highestOneBit(needed);
        return (int) Math.min(buckets < needed ? buckets << 1 : buckets, 1 << 16);
    }

    private static Object decoded(Analyzer<?, ?> analyzer, byte[] bytes) {
        if (bytes == null) {
            return new IllegalStateException(analyzer + ": the merging task sent no state and no error");
        }
        try {
            return States.fromBytes(analyzer, bytes);
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** A keyed analyzer's result from its buckets' counts, the buckets staying on the executors. */
    private Object keyedResult(Analyzer<?, ?> analyzer, List<ScanPiece.BucketTable> tables, JavaRDD<ScanPiece> pieces,
                               int index, int buckets, byte[] shipped, ScanInfo info) {
        Object empty;
        try {
            empty = States.result(analyzer, analyzer.newState(), info);
        } catch (RuntimeException e) {
            return e;                                        // this analyzer fails, the others go on
        }
        if (!(empty instanceof RowGroupSet groups)) {
            return new IllegalArgumentException(analyzer + " is keyed but gives no row groups; Spark runs only "
                    + "row groups by key");
        }
        long[] sum = new long[SparkRowGroups.counts(groups).length];
        for (ScanPiece.BucketTable t : tables) {
            if (t.error() != null) {
                return new IllegalStateException("bucket " + t.bucket() + ": " + t.error());
            }
            for (int k = 0; k < sum.length; k++) {
                sum[k] += t.counts()[k];
            }
        }
        return new Computed(new SparkRowGroups(name, sum, groups.isNumericLabel(), pieces, index, buckets, shipped,
                decoder));
    }

    /**
     * A Spark job's outcome, or its failure as one clear line: a value the data cannot hold (text in a numeric
     * column, an infinity) fails the scan as it does on the local reader, with the row and column the executor named;
     * any other failure (a malformed CSV record, an unreadable file) names this dataset's source and the cause's
     * first line, not Spark's job failure with its stack traces.
     */
    private <T> T onSpark(java.util.function.Supplier<T> job) {
        try {
            return job.get();
        } catch (Exception e) {                 // Spark rethrows a task's failure as a (checked) SparkException
            Throwable root = e;
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof IllegalArgumentException data && data.getStackTrace().length > 0
                        && data.getStackTrace()[0].getClassName().equals(RowDecoder.class.getName())) {
                    throw new IllegalArgumentException(data.getMessage(), e);
                }
                root = t;
            }
            throw new IllegalArgumentException(source + ": Spark could not read it: " + States.oneLine(root), e);
        }
    }

    private String[][] dictionaryValues() {
        String[][] values = new String[schema.size()][];
        for (int j = 0; j < schema.size(); j++) {
            if (schema.fields().get(j).type() == ColumnType.CATEGORICAL) {
                values[j] = dictionaries.forColumn(schema.fields().get(j).name()).values().toArray(String[]::new);
            }
        }
        return values;
    }

    private Map<String, List<String>> categories() {
        Map<String, List<String>> categories = new LinkedHashMap<>();
        for (Schema.Field f : schema.fields()) {
            if (f.type() == ColumnType.CATEGORICAL) {
                categories.put(f.name(), dictionaries.forColumn(f.name()).snapshot());
            }
        }
        return categories;
    }

    /**
     * Every row collected to the driver, for checks that read rows one by one (model checks): only the columns of
     * {@link #collectingOnly} when set, and only on data that fits there.
     */
    @Override
    public Table toTable() {
        JavaRDD<Row> rdd = rows.javaRDD();
        onSpark(() -> CategoryCensus.run(rdd, decoder, dictionaries));
        Schema kept = driverColumns.isEmpty() ? schema : new Schema(schema.fields().stream()
                .filter(f -> driverColumns.contains(f.name())).toList());
        List<Row> all;
        RowDecoder keptDecoder;
        if (driverColumns.isEmpty()) {
            all = onSpark(rdd::collect);
            keptDecoder = decoder;
        } else {
            org.apache.spark.sql.Dataset<Row> selected = rows.selectExpr(kept.names().stream()
                    .map(c -> "`" + c.replace("`", "``") + "`").toArray(String[]::new));
            all = onSpark(() -> selected.javaRDD().collect());
            keptDecoder = new RowDecoder(name, kept, Arrays.asList(selected.columns()), decoder.markers());
        }
        CategoryDictionary[] dicts = new CategoryDictionary[kept.size()];
        for (int j = 0; j < kept.size(); j++) {
            if (kept.fields().get(j).type() == ColumnType.CATEGORICAL) {
                dicts[j] = dictionaries.forColumn(kept.fields().get(j).name());
            }
        }
        List<Batch> batches = all.isEmpty() ? List.of() : List.of(keptDecoder.decode(kept, all, 0, dicts));
        return Table.concat(name, source, kept, batches);
    }

    @Override
    public int scan(int batchRows, Executor executor, BatchSink sink) {
        return toTable().scan(batchRows, executor, sink);
    }

    @Override
    public String toString() {
        return "SparkDataset[" + name + ", " + rows.rdd().getNumPartitions() + " partitions]";
    }
}
