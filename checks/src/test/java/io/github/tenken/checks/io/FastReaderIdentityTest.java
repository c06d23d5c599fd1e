package io.github.tenken.checks.io;

import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

import static io.github.tenken.checks.io.ReaderComparison.assertSame;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parallel byte-level reader gives the same tables and the same errors as the reference reader (Commons CSV):
 * on every shipped dataset, on odd and malformed texts, and on random texts.
 */
class FastReaderIdentityTest {

    /** The options of the Adult files (as {@code SampleData.adultOptions()}, repeated so this package stands alone). */
    static final CsvOptions ADULT;

    static {
        List<String> columns = List.of("age", "workclass", "fnlwgt", "education", "education-num", "marital-status",
                "occupation", "relationship", "race", "sex", "capital-gain", "capital-loss", "hours-per-week",
                "native-country", "income");
        List<String> numeric = List.of("age", "fnlwgt", "education-num", "capital-gain", "capital-loss",
                "hours-per-week");
        CsvOptions.Builder b = CsvOptions.builder().columnNames(columns).missingMarkers("?")
                .skipLinesStartingWith("|").label("income").stripSuffix("income", ".");
        for (String c : columns) {
            if (numeric.contains(c)) {
                b.numeric(c);
            } else {
                b.categorical(c);
            }
        }
        ADULT = b.build();
    }

    /** Where the Adult files live since they moved to the samples module (Tenken's checks cannot depend on it). */
    private static final String ADULT_RESOURCES = "/io/github/tenken/checks/sample/adult/";

