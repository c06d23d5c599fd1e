package io.github.tenken.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.Batch;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Schema;
import io.github.tenken.engine.FusedScan;
import io.github.tenken.engine.ScanResult;
import io.github.tenken.engine.ScanSettings;
import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.CategoryCounts;
import io.github.tenken.stats.FirstRows;
import io.github.tenken.stats.Frequencies;
import io.github.tenken.stats.NumericStats;
import io.github.tenken.stats.NumericSummary;
import io.github.tenken.stats.RowCount;
import io.github.tenken.stats.RowGroupSet;
import io.github.tenken.stats.RowGroups;
import io.github.tenken.stats.ScanInfo;
import io.github.tenken.stats.StateCodec;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Predicate;

/**
 * The Spark scan on a fixture small enough to count by hand: eight rows in three partitions, cut into batches of
 * three rows (so batches straddle partitions), with text numbers, missing markers, and rows repeated across
 * partitions.
 */
class SparkDatasetTest {

    private static SparkSession spark;

    //   row  colour  size  label
    //   0    red     1.5   a
    //   1    ?       2     b      <- "?" is missing
    //   2    blue    NA    a      <- "NA" is missing (a default marker)
    //   3    red     1.5   a      <- repeats row 0
    //   4    green   4     b
    //   5    blue    2     a
    //   6    red     1.5   b      <- features of row 0, other label: a conflict
    //   7    green   4     b      <- repeats row 4
    private static final String[][] ROWS = {
            {"red", "1.5", "a"}, {"?", "2", "b"}, {"blue", "NA", "a"}, {"red", "1.5", "a"},
            {"green", "4", "b"}, {"blue", "2", "a"}, {"red", "1.5", "b"}, {"green", "4", "b"}};

    private static final Schema SCHEMA = Schema.of(new Schema.Field("colour", ColumnType.CATEGORICAL),
            new Schema.Field("size", ColumnType.NUMERIC), new Schema.Field("label", ColumnType.CATEGORICAL));

