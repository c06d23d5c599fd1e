package io.github.tenken.checks.io;

import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The reader's limits, its naming of files, per-column missing markers and blank-line counts. */
class ReaderLimitsTest {

    private static byte[] gzip(byte[]... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            for (byte[] p : parts) {
                gz.write(p);
            }
        }
        return out.toByteArray();
    }

    @Test
    void aGzippedFieldPastOneMebibyteStopsAtTheDefaultLimitWithBothReaders() throws IOException {
        byte[] run = new byte[3 << 20];
        Arrays.fill(run, (byte) 'a');
        byte[] gz = gzip("a,b\n1,2\n3,".getBytes(StandardCharsets.US_ASCII), run, "\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(gz.length).as("a small file that decompresses to megabytes").isLessThan(20_000);
        ReaderComparison.Outcome o = ReaderComparison.assertSame("data/bomb.csv.gz", gz, CsvOptions.defaults());
        assertThat(o.error()).hasMessage("data/bomb.csv.gz, line 3: a field is longer than 1,048,576 bytes (the "
                + "limit maxFieldBytes; a quote may be missing); raise the limit if such fields are meant");
    }

    @Test
    void messagesNameThePathAsGiven(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("ragged.csv");
        Files.writeString(file, "a,b\n1,2\n3\n");
        DataFileException byPath = catchThrowableOfType(DataFileException.class,
                () -> CsvTableReader.read(file, CsvOptions.defaults(), new Dictionaries()));
        assertThat(byPath).hasMessage(file + ", line 3: the row has 1 fields, the header has 2");
        assertThat(byPath.file()).isEqualTo(file.toString());
        DataFileException shown = catchThrowableOfType(DataFileException.class,
                () -> CsvDataset.of(file, "data/ragged.csv", CsvOptions.defaults(), new Dictionaries()).toTable());
        assertThat(shown).hasMessage("data/ragged.csv, line 3: the row has 1 fields, the header has 2");
        CsvDataset ok = CsvDataset.of(dir.resolve("ragged.csv"), "data/ragged.csv", CsvOptions.defaults(),
                new Dictionaries());
        assertThat(ok.name()).isEqualTo("ragged.csv");
    }

    @Test
    void columnMarkersAddToTheFilesOnlyInTheirColumn() {
        String text = "insulin,children,skin\n0,0,0\n80,2,NA\n?,0,-\n";
        CsvOptions options = CsvOptions.builder().missingMarkersFor("insulin", "0")
                .missingMarkersFor("skin", "0", "-").build();
        Table t = ReaderComparison.assertSame("pima.csv", text.getBytes(StandardCharsets.UTF_8), options)
                .table().table();
        // insulin: 0 and ? missing; children: 0 is a count; skin: 0, NA and - missing
        assertThat(t.numeric("insulin").missingCount()).isEqualTo(2);
        assertThat(t.numeric("children").missingCount()).isZero();
        assertThat(t.numeric("skin").missingCount()).isEqualTo(3);
        assertThat(options.missingMarkers("skin")).containsExactlyElementsOf(
                concat(CsvOptions.DEFAULT_MISSING_MARKERS, "0", "-"));
    }

    @Test
    void addedMarkersKeepTheDefaultsAndReplacedOnesDoNot() {
        CsvOptions added = CsvOptions.builder().addMissingMarkers("-", "NA").build();
        assertThat(added.missingMarkers()).containsExactlyElementsOf(concat(CsvOptions.DEFAULT_MISSING_MARKERS, "-"));
        CsvOptions replaced = CsvOptions.builder().missingMarkers("-").build();
        assertThat(replaced.missingMarkers()).containsExactly("-");
        String text = "v\n1\nNA\n-\n";
        Table t = CsvFixtures.read(text, added);
        assertThat(t.numeric("v").missingCount()).isEqualTo(2);
        assertThat(CsvFixtures.read(text, replaced).column("v").type()).isEqualTo(ColumnType.CATEGORICAL);
    }

    @Test
    void blankLinesAreSkippedAndCountedByTheDataset() {
        String text = "a,b\n\n1,2\n  \n\n3,4\n";
        CsvDataset d = new CsvDataset("blank.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                CsvOptions.defaults(), new Dictionaries());
        assertThat(d.blankLines()).isZero();
        var pool = Executors.newFixedThreadPool(2);
        try {
            assertThat(d.scan(1, pool, (k, b) -> { })).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
        assertThat(d.blankLines()).isEqualTo(3);
        LocatedTable reference = CsvTableReader.readLocated("blank.csv", new ByteArrayInputStream(
                text.getBytes(StandardCharsets.UTF_8)), CsvOptions.builder().referenceReader(true).build(),
                new Dictionaries());
        assertThat(reference.blankLines()).isEqualTo(3);
        assertThat(reference.table().rowCount()).isEqualTo(2);
    }

    @Test
    void aLatinOneFileKeepsItsCategoriesApart() {
        byte[] latin1 = "city,n\ngrün,1\ngrön,2\n".getBytes(StandardCharsets.ISO_8859_1);
        Table t = CsvTableReader.read("cities.csv", new ByteArrayInputStream(latin1),
                CsvOptions.builder().encoding(StandardCharsets.ISO_8859_1).build(), new Dictionaries());
        assertThat(t.categorical("city").dictionary().values()).containsExactly("grün", "grön");
    }

    private static java.util.List<String> concat(java.util.List<String> list, String... more) {
        java.util.List<String> all = new java.util.ArrayList<>(list);
        all.addAll(Arrays.asList(more));
        return all;
    }
}