    static byte[] resource(String path) {
        if (path.startsWith(ADULT_RESOURCES)) {
            try {
                return java.nio.file.Files.readAllBytes(Path.of("../samples/src/main/resources/io/github/tenken/"
                        + "samples/adult", path.substring(ADULT_RESOURCES.length())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (InputStream in = FastReaderIdentityTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ReaderComparison.Outcome same(String text, CsvOptions options) {
        return assertSame("odd.csv", utf8(text), options);
    }

    /** The text with the default options, without trimming, and with given names instead of a header. */
    private static void sameWithAndWithoutTrim(String text) {
        same(text, CsvOptions.defaults());
        same(text, CsvOptions.builder().trim(false).build());
        same(text, CsvOptions.builder().skipLinesStartingWith("#").build());
    }

    // ---- shipped datasets

    @Test
    void everyShippedDatasetReadsIdentically() {
        Table iris = assertSame("iris.csv", resource("/datasets/iris.csv"),
                CsvOptions.builder().label("species").build()).table().table();
        assertThat(iris.rowCount()).isEqualTo(150);
        assertSame("penguins.csv.gz", resource("/datasets/penguins.csv.gz"),
                CsvOptions.builder().label("species").build());
        Table titanic = assertSame("titanic.csv.gz", resource("/datasets/titanic.csv.gz"),
                CsvOptions.builder().label("survived").build()).table().table();
        assertThat(titanic.column("name").type()).isEqualTo(ColumnType.IDENTIFIER);
        assertSame("titanic.csv.gz", resource("/datasets/titanic.csv.gz"),
                CsvOptions.builder().label("survived").keepValues("name").build());
        assertSame("diabetes.csv.gz", resource("/datasets/diabetes.csv.gz"), CsvOptions.defaults());
        Table red = assertSame("winequality-red.csv.gz", resource("/datasets/winequality-red.csv.gz"),
                CsvOptions.builder().delimiter(';').build()).table().table();
        assertThat(red.rowCount()).isEqualTo(1599);
        assertSame("winequality-white.csv.gz", resource("/datasets/winequality-white.csv.gz"),
                CsvOptions.builder().delimiter(';').build());
    }

    @Test
    void adultFilesReadIdentically() {
        String folder = "/io/github/tenken/checks/sample/adult/";
        Table training = assertSame("adult.data.gz", resource(folder + "adult.data.gz"), ADULT).table().table();
        Table test = assertSame("adult.test.gz", resource(folder + "adult.test.gz"), ADULT).table().table();
        assertThat(training.rowCount()).isEqualTo(32_561);
        assertThat(test.rowCount()).isEqualTo(16_281);
        assertThat(test.categorical("income").dictionary().values()).containsExactly("<=50K", ">50K");
        // without declared types: inferred, the junk line and the missing marker as in the options
        CsvOptions inferred = CsvOptions.builder().columnNames(ADULT.columnNames()).missingMarkers("?")
                .skipLinesStartingWith("|").stripSuffix("income", ".").build();
        assertSame("adult.test.gz", resource(folder + "adult.test.gz"), inferred);
    }

    @Test
    void gzippedFilesByPath(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("small.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(utf8("a,b\n1,x\n2,\"y\nz\"\n"));
        }
        Dictionaries fd = new Dictionaries();
        Dictionaries rd = new Dictionaries();
        ReaderComparison.assertSame(
                ReaderComparison.outcome(fd, () -> CsvTableReader.readLocated(gz, CsvOptions.defaults(), fd)),
                ReaderComparison.outcome(rd, () -> CsvTableReader.readLocated(gz,
                        CsvOptions.builder().referenceReader(true).build(), rd)));
        assertThat(CsvTableReader.read(gz, CsvOptions.defaults(), new Dictionaries()).source())
                .isEqualTo(gz.toString());
    }

    @Test
    void aMissingFileFailsAlike(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.csv");
        Dictionaries d = new Dictionaries();
        ReaderComparison.assertSame(
                ReaderComparison.outcome(d, () -> CsvTableReader.readLocated(missing, CsvOptions.defaults(), d)),
                ReaderComparison.outcome(d, () -> CsvTableReader.readLocated(missing,
                        CsvOptions.builder().referenceReader(true).build(), d)));
    }

    // ---- odd but valid texts

    @Test
    void quotedDelimitersEscapedQuotesAndLineBreaks() {
        ReaderComparison.Outcome o = same("a,b\n\"x,y\",1\n\"say \"\"hi\"\"\",2\n\"l1\nl2\",3\n\"l1\r\nl2\",4\n"
                + "\"\"\"\",5\n\"\",6\n", CsvOptions.defaults());
        assertThat(o.table().table().column("a").text(1)).isEqualTo("say \"hi\"");
        sameWithAndWithoutTrim("a,b\n\"x,y\",1\n\"say \"\"hi\"\"\",2\n\"l1\nl2\",3\n\"l1\r\nl2\",4\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void lineEnds(String end) {
        String text = "a,b" + end + "1,x" + end + end + "\"q" + end + "r\",2" + end + "3,y" + end;
        sameWithAndWithoutTrim(text);
        ReaderComparison.Outcome o = same(text, CsvOptions.defaults());
        assertThat(o.table().line(2)).isEqualTo(6);
    }

    @Test
    void byteOrderMarkBlankLinesJunkAndSkippedLines() {
        sameWithAndWithoutTrim("\uFEFFa,b\n1,2\n");
        sameWithAndWithoutTrim("a,b\n\n1,2\n   \n\t\n\"\"\n\"  \"\n3,4\n\n");
        same("#junk\na,b\n#x,y,z\n1,2\n\"#q\",3\n \"#r\",4\n#", CsvOptions.builder().skipLinesStartingWith("#")
                .build());
        same("#junk\na,b\n#x,y,z\n1,2\n\"#q\",3\n", CsvOptions.builder().skipLinesStartingWith("#q").build());
        same("title\r\nsecond \"line\nthird\na,b\n1,2\n", CsvOptions.builder().skipLines(2).build());
        same("title\na,b\n1,2\n", CsvOptions.builder().skipLines(5).build());
        same("\uFEFFtitle\na,b\n1,2\n", CsvOptions.builder().skipLines(1).build());
    }

    @Test
    void missingMarkersTrimAndWhitespace() {
        sameWithAndWithoutTrim("a,b,c\nNA,?,\n x , 1 ,\"  q  \"\n\t y\t,2,  \"r\"  \n");
        same("a,b\n-,NA\n5,-\n", CsvOptions.builder().missingMarkers("-").build());
        same("a,b\n-,NA\n5,-\n", CsvOptions.builder().missingMarkers().build());
        sameWithAndWithoutTrim("a,b\n\u3000x\u3000,1\n\u3000\"q\"\u3000,2\n\u2028y\u00A0,3\n");
        sameWithAndWithoutTrim("a,b\n\u0001x\u0001,1\n\u0001 \u3000z,2\n\u001Cw\u001F,3\n");
        same("a\tb\n1\t 2\n\t\n x \t\"y\"\n", CsvOptions.builder().delimiter('\t').build());
        same("a b\n1  2\nx y\n", CsvOptions.builder().delimiter(' ').build());
        same("a;b\n'x;y';1\n'it''s';2\n", CsvOptions.builder().delimiter(';').quote('\'').build());
    }

    @Test
    void columnMarkersDefaultTokensAndNonFiniteValues() {
        String text = "a,b,c\n0,0,NaN\n1,-,null\n 0 ,\"0\",None\n2,x,#N/A\n";
        same(text, CsvOptions.defaults());
        same(text, CsvOptions.builder().missingMarkersFor("a", "0").build());
        same(text, CsvOptions.builder().missingMarkersFor("b", "0", "-").missingMarkersFor("a", "0").build());
        same(text, CsvOptions.builder().missingMarkersFor("b", "x", "-").numeric("b").build());
        same(text, CsvOptions.builder().missingMarkersFor("b", "x", "-").stripSuffix("b", "0").build());
        same(text, CsvOptions.builder().missingMarkers().missingMarkersFor("c", "NaN").build());
        same(text, CsvOptions.builder().missingMarkers().build());
        same("a,b\n1,Inf\n2,x\n", CsvOptions.defaults());
        same("a,b\n1,Inf\n2,3\n", CsvOptions.defaults());
        same("a,b\n1,Inf\n2,3\n", CsvOptions.builder().missingMarkersFor("b", "Inf").build());
        same("a,b\n1,-inf\nx,1e400\n", CsvOptions.builder().numeric("a").build());
        same("a,b\n1,2\nx,y\nz,3\n", CsvOptions.builder().numeric("a", "b").build());
        same("a,b\n1,2\nx,y\nz,3,4\n", CsvOptions.builder().numeric("a", "b").build());
        same("a,b\n1.0x,infx\n", CsvOptions.builder().stripSuffix("a", "x").stripSuffix("b", "x").build());
    }

    @Test
    void nonAsciiAndInvalidUtf8() {
        ReaderComparison.Outcome o = same("名前,値\n日本語,1\nü,2\n\"ä,ö\",3\n", CsvOptions.defaults());
        assertThat(o.table().table().column("名前").text(0)).isEqualTo("日本語");
        byte[][] bad = {
                {'a', ',', 'b', '\n', (byte) 0xFF, ',', '1', '\n', (byte) 0xC3, ',', '2', '\n'},
                {'a', ',', 'b', '\n', (byte) 0xE2, (byte) 0x82, ',', '1', '\n', 'x', (byte) 0xF0, (byte) 0x9F},
                {'a', ',', 'b', '\n', (byte) 0xED, (byte) 0xA0, (byte) 0x80, ',', '1', '\n'},
                {'a', ',', 'b', '\n', '"', (byte) 0xC3, '"', ',', '1', '\n', (byte) 0xE3, (byte) 0x80, ',', '2'},
        };
        for (byte[] b : bad) {
            assertSame("bad.csv", b, CsvOptions.defaults());
            assertSame("bad.csv", b, CsvOptions.builder().trim(false).build());
        }
    }

    @Test
    void lastLineWithoutLineBreakAndTrailingDelimiters() {
        sameWithAndWithoutTrim("a,b\n1,2");
        sameWithAndWithoutTrim("a,b\n1,\"2\"");
        sameWithAndWithoutTrim("a,b\n1,");
        sameWithAndWithoutTrim("a,b\n1,2\n   ");
        same("a,b,\n1,2,\n", CsvOptions.defaults());
        same("1,2,\n3,4,\n", CsvOptions.builder().columnNames("a", "b", "c").build());
    }

    @Test
    void normalisersDeclaredTypesAndLabels() {
        same("income,v\n<=50K.,1\n>50K,2\n?,3\n<=50K,4\n", CsvOptions.builder()
                .stripSuffix("income", ".").replaceAll("income", "K$", "000").label("income").build());
        same("n,v\n1.0x,1\n2x,2\n?,3\n", CsvOptions.builder().stripSuffix("n", "x").build());
        same("n,v\n1.0x,1\n2x,2\nzx,3\n", CsvOptions.builder().stripSuffix("n", "x").build());
        same("n,v\n1.0x,1\n2x,2\nzx,3\n", CsvOptions.builder().stripSuffix("n", "x").numeric("n").build());
        same("code,v\n007,1\n7,2\n", CsvOptions.builder().categorical("code").build());
        same("id,v\nA1,1\nA1,2\n", CsvOptions.builder().columnType("id", ColumnType.IDENTIFIER).build());
        same("id,v\n1,1\n2,2\n", CsvOptions.builder().columnType("id", ColumnType.IDENTIFIER).build());
        same("id,v\n x ,1\n,2\n", CsvOptions.builder().columnType("id", ColumnType.IDENTIFIER)
                .stripSuffix("id", "x").build());
        same("y,v\na,1\nb,2\n", CsvOptions.builder().label("y").build());
        same("y,v\n1,1\n0,2\n", CsvOptions.builder().label("y").build());
    }

    @Test
    void aFieldLongerThanABatchOfBytes() {
        StringBuilder text = new StringBuilder("a,b\n1,\"");
        for (int i = 0; i < 300_000; i++) {
            text.append("0123456789");
            if (i % 50_000 == 0) {
                text.append("\n\"\",");
            }
        }
        text.append("\"\n2,short\n3,");
        for (int i = 0; i < 200_000; i++) {
            text.append("abcdefghij");
        }
        text.append('\n');
        ReaderComparison.Outcome o = same(text.toString(), CsvOptions.builder().maxFieldBytes(4 << 20).build());
        assertThat(o.table().table().rowCount()).isEqualTo(3);
        assertThat(o.table().line(1)).isEqualTo(9);
    }

    @Test
    void recordsCrossingTheSplittersReadWindowReadIdentically() {
        // the splitter's first read ends at byte 65,536: put each construct across that boundary at every offset
        String[] constructs = {"1,2\r\nx,1,2\n", "\"q\"\"q\",2\n", "\u3000\"x\"\u3000,2\n", "\"a\r\nb\",2\n",
                "\"x\"\u3000,2\r", "abcdefghijklmnopqrstuvwxyz,2\n", "\"open,2\n"};
        StringBuilder prefix = new StringBuilder("a,b,c\n");
        while (prefix.length() < 65_536 - 40) {
            prefix.append("x,1,2\n");
        }
        for (String construct : constructs) {
            for (int k = 1; k <= 9; k++) {
                String pad = "y".repeat(65_536 - k - prefix.length() - 1);
                String text = prefix + pad + "," + construct + "x,1,2\n".repeat(3);
                assertThat(utf8(text.substring(0, prefix.length() + pad.length() + 1)).length).isEqualTo(65_536 - k);
                same(text, CsvOptions.defaults());
                same(text, CsvOptions.builder().trim(false).build());
            }
        }
    }

    // ---- errors

    @Test
    void errorsAreTheReferenceErrors() {
        same("", CsvOptions.defaults());
        same("\n\n  \n", CsvOptions.defaults());
        same("\n\n", CsvOptions.builder().columnNames("a").build());
        same("", CsvOptions.builder().columnNames("a", "a").build());
        same("a,b\n", CsvOptions.defaults());
        same("a,b\n\n\n", CsvOptions.defaults());
        same("a,b\n1,2,3\n", CsvOptions.defaults());
        same("a,b\n1,2\n4\n", CsvOptions.defaults());
        same("1,2\n\n3,4,5\n", CsvOptions.builder().columnNames("a", "b").build());
        same("1,2\n", CsvOptions.builder().columnNames("a", "a").build());
        same("a,b,a\n1,2,3\n", CsvOptions.defaults());
        same("a,,c\n1,2,3\n", CsvOptions.defaults());
        same("a,b\n1,2\n", CsvOptions.builder().numeric("c").build());
        same("a,b\n1,2\n", CsvOptions.builder().label("c").build());
        same("a,b\n1,2\n", CsvOptions.builder().stripSuffix("c", ".").build());
        same("a,b\n1,2\n", CsvOptions.builder().keepValues("c").build());
        same("name,age\nx,30\ny, abc \n", CsvOptions.builder().numeric("age").build());
        same("|junk\n\na,b\n\"two\nlines\",1\n\nz,oops\n", CsvOptions.builder().skipLinesStartingWith("|")
                .numeric("b").build());
        same("age,income\n30,<=50K\n40,<=50K\n", CsvOptions.builder().label("income").build());
        same("age,income\n30,<=50K\n40,?\n", CsvOptions.builder().label("income").build());
        same("age,income\n30,NA\n40,?\n", CsvOptions.builder().label("income").categorical("income").build());
        same("a,b\n1,2\n", CsvOptions.builder().quote(',').build());
    }

    @Test
    void malformedQuotingFailsWithTheReferenceMessage() {
        ReaderComparison.Outcome o = same("a,b\n1,2\n3,\"open\n4,5\n", CsvOptions.defaults());
        assertThat(o.error()).hasMessageStartingWith("odd.csv, line 3: not readable as CSV: ");
        same("a,b\n1,2\n\"x\"y,1\n", CsvOptions.defaults());
        same("a,b\n1,2\n\"x\" \"y\",1\n", CsvOptions.builder().trim(false).build());
        same("a,b\n1,2\n\"x\"\u3000,1\n\"y\"\u3000z,2\n", CsvOptions.defaults());
        same("a,\"b\n", CsvOptions.defaults());
        same("a,b\n1,oops\n3,\"open\n", CsvOptions.builder().numeric("b").build());
        same("a,b\nx\"y,1\n  \"q\"  ,2\n", CsvOptions.defaults());
    }

    @Test
    void lateTextInAColumnThatLookedNumeric() {
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 0; i < 70_000; i++) {
            text.append(i).append(',').append(i % 3).append('\n');
        }
        text.append("x,1\n");
        ReaderComparison.Outcome o = same(text.toString(), CsvOptions.defaults());
        assertThat(o.table().table().column("a").type()).isEqualTo(ColumnType.IDENTIFIER);
        o = same(text.toString(), CsvOptions.builder().keepValues("a").build());
        assertThat(o.table().table().categorical("a").dictionary().size()).isEqualTo(70_001);
        same(text.toString(), CsvOptions.builder().numeric("a").build());
    }

    // ---- random texts

    @Test
    void randomTextsReadIdentically() {
        String[] tokens = {"a", "b", "1", "2.5", "-3e2", "NA", "?", ",", ",", ",", "\"", "\"", "\n", "\n", "\r\n",
                "\r", " ", "\t", "é", "日", "\u3000", "\u0001", "#", "x y", "\"\"", ";", "007", "Inf", "NaN", "0"};
        SplittableRandom random = new SplittableRandom(20_240_601);
        for (int trial = 0; trial < 3_000; trial++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(tokens[random.nextInt(tokens.length)]);
            }
            CsvOptions.Builder b = CsvOptions.builder().trim(random.nextBoolean());
            if (random.nextInt(4) == 0) {
                b.skipLinesStartingWith("#");
            }
            if (random.nextInt(4) == 0) {
                b.delimiter(';');
            }
            if (random.nextInt(5) == 0) {
                b.skipLines(1);
            }
            if (random.nextInt(4) == 0) {
                b.columnNames("c1", "c2", "c3");
            }
            if (random.nextInt(6) == 0) {
                b.missingMarkersFor(random.nextBoolean() ? "c2" : "a", "0", "Inf");
            }
            if (random.nextInt(8) == 0) {
                b.maxFieldBytes(1 + random.nextInt(12));
            }
            byte[] bytes = utf8(text.toString());
            if (random.nextInt(10) == 0 && bytes.length > 0) {
                bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
            }
            CsvOptions options = b.build();
            try {
                assertSame("random.csv", bytes, options);
            } catch (AssertionError e) {
                throw new AssertionError("trial " + trial + " on " + printable(bytes) + " trim " + options.trim() + " junk " + options.skipPrefix() + " delimiter " + options.delimiter() + " skip " + options.skipLines() + " names " + options.columnNames() + " max " + options.maxFieldBytes() + " own " + options.columnMissingMarkers() + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void randomLongRecordsReadIdentically() {
        // records of tens of bytes, so that the splitter's eight-byte search meets quotes and breaks at any offset
        String[] tokens = {"abcdefg", "0.125", "x", ",", ",", "\"", "\"\"", "\n", "\r\n", "\r", "  ", "\u3000",
                "NA", "hello world", "ü"};
        SplittableRandom random = new SplittableRandom(99);
        for (int trial = 0; trial < 1_500; trial++) {
            StringBuilder text = new StringBuilder("h1,h2,h3\n");
            int length = random.nextInt(120);
            for (int i = 0; i < length; i++) {
                text.append(tokens[random.nextInt(tokens.length)]);
            }
            CsvOptions options = CsvOptions.builder().trim(random.nextBoolean()).build();
            try {
                assertSame("long.csv", utf8(text.toString()), options);
            } catch (AssertionError e) {
                throw new AssertionError("trial " + trial + " on " + printable(utf8(text.toString())), e);
            }
        }
    }

    private static String printable(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : bytes) {
            if (b >= 0x20 && b < 0x7F) {
                out.write(b);
            } else {
                byte[] esc = String.format("\\x%02X", b & 0xFF).getBytes(StandardCharsets.US_ASCII);
                out.write(esc, 0, esc.length);
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