    @BeforeAll
    static void start() {
        spark = SparkTestSession.start("tenken-fixture");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static SparkDataset fixture(int partitions, Dictionaries dictionaries) {
        List<Row> rows = java.util.Arrays.stream(ROWS).map(r -> RowFactory.create((Object[]) r)).toList();
        var struct = DataTypes.createStructType(List.of(
                DataTypes.createStructField("colour", DataTypes.StringType, true),
                DataTypes.createStructField("size", DataTypes.StringType, true),
                DataTypes.createStructField("label", DataTypes.StringType, true)));
        var df = spark.createDataFrame(JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(rows, partitions), struct);
        return SparkDataset.of("fixture", df, SCHEMA, CsvOptions.builder().addMissingMarkers("?").build(),
                dictionaries);
    }

    private static ScanResult scan(SparkDataset d, List<Analyzer<?, ?>> analyzers) {
        return FusedScan.run(d, analyzers, new ScanSettings(Runnable::run, 3), false);
    }

    @Test
    void countsByHandAcrossThreePartitions() {
        Dictionaries dictionaries = new Dictionaries();
        dictionaries.forColumn("colour").codeOf("green");      // coded by an earlier dataset: keeps code 0
        ScanResult r = scan(fixture(3, dictionaries), List.of(new RowCount(), new CategoryCounts("colour"),
                new NumericSummary("size"), new FirstRows("colour"), new RowGroups(List.of("colour", "size"),
                        "label")));
        assertThat(r.rows()).isEqualTo(8);
        assertThat(r.batches()).isEqualTo(3);
        assertThat(r.get(new RowCount())).isEqualTo(8L);
        // codes: green (earlier dataset), then red, blue in order of first appearance
        assertThat(dictionaries.forColumn("colour").values()).containsExactly("green", "red", "blue");
        Frequencies colours = r.get(new CategoryCounts("colour"));
        assertThat(colours.values()).containsExactly("green", "red", "blue");
        assertThat(colours.counts()).containsExactly(2, 3, 2);
        assertThat(colours.missing()).isEqualTo(1);
        NumericStats size = r.get(new NumericSummary("size"));
        assertThat(size.count()).isEqualTo(7);
        assertThat(size.missing()).isEqualTo(1);
        assertThat(size.mean()).isEqualTo((1.5 + 2 + 1.5 + 4 + 2 + 1.5 + 4) / 7);
        assertThat(size.min()).isEqualTo(1.5);
        assertThat(size.max()).isEqualTo(4);
        FirstRows.Result first = r.get(new FirstRows("colour"));
        assertThat(first.rows()).containsExactly(4, 0, 2);    // green first seen in row 4, red in 0, blue in 2
        RowGroupSet groups = r.get(new RowGroups(List.of("colour", "size"), "label"));
        // distinct rows with their label: (red,1.5,a) x2, (red,1.5,b), (?,2,b), (blue,NA,a), (green,4,b) x2,
        // (blue,2,a): 6 of 8 rows; the group (red,1.5) carries a and b: one conflict of 3 rows
        assertThat(groups.distinctRows()).isEqualTo(6);
        assertThat(groups.duplicateRows()).isEqualTo(2);
        assertThat(groups.conflictingGroups()).isEqualTo(1);
        assertThat(groups.conflictingRows()).isEqualTo(3);
    }

    @Test
    void partitionsDoNotChangeTheStatistics() {
        List<Analyzer<?, ?>> analyzers = List.of(new CategoryCounts("label"), new NumericSummary("size"),
                new RowGroups(List.of("colour", "size"), "label"));
        ScanResult one = scan(fixture(1, new Dictionaries()), analyzers);
        ScanResult five = scan(fixture(5, new Dictionaries()), analyzers);
        assertThat(five.get(new NumericSummary("size"))).isEqualTo(one.get(new NumericSummary("size")));
        assertThat(five.get(new CategoryCounts("label")).counts())
                .containsExactly(one.get(new CategoryCounts("label")).counts());
        assertThat(five.get(new RowGroups(List.of("colour", "size"), "label")).conflictingRows()).isEqualTo(3);
    }

    /**
     * Row groups through the shuffle keyed by the row hash, against the local table of groups (itself checked against
     * a naive count in core): a numeric label (conflicts beyond a tolerance), 16 buckets of training rows against 4
     * of test rows (the test rows are re-bucketed to meet them), planted copies and conflicts.
     */
    @Test
    void rowGroupsInBucketsEqualTheLocalTable() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        Table training = regressionRows("train", random, 3_000, null);
        Table test = regressionRows("test", random, 1_000, training);
        RowGroups groups = new RowGroups(List.of("x", "c"), "y");
        RowGroupSet localTraining = FusedScan.run(training, List.of(groups), new ScanSettings(Runnable::run, 512),
                false).get(groups);
        RowGroupSet localTest = FusedScan.run(test, List.of(groups), new ScanSettings(Runnable::run, 512), false)
                .get(groups);
        Dictionaries d = new Dictionaries();
        RowGroupSet sparkTraining = scan(SparkDataset.of("train", SparkTestSession.rows(spark, training, 3),
                training.schema(), CsvOptions.defaults(), d).withRowsPerBucket(200), List.of(groups)).get(groups);
        RowGroupSet sparkTest = scan(SparkDataset.of("test", SparkTestSession.rows(spark, test, 2),
                test.schema(), CsvOptions.defaults(), d).withRowsPerBucket(300), List.of(groups)).get(groups);
        assertThat(sparkTraining.toString()).contains("16 buckets");
        assertThat(sparkTest.toString()).contains("4 buckets");
        for (RowGroupSet[] pair : new RowGroupSet[][]{{localTraining, sparkTraining}, {localTest, sparkTest}}) {
            assertThat(SparkRowGroups.counts(pair[1])).containsExactly(SparkRowGroups.counts(pair[0]));
            assertThat(pair[1].isNumericLabel()).isTrue();
            assertThat(pair[1].conflictsBeyond(0)).isEqualTo(pair[0].conflictsBeyond(0));
            assertThat(pair[1].conflictsBeyond(1.5)).isEqualTo(pair[0].conflictsBeyond(1.5));
        }
        assertThat(localTraining.duplicateRows()).isGreaterThan(100);        // the fixture plants what is compared
        assertThat(localTraining.conflictsBeyond(1.5).groups()).isGreaterThan(10);
        assertThat(localTest.rowsAlsoIn(localTraining)).isGreaterThan(200);
        assertThat(sparkTest.rowsAlsoIn(sparkTraining)).isEqualTo(localTest.rowsAlsoIn(localTraining));
        assertThat(sparkTest.distinctAlsoIn(sparkTraining)).isEqualTo(localTest.distinctAlsoIn(localTraining));
        assertThat(sparkTraining.rowsAlsoIn(sparkTest)).isEqualTo(localTraining.rowsAlsoIn(localTest));
        assertThat(sparkTraining.distinctAlsoIn(sparkTest)).isEqualTo(localTraining.distinctAlsoIn(localTest));
        assertThatThrownBy(() -> sparkTest.rowsAlsoIn(localTraining))
                .hasMessageContaining("read both datasets with Spark");
    }

