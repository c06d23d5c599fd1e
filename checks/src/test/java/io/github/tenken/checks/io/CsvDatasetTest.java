package io.github.tenken.checks.io;

import io.github.tenken.data.Batch;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.SchemaChangedException;
import io.github.tenken.data.Table;
import io.github.tenken.data.ValueHash;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A CSV file as a dataset: exact batches, schema changes, the earliest error, identifiers, codes in file order. */
class CsvDatasetTest {

    private static ExecutorService pool;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    /**
     * {@code rows} rows of an id, an integer, a number with up to 17 digits, a category whose new values keep
     * appearing, a quoted text with delimiters and line breaks, a mostly missing column; blank and junk lines
     * in between. Row {@code i} is on a line computable from {@code i}.
     */
    static String synthetic(int rows) {
        StringBuilder t = new StringBuilder("# written by a test\nid,n,x,cat,text,sparse\n");
        for (int i = 0; i < rows; i++) {
            t.append('r').append(i).append(',').append(i % 97 - 40).append(',');
            t.append(i % 5 == 0 ? Double.toString(Math.sqrt(i) * 1e-3) : (i % 1000) / 8.0).append(',');
            t.append('c').append(i % 11 == 0 ? i / 500 : i % 7).append(',');
            t.append(i % 13 == 0 ? "\"a, \"\"b\"\"\nc\"" : "plain").append(',');
            t.append(i % 101 == 0 ? "yes" : "NA").append('\n');
            if (i % 1_000 == 0) {
                t.append("\n# junk, line\n");
            }
        }
        return t.toString();
    }

    private static CsvOptions options() {
        return CsvOptions.builder().skipLinesStartingWith("#").build();
    }

