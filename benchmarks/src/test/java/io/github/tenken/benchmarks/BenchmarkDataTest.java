package io.github.tenken.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.CsvTableReader;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

class BenchmarkDataTest {

    private static final int ROWS = 1_000;

    @TempDir
    Path dir;

    @Test
    void writesAHeaderAndOneLineOfTwentyFieldsPerRow() throws IOException {
        List<String> lines = Files.readAllLines(BenchmarkData.cached(dir, ROWS));

        assertThat(lines).hasSize(ROWS + 1);
        assertThat(lines.get(0).split(", ", -1)).containsExactlyElementsOf(BenchmarkData.COLUMNS);
        assertThat(lines).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(20));
    }

    @Test
    void resamplesAdultRowsVerbatim() throws IOException {
        Set<String> adult = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                getClass().getResourceAsStream(AdultSource.RESOURCE)), StandardCharsets.UTF_8))) {
            r.lines().forEach(adult::add);
        }
        List<String> rows = Files.readAllLines(BenchmarkData.cached(dir, ROWS)).subList(1, ROWS + 1);

        assertThat(rows).allSatisfy(row -> {
            String[] fields = row.split(", ", -1);
            assertThat(adult).contains(String.join(", ", List.of(fields).subList(0, 15)));
        });
        assertThat(rows.stream().map(row -> row.split(", ")[0] + row.split(", ")[1]).distinct().count())
                .as("distinct (age, workclass) pairs: a resample, not one row repeated").isGreaterThan(100);
    }

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedOtherBytes() throws IOException {
        BenchmarkData.write(dir.resolve("a.csv"), ROWS, 42);
        BenchmarkData.write(dir.resolve("b.csv"), ROWS, 42);
        BenchmarkData.write(dir.resolve("c.csv"), ROWS, 43);

        assertThat(Files.mismatch(dir.resolve("a.csv"), dir.resolve("b.csv"))).isEqualTo(-1L);
        assertThat(Files.mismatch(dir.resolve("a.csv"), dir.resolve("c.csv"))).isNotEqualTo(-1L);
    }

    @Test
    void tenkenReadsItWithTheExpectedTypesAndMissingValues() {
        Table table = CsvTableReader.read(BenchmarkData.cached(dir, ROWS),
                CsvOptions.builder().label("income").build(), new Dictionaries());

        assertThat(table.rowCount()).isEqualTo(ROWS);
        assertThat(table.columnNames()).containsExactlyElementsOf(BenchmarkData.COLUMNS);
        assertThat(table.columns().stream().filter(c -> c.type() == ColumnType.NUMERIC).map(c -> c.name()))
                .containsExactly("age", "fnlwgt", "education-num", "capital-gain", "capital-loss",
                        "hours-per-week", "capital-net", "noise-gaussian", "noise-uniform", "noise-gappy");
        long gappyMissing = countMissing(table, "noise-gappy");
        assertThat(gappyMissing).as("about 2% of 1,000 rows").isBetween(8L, 35L);
        assertThat(countMissing(table, "workclass")).as("Adult's own '?' survive").isPositive();
    }

    @Test
    void derivesCapitalNetAndAgeBucketFromTheSameRow() {
        Table table = CsvTableReader.read(BenchmarkData.cached(dir, ROWS), CsvOptions.defaults(),
                new Dictionaries());
        for (int i = 0; i < ROWS; i++) {
            double age = table.numeric("age").get(i);
            assertThat(table.numeric("capital-net").get(i))
                    .isEqualTo(table.numeric("capital-gain").get(i) - table.numeric("capital-loss").get(i));
            assertThat(table.categorical("age-bucket").text(i)).isEqualTo(bucketBySearch((int) age));
        }
    }

    @Test
    void formatsFixedDecimalsInPlainNotation() {
        StringBuilder b = new StringBuilder();
        BenchmarkData.appendFixed(b, 0.00004, 4);
        b.append(' ');
        BenchmarkData.appendFixed(b, -1.23456, 4);
        b.append(' ');
        BenchmarkData.appendFixed(b, 999.9996, 3);
        b.append(' ');
        BenchmarkData.appendFixed(b, -0.00001, 2);

        assertThat(b).hasToString("0.0000 -1.2346 1000.000 0.00");
    }

    /** The bucket found by walking the band table, independent of the arithmetic in {@link AdultSource}. */
    private static String bucketBySearch(int age) {
        String[] bands = {"17-24", "25-34", "35-44", "45-54", "55-64"};
        int[] upper = {24, 34, 44, 54, 64};
        for (int i = 0; i < upper.length; i++) {
            if (age <= upper[i]) {
                return bands[i];
            }
        }
        return "65+";
    }

    private static long countMissing(Table table, String column) {
        var c = table.column(column);
        long n = 0;
        for (int i = 0; i < table.rowCount(); i++) {
            if (c.isMissing(i)) {
                n++;
            }
        }
        return n;
    }
}