    /**
     * Rows of a feature {@code x} (20 values, some missing), a category {@code c} (4) and a numeric label {@code y}
     * (10 values, some missing): many repeats and conflicts; a third of a test's rows copied from {@code from}.
     */
    private static Table regressionRows(String name, java.util.SplittableRandom random, int n, Table from) {
        double[] x = new double[n];
        String[] c = new String[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            if (from != null && random.nextInt(3) == 0) {
                int k = random.nextInt(from.rowCount());
                x[i] = ((NumericColumn) from.column("x")).get(k);
                CategoricalColumn fc = (CategoricalColumn) from.column("c");
                c[i] = fc.isMissing(k) ? null : fc.dictionary().valueOf(fc.code(k));
                y[i] = ((NumericColumn) from.column("y")).get(k);
                continue;
            }
            x[i] = random.nextInt(25) < 1 ? Double.NaN : random.nextInt(20) * 0.5;
            c[i] = random.nextInt(30) == 0 ? null : "c" + random.nextInt(4);
            y[i] = random.nextInt(40) == 0 ? Double.NaN : random.nextInt(10) * 0.75;
        }
        return Table.of(name, List.of(NumericColumn.of("x", x),
                CategoricalColumn.of("c", new CategoryDictionary(), c), NumericColumn.of("y", y)));
    }

    /** A dataset without rows: every partition empty, the shuffle's tasks receive nothing, counts are 0. */
    @Test
    void anEmptyDatasetGivesEmptyStatistics() {
        var struct = DataTypes.createStructType(List.of(
                DataTypes.createStructField("colour", DataTypes.StringType, true),
                DataTypes.createStructField("size", DataTypes.StringType, true),
                DataTypes.createStructField("label", DataTypes.StringType, true)));
        var df = spark.createDataFrame(JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(List.<Row>of(), 3), struct);
        RowGroups groups = new RowGroups(List.of("colour", "size"), "label");
        ScanResult r = scan(SparkDataset.of("empty", df, SCHEMA, CsvOptions.defaults(), new Dictionaries()),
                List.of(new RowCount(), new NumericSummary("size"), groups));
        assertThat(r.rows()).isZero();
        assertThat(r.get(new RowCount())).isZero();
        assertThat(r.get(new NumericSummary("size")).count()).isZero();
        RowGroupSet g = r.get(groups);
        assertThat(SparkRowGroups.counts(g)).containsOnly(0L);
        assertThat(g.rowsAlsoIn(g)).isZero();
    }

    /** A categorical column whose every value is missing has no categories, and is counted as missing. */
    @Test
    void aColumnWithoutAnyValue() {
        List<Row> rows = List.of(RowFactory.create(null, "1", "a"), RowFactory.create("?", "2", "b"));
        var struct = DataTypes.createStructType(List.of(
                DataTypes.createStructField("colour", DataTypes.StringType, true),
                DataTypes.createStructField("size", DataTypes.StringType, true),
                DataTypes.createStructField("label", DataTypes.StringType, true)));
        var df = spark.createDataFrame(JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(rows, 2), struct);
        ScanResult r = scan(SparkDataset.of("blank", df, SCHEMA, CsvOptions.builder().addMissingMarkers("?").build(),
                new Dictionaries()), List.of(new CategoryCounts("colour")));
        assertThat(r.get(new CategoryCounts("colour")).values()).isEmpty();
        assertThat(r.get(new CategoryCounts("colour")).missing()).isEqualTo(2);
    }