    private static CsvDataset dataset(String name, String text, CsvOptions options, Dictionaries dictionaries) {
        return new CsvDataset(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), options,
                dictionaries);
    }

    /** Scans and joins the batches, checking that batch k starts at row k * batchRows and is full but the last. */
    private static Table scanAndJoin(CsvDataset d, int batchRows, int expectedRows) {
        Map<Integer, Batch> batches = new ConcurrentHashMap<>();
        int n = d.scan(batchRows, pool, (k, b) -> assertThat(batches.put(k, b)).isNull());
        assertThat(n).isEqualTo((expectedRows + batchRows - 1) / batchRows).isEqualTo(batches.size());
        List<Batch> ordered = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Batch b = batches.get(k);
            assertThat(b.firstRow()).isEqualTo((long) k * batchRows);
            assertThat(b.size()).isEqualTo(Math.min(batchRows, expectedRows - k * batchRows));
            assertThat(b.schema()).isEqualTo(d.schema());
            ordered.add(b);
        }
        return Table.concat(d.name(), d.source(), d.schema(), ordered);
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 1_000, 65_536})
    void scanBatchesJoinIntoTheTable(int batchRows) {
        String text = synthetic(150_000);
        Dictionaries dictionaries = new Dictionaries();
        CsvDataset d = dataset("synthetic.csv", text, options(), dictionaries);
        assertThat(d.schema().names()).containsExactly("id", "n", "x", "cat", "text", "sparse");
        assertThat(d.schema().fields().stream().map(f -> f.type()).toList()).containsExactly(ColumnType.IDENTIFIER,
                ColumnType.NUMERIC, ColumnType.NUMERIC, ColumnType.CATEGORICAL, ColumnType.CATEGORICAL,
                ColumnType.CATEGORICAL);
        Table joined = scanAndJoin(d, batchRows, 150_000);
        Table whole = d.toTable(pool);
        ReaderComparison.assertSameTables(joined, whole);
        ReaderComparison.Outcome reference = ReaderComparison.reference("synthetic.csv",
                text.getBytes(StandardCharsets.UTF_8), options());
        ReaderComparison.assertSameTables(whole, reference.table().table());
        assertThat(dictionaries.forColumn("cat").values())
                .isEqualTo(reference.dictionaries().forColumn("cat").values());
        assertThat(whole.column("text").text(13)).isEqualTo("a, \"b\"\nc");
        assertThat(whole.numeric("n").get(149_999)).isEqualTo(149_999 % 97 - 40);
    }

    @Test
    void shippedDatasetsScanIntoTheirTables() {
        String adult = "/io/github/tenken/checks/sample/adult/";
        Map<String, CsvOptions> files = new java.util.LinkedHashMap<>();
        files.put("/datasets/iris.csv", CsvOptions.builder().label("species").build());
        files.put("/datasets/penguins.csv.gz", CsvOptions.builder().label("species").build());
        files.put("/datasets/titanic.csv.gz", CsvOptions.builder().label("survived").build());
        files.put("/datasets/diabetes.csv.gz", CsvOptions.defaults());
        files.put("/datasets/winequality-red.csv.gz", CsvOptions.builder().delimiter(';').build());
        files.put("/datasets/winequality-white.csv.gz", CsvOptions.builder().delimiter(';').build());
        files.put(adult + "adult.data.gz", FastReaderIdentityTest.ADULT);
        files.put(adult + "adult.test.gz", FastReaderIdentityTest.ADULT);
        files.forEach((resource, options) -> {
            String file = resource.substring(resource.lastIndexOf('/') + 1);
            CsvDataset d = new CsvDataset(file, new ByteArrayInputStream(FastReaderIdentityTest.resource(resource)),
                    options, new Dictionaries());
            assertThat(d.name()).isEqualTo(CsvDataset.tableName(file));
            Table whole = d.toTable();
            for (int batchRows : new int[] {7, 65_536}) {
                ReaderComparison.assertSameTables(scanAndJoin(d, batchRows, whole.rowCount()), whole);
            }
        });
    }

    @Test
    void aFileIsReadByPathAndNamedWithoutGz(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rows.csv");
        Files.writeString(file, synthetic(3_000));
        CsvDataset d = CsvDataset.of(file, options(), new Dictionaries());
        assertThat(d.name()).isEqualTo("rows.csv");
        assertThat(d.source()).isEqualTo(file.toString());
        ReaderComparison.assertSameTables(scanAndJoin(d, 100, 3_000), d.toTable());
        ReaderComparison.assertSameTables(d.toTable(),
                CsvTableReader.read(file, options().toBuilder().referenceReader(true).build(), new Dictionaries()));
    }

    @Test
    void aLateTextValueChangesTheSchemaAndTheNextScanUsesIt() {
        StringBuilder t = new StringBuilder("z,w,v\n");
        for (int i = 0; i < 100_000; i++) {
            t.append(i == 80_000 ? "oops" : Integer.toString(i % 10)).append(',')
                    .append(i == 90_000 ? "unknown" : "1.5").append(',').append(i).append('\n');
        }
        String text = t.toString();
        Dictionaries dictionaries = new Dictionaries();
        CsvDataset d = dataset("late.csv", text, CsvOptions.defaults(), dictionaries);
        assertThat(d.schema().type("z")).isEqualTo(ColumnType.NUMERIC);
        AtomicInteger highest = new AtomicInteger(-1);
        SchemaChangedException e = catchThrowableOfType(SchemaChangedException.class,
                () -> d.scan(1_000, pool, (k, b) -> highest.accumulateAndGet(k, Math::max)));
        assertThat(e).hasMessage("late.csv, line 80002, column \"z\": \"oops\" is not a number, though the first "
                + "65,536 rows made the column numeric; it is read as categorical from now on");
        assertThat(highest.get()).as("no batch from the failing one on reached the sink").isLessThan(80);
        assertThat(d.schema().type("z")).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(d.schema().type("v")).isEqualTo(ColumnType.NUMERIC);
        Table joined = null;
        for (int attempt = 0; attempt < 3 && joined == null; attempt++) {
            try {
                joined = scanAndJoin(d, 1_000, 100_000);
            } catch (SchemaChangedException again) {
                assertThat(again).hasMessageContaining("column \"w\": \"unknown\"");
            }
        }
        assertThat(d.schema().type("w")).isEqualTo(ColumnType.CATEGORICAL);
        ReaderComparison.Outcome reference = ReaderComparison.reference("late.csv",
                text.getBytes(StandardCharsets.UTF_8), CsvOptions.defaults());
        ReaderComparison.assertSameTables(joined, reference.table().table());
        // a fresh dataset's toTable reads again once and gives the reference table
        ReaderComparison.assertSameTables(dataset("late.csv", text, CsvOptions.defaults(), new Dictionaries())
                .toTable(pool), reference.table().table());
    }

    @Test
    void aColumnOfDistinctNumbersThatTurnsTextBecomesAnIdentifier() {
        // "code" does not say "identifier" by its name: numeric until the text turns up
        StringBuilder t = new StringBuilder("code,v\n");
        for (int i = 0; i < 70_000; i++) {
            t.append(i == 69_999 ? "X-1" : Integer.toString(1_000_000 + i)).append(",1\n");
        }
        CsvDataset d = dataset("ids.csv", t.toString(), CsvOptions.defaults(), new Dictionaries());
        assertThat(d.schema().type("code")).isEqualTo(ColumnType.NUMERIC);
        assertThatThrownBy(() -> d.scan(65_536, pool, (k, b) -> { })).isInstanceOf(SchemaChangedException.class)
                .hasMessageEndingWith("it is read as identifier from now on");
        assertThat(d.schema().type("code")).isEqualTo(ColumnType.IDENTIFIER);
        Table table = scanAndJoin(d, 65_536, 70_000);
        assertThat(((IdentifierColumn) table.column("code")).valueHash(69_999)).isEqualTo(ValueHash.of("X-1"));
    }

    /**
     * A column of distinct numbers whose name says "identifier" (PassengerId, customer_id, id) is an identifier in
     * both readers, hashed from its text, so that it neither hides duplicates nor shows as drift; a repeated value,
     * a name that only ends in "id" (paid), a declared type or the label keep it numeric.
     */
    @Test
    void distinctNumbersNamedAsAnIdentifierAreAnIdentifierInBothReaders() {
        String text = "PassengerId,customer_id,paid,order_id,survived\n"
                + "1,0017,5,7,0\n2,0018,5,7,1\n3,0019,6,8,0\n";
        for (boolean reference : new boolean[]{false, true}) {
            CsvOptions options = CsvOptions.builder().referenceReader(reference).label("survived").build();
            Table t = CsvTableReader.read("people.csv", new java.io.ByteArrayInputStream(
                    text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), options, new Dictionaries());
            assertThat(t.schema().type("PassengerId")).as("reference reader %s", reference)
                    .isEqualTo(ColumnType.IDENTIFIER);
            assertThat(t.schema().type("customer_id")).isEqualTo(ColumnType.IDENTIFIER);
            assertThat(((IdentifierColumn) t.column("customer_id")).valueHash(0)).isEqualTo(ValueHash.of("0017"));
            assertThat(t.schema().type("paid")).isEqualTo(ColumnType.NUMERIC);
            assertThat(t.schema().type("order_id")).isEqualTo(ColumnType.NUMERIC);   // 7 twice
            assertThat(t.schema().type("survived")).isEqualTo(ColumnType.NUMERIC);
        }
        CsvOptions declared = CsvOptions.builder().columnType("PassengerId", ColumnType.NUMERIC).build();
        Table t = CsvTableReader.read("people.csv", new java.io.ByteArrayInputStream(
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), declared, new Dictionaries());
        assertThat(t.schema().type("PassengerId")).isEqualTo(ColumnType.NUMERIC);
    }

    @Test
    void aDeclaredNumericColumnNeverChangesType() {
        StringBuilder t = new StringBuilder("z,v\n");
        for (int i = 0; i < 70_000; i++) {
            t.append(i == 69_000 ? " abc " : "1").append(",1\n");
        }
        CsvOptions options = CsvOptions.builder().numeric("z").build();
        CsvDataset d = dataset("declared.csv", t.toString(), options, new Dictionaries());
        DataFileException e = catchThrowableOfType(DataFileException.class, () -> d.scan(1_000, pool, (k, b) -> { }));
        assertThat(e).hasMessageStartingWith("declared.csv, line 69002, column \"z\": \"abc\" is not a number (column "
                + "declared numeric), the only such value;");
        assertThat(d.schema().type("z")).isEqualTo(ColumnType.NUMERIC);
        ReaderComparison.assertSame("declared.csv", t.toString().getBytes(StandardCharsets.UTF_8), options);
    }

    @Test
    void theErrorOfTheEarliestLineWinsWhateverTheThreadTiming() {
        StringBuilder t = new StringBuilder("a,b\n");
        for (int i = 0; i < 100_000; i++) {
            if (i == 90_000) {
                t.append("1,2,3\n");
            } else if (i == 30_000) {
                t.append("x,1\n");
            } else if (i == 60_000) {
                t.append("1,y\n");
            } else {
                t.append(i).append(",1\n");
            }
        }
        CsvOptions options = CsvOptions.builder().numeric("a", "b").build();
        byte[] bytes = t.toString().getBytes(StandardCharsets.UTF_8);
        for (int run = 0; run < 5; run++) {
            CsvDataset d = new CsvDataset("errors.csv", new ByteArrayInputStream(bytes), options, new Dictionaries());
            // a broken row stops the read; values a numeric column cannot hold are counted to the end, so they come
            // after it whatever their line
            assertThatThrownBy(() -> d.scan(997, pool, (k, b) -> { })).isInstanceOf(DataFileException.class)
                    .hasMessage("errors.csv, line 90002: the row has 3 fields, the header has 2");
        }
        ReaderComparison.assertSame("errors.csv", bytes, options);
        byte[] unbroken = t.toString().replace("\n1,2,3\n", "\n1,2\n").getBytes(StandardCharsets.UTF_8);
        for (int run = 0; run < 5; run++) {
            CsvDataset d = new CsvDataset("errors.csv", new ByteArrayInputStream(unbroken), options,
                    new Dictionaries());
            assertThatThrownBy(() -> d.scan(997, pool, (k, b) -> { })).isInstanceOf(DataFileException.class)
                    .hasMessageStartingWith("errors.csv, line 30002, column \"a\": \"x\" is not a number "
                            + "(column declared numeric), the only such value;");
        }
        ReaderComparison.assertSame("errors.csv", unbroken, options);
        // the other errors, each the earliest once the ones before are gone
        ReaderComparison.assertSame("errors.csv", t.toString().replace("\nx,1\n", "\n5,1\n")
                .getBytes(StandardCharsets.UTF_8), options);
        ReaderComparison.assertSame("errors.csv", t.toString().replace("\nx,1\n", "\n5,1\n")
                .replace("\n1,y\n", "\n1,1\n").getBytes(StandardCharsets.UTF_8), options);
    }

    @Test
    void aSinkFailureStopsTheScanAndIsRethrown() {
        CsvDataset d = dataset("synthetic.csv", synthetic(20_000), options(), new Dictionaries());
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> d.scan(1_000, pool, (k, b) -> {
            if (k == 3) {
                throw boom;
            }
        })).isSameAs(boom);
    }

    @Test
    void aFailedReadOfManyBatchesLeavesTheSharedDictionariesUntouched() {
        String text = synthetic(100_000) + "r,1,1,new,text,NA,extra\n";
        Dictionaries dictionaries = new Dictionaries();
        assertThatThrownBy(() -> CsvTableReader.read("bad.csv", new ByteArrayInputStream(
                text.getBytes(StandardCharsets.UTF_8)), options(), dictionaries))
                .isInstanceOf(DataFileException.class).hasMessageContaining("the row has 7 fields, the header has 6");
        assertThat(dictionaries.columns()).isEmpty();
    }

    @Test
    void codesFollowTheOrderOfFirstAppearanceAcrossBatchesAndFiles() {
        Dictionaries dictionaries = new Dictionaries();
        CsvDataset first = dataset("a.csv", "k,v\nb,1\na,2\nb,3\nc,4\nd,5\na,6\ne,7\n", CsvOptions.defaults(),
                dictionaries);
        Table t = scanAndJoin(first, 2, 7);
        assertThat(t.categorical("k").copyCodes()).containsExactly(0, 1, 0, 2, 3, 1, 4);
        assertThat(dictionaries.forColumn("k").values()).containsExactly("b", "a", "c", "d", "e");
        CsvDataset second = dataset("b.csv", "k,v\nz,1\nb,2\ny,3\n", CsvOptions.defaults(), dictionaries);
        assertThat(second.toTable().categorical("k").copyCodes()).containsExactly(5, 0, 6);
        assertThat(scanAndJoin(first, 3, 7).categorical("k").copyCodes()).containsExactly(0, 1, 0, 2, 3, 1, 4);
    }

    @Test
    void identifierColumnsHoldHashesAndNoDictionary() {
        StringBuilder t = new StringBuilder("id,code,kept,group\n");
        for (int i = 0; i < 5_000; i++) {
            t.append(i == 7 ? "" : " u" + i + "x ").append(",c").append(i).append(",k").append(i).append(",g")
                    .append(i % 3).append('\n');
        }
        Dictionaries dictionaries = new Dictionaries();
        CsvOptions options = CsvOptions.builder().stripSuffix("id", "x").keepValues("kept").build();
        Table table = dataset("ids.csv", t.toString(), options, dictionaries).toTable();
        assertThat(table.schema().fields().stream().map(f -> f.type()).toList()).containsExactly(
                ColumnType.IDENTIFIER, ColumnType.IDENTIFIER, ColumnType.CATEGORICAL, ColumnType.CATEGORICAL);
        IdentifierColumn id = (IdentifierColumn) table.column("id");
        assertThat(id.valueHash(0)).isEqualTo(ValueHash.of("u0"));
        assertThat(id.isMissing(7)).isTrue();
        assertThat(((IdentifierColumn) table.column("code")).valueHash(4_999)).isEqualTo(ValueHash.of("c4999"));
        assertThat(dictionaries.forColumn("id").size()).isZero();
        assertThat(dictionaries.forColumn("kept").size()).isEqualTo(5_000);
        ReaderComparison.assertSame("ids.csv", t.toString().getBytes(StandardCharsets.UTF_8), options);

        CsvOptions off = CsvOptions.builder().detectIdentifiers(false).build();
        assertThat(ReaderComparison.assertSame("ids.csv", t.toString().getBytes(StandardCharsets.UTF_8), off)
                .table().table().column("id").type()).isEqualTo(ColumnType.CATEGORICAL);
        CsvOptions declared = CsvOptions.builder().categorical("id").label("code").build();
        Table kept = ReaderComparison.assertSame("ids.csv", t.toString().getBytes(StandardCharsets.UTF_8), declared)
                .table().table();
        assertThat(kept.column("id").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(kept.column("code").type()).isEqualTo(ColumnType.CATEGORICAL);
    }

    @Test
    void theIdentifierThresholdsAreInclusive() {
        assertThat(typeOf(1_000, 950)).isEqualTo(ColumnType.IDENTIFIER);
        assertThat(typeOf(1_000, 949)).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(typeOf(999, 999)).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(typeOf(2_000, 1_900)).isEqualTo(ColumnType.IDENTIFIER);
    }

    /** The type of a column of {@code present} values of which {@code distinct} differ, plus 10 missing ones. */
    private static ColumnType typeOf(int present, int distinct) {
        StringBuilder t = new StringBuilder("c\n");
        for (int i = 0; i < present; i++) {
            t.append('v').append(i < distinct ? i : 0).append('\n');
        }
        t.append("NA\n".repeat(10));
        return ReaderComparison.assertSame("t.csv", t.toString().getBytes(StandardCharsets.UTF_8),
                CsvOptions.defaults()).table().table().column("c").type();
    }

    @Test
    void optionsTheByteReaderCannotHandleFallBackOnTheReferenceReader() {
        CsvOptions options = CsvOptions.builder().delimiter('¦').build();
        assertThat(options.fastPathSupported()).isFalse();
        assertThat(CsvOptions.builder().missingMarkers("\uFFFD").build().fastPathSupported()).isFalse();
        assertThat(CsvOptions.builder().quote(' ').build().fastPathSupported()).isFalse();
        assertThat(CsvOptions.builder().referenceReader(true).build().fastPathSupported()).isFalse();
        String text = "a¦b\n1¦x\n2¦y\n";
        CsvDataset d = dataset("other.csv", text, options, new Dictionaries());
        Table expected = CsvTableReader.read("other.csv", new ByteArrayInputStream(
                text.getBytes(StandardCharsets.UTF_8)), options, new Dictionaries());
        assertThat(expected.numeric("a").copyValues()).containsExactly(1, 2);
        ReaderComparison.assertSameTables(d.toTable(), expected);
        ReaderComparison.assertSameTables(scanAndJoin(d, 1, 2), expected);
    }

    @Test
    void optionsKeepTheirNewSettings() {
        CsvOptions o = CsvOptions.builder().keepValues("a", "b").detectIdentifiers(false).referenceReader(true)
                .build();
        CsvOptions copy = o.toBuilder().build();
        assertThat(copy.keptValues()).containsExactly("a", "b");
        assertThat(copy.detectsIdentifiers()).isFalse();
        assertThat(copy.referenceReader()).isTrue();
        assertThat(CsvOptions.defaults().detectsIdentifiers()).isTrue();
        assertThat(CsvOptions.defaults().referenceReader()).isFalse();
        assertThat(CsvOptions.defaults().keptValues()).isEmpty();
        assertThatThrownBy(() -> dataset("x.csv", "a\n1\n", CsvOptions.defaults(), new Dictionaries())
                .scan(0, pool, (k, b) -> { })).hasMessage("batch rows must be positive, was 0");
    }
}