    /** A scored Spark ML frame carries vectors and arrays: they are left out, the flat columns kept and typed. */
    @Test
    void columnsWithoutASingleValueAreLeftOut() {
        var struct = DataTypes.createStructType(List.of(
                DataTypes.createStructField("age", DataTypes.IntegerType, true),
                DataTypes.createStructField("member", DataTypes.BooleanType, true),
                DataTypes.createStructField("probability", DataTypes.createArrayType(DataTypes.DoubleType), true),
                DataTypes.createStructField("extra", DataTypes.createMapType(DataTypes.StringType,
                        DataTypes.StringType), true),
                DataTypes.createStructField("label", DataTypes.StringType, true),
                DataTypes.createStructField("nothing", DataTypes.NullType, true)));
        List<Row> rows = List.of(
                RowFactory.create(30, true, new double[]{0.2, 0.8}, java.util.Map.of("a", "b"), "yes", null),
                RowFactory.create(40, false, new double[]{0.6, 0.4}, java.util.Map.of(), "no", null));
        var df = spark.createDataFrame(rows, struct);
        SparkDataset d = SparkDataset.of("scored", df, CsvOptions.defaults(), new Dictionaries());
        assertThat(d.schema()).isEqualTo(Schema.of(new Schema.Field("age", ColumnType.NUMERIC),
                new Schema.Field("member", ColumnType.CATEGORICAL), new Schema.Field("label", ColumnType.CATEGORICAL),
                new Schema.Field("nothing", ColumnType.CATEGORICAL)));
        ScanResult r = scan(d, List.of(new NumericSummary("age"), new CategoryCounts("member"),
                new CategoryCounts("nothing")));
        assertThat(r.get(new NumericSummary("age")).mean()).isEqualTo(35.0);
        assertThat(r.get(new CategoryCounts("member")).values()).containsExactly("true", "false");
        assertThat(r.get(new CategoryCounts("nothing")).missing()).isEqualTo(2);   // a column of nulls: all missing
    }

    /** An analyzer holding a lambda cannot be sent to executors: it alone fails, with its name. */
    private record Holding(Predicate<Batch> test) implements Analyzer<long[], Long> {
        @Override
        public long[] newState() {
            return new long[1];
        }

        @Override
        public void update(long[] state, Batch batch) {
            state[0] += batch.size();
        }

        @Override
        public long[] merge(long[] left, long[] right) {
            left[0] += right[0];
            return left;
        }

        @Override
        public Long result(long[] state, ScanInfo info) {
            return state[0];
        }

        @Override
        public StateCodec<long[]> codec() {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void anAnalyzerThatCannotBeShippedFailsAlone() {
        Holding holding = new Holding(b -> true);
        ScanResult r = scan(fixture(2, new Dictionaries()), List.of(new RowCount(), holding));
        assertThat(r.get(new RowCount())).isEqualTo(8L);
        assertThatThrownBy(() -> r.get(holding)).hasMessageContaining("cannot be sent to Spark executors");
    }

    @Test
    void aTextThatIsNoNumberNamesRowColumnAndValue() {
        List<Row> rows = List.of(RowFactory.create("red", "1"), RowFactory.create("blue", "ten"));
        var struct = DataTypes.createStructType(List.of(
                DataTypes.createStructField("colour", DataTypes.StringType, true),
                DataTypes.createStructField("size", DataTypes.StringType, true)));
        var df = spark.createDataFrame(rows, struct);
        SparkDataset d = SparkDataset.of("bad", df, Schema.of(new Schema.Field("colour", ColumnType.CATEGORICAL),
                new Schema.Field("size", ColumnType.NUMERIC)), CsvOptions.defaults(), new Dictionaries());
        // as on the local reader, bad data fails the scan (not one statistic), naming row, column and value
        assertThatThrownBy(() -> scan(d, List.of(new NumericSummary("size"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad, row 2, column size: \"ten\" is not a number");
    }
}
