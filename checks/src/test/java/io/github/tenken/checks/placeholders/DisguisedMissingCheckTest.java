package io.github.tenken.checks.placeholders;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.CsvTableReader;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.contentHash;
import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.ja;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.rowsEn;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

class DisguisedMissingCheckTest {

    private static final String ID = "b3.disguised-missing";

    /** Pima's pattern: 4 of 30 blood pressures are 0, the other values start at 40 and step by 2 or 4. */
    private static final double[] PRESSURE = concat(new double[]{0, 0, 0, 0},
            IntStream.rangeClosed(0, 25).mapToDouble(i -> i == 0 ? 40 : 42 + 2 * i).toArray());
    /** A count: 0 twelve times, 1 eight, 2 five, 3 three, 4 twice. Never a placeholder. */
    private static final double[] CHILDREN = concat(repeat(0, 12), repeat(1, 8), repeat(2, 5), repeat(3, 3),
            repeat(4, 2));
    /** Ages 20..48 and one 99: a sentinel beyond the others. */
    private static final double[] AGE = concat(IntStream.rangeClosed(20, 48).asDoubleStream().toArray(), new double[]{99});
    /** 0, 7, 14, ..., 196 and one 99 inside the range: not a placeholder. */
    private static final double[] SCORE = concat(IntStream.rangeClosed(0, 28).mapToDouble(i -> 7 * i).toArray(),
            new double[]{99});

    private final CategoryDictionary status = CategoryDictionary.of("ok", " N/A ", "Unknown");

    private Table training() {
        String[] s = new String[30];
        Arrays.fill(s, "ok");
        s[3] = " N/A ";
        s[17] = " N/A ";
        s[29] = "Unknown";
        String[] ids = IntStream.range(0, 30).mapToObj(i -> "unknown").toArray(String[]::new);  // not judged
        return Table.of("pima-like", List.of(NumericColumn.of("pressure", PRESSURE),
                NumericColumn.of("children", CHILDREN), NumericColumn.of("age", AGE), NumericColumn.of("score", SCORE),
                CategoricalColumn.of("status", status, s), IdentifierColumn.of("id", ids)));
    }

    @Test
    void pimaZerosASentinelAndTextMarkersAreFoundButNotACountOrAValueInsideTheRange() {
        CheckResult r = run(assessment(new DisguisedMissingCheck()).roles(ColumnRoles.none())
                .dataset(DatasetRole.TRAINING, training()), ID);

        // pressure: 0 x4 (4/30), gap 40 >= 2.5 x widest step 4 among 40, 44, 46, ..., 56; a spike (4 > 1)
        // age: 99 is the largest, gap 51 >= 2.5 x 1; status: " N/A " x2 and "Unknown" x1 of 30
        assertThat(rowsEn(table(r, "placeholders"), "dataset", "column", "placeholder", "rows", "share", "reason"))
                .containsExactly(
                        List.of("training", "pressure", "0", 4L, 4 / 30.0,
                                "a spike at an edge of the range, apart from the other values"),
                        List.of("training", "age", "99", 1L, 1 / 30.0, "a sentinel number at an edge of the range"),
                        List.of("training", "status", " N/A ", 2L, 2 / 30.0, "a text that usually means missing"),
                        List.of("training", "status", "Unknown", 1L, 1 / 30.0, "a text that usually means missing"));
        assertThat(measure(r, "disguised_share")).isEqualTo(4 / 30.0);
        assertThat(measure(r, "columns_with_placeholders")).isEqualTo(3);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(en(r)).isEqualTo("13.3% of the values of pressure (training data) are 0 (4 rows), a spike at an "
                + "edge of the range, apart from the other values; 4 suspected placeholders in 3 columns. If 0 means "
                + "missing there, declare it for that column only: \"missingByColumn\": {\"pressure\": [\"0\"]} in the "
                + "plan, or CsvOptions.builder().missingMarkers(\"pressure\", \"0\") in Java.");
        assertThat(ja(r.explanation())).startsWith("pressure (学習データ) の値の 13.3% が 0 です (4 行、")
                .contains("\"missingByColumn\": {\"pressure\": [\"0\"]}");
    }

    @Test
    void onceTheUserDeclaresThePlaceholdersMissingARerunPasses() {
        Table t = training();
        double[] pressure = PRESSURE.clone();
        double[] age = AGE.clone();
        for (int i = 0; i < 30; i++) {
            pressure[i] = pressure[i] == 0 ? Double.NaN : pressure[i];
            age[i] = age[i] == 99 ? Double.NaN : age[i];
        }
        String[] s = new String[30];
        Arrays.fill(s, "ok");
        s[3] = null;
        s[17] = null;
        s[29] = null;
        Table declared = Table.of("declared", List.of(NumericColumn.of("pressure", pressure),
                NumericColumn.of("children", CHILDREN), NumericColumn.of("age", age), NumericColumn.of("score", SCORE),
                CategoricalColumn.of("status", status, s), t.column("id")));
        CheckResult r = run(assessment(new DisguisedMissingCheck()).roles(ColumnRoles.none())
                .dataset(DatasetRole.TRAINING, declared), ID);
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(measure(r, "disguised_share")).isZero();
        assertThat(measure(r, "columns_with_placeholders")).isZero();
        assertThat(table(r, "placeholders").rows()).isEmpty();
        assertThat(en(r)).isEqualTo("No column holds a value that looks like a placeholder for a missing value "
                + "(30 training rows).");
    }

    @Test
    void testAndOperationDataAreJudgedTooAndTheWorstColumnOfAnyDatasetIsNamed() {
        CategoryDictionary colour = CategoryDictionary.of("red", "-", "NULL");
        Table test = Table.of("test", List.of(NumericColumn.of("x", 1, 2, 3, 4),
                CategoricalColumn.of("colour", colour, "red", "-", "-", "red")));
        Table operation = Table.of("operation", List.of(NumericColumn.of("x", 1, 2, 3, 4),
                CategoricalColumn.of("colour", colour, "red", "red", "red", " null")));
        Table train = Table.of("train", List.of(NumericColumn.of("x", 1, 2, 3, 4),
                CategoricalColumn.of("colour", colour, "red", "red", "red", "red")));
        CheckResult r = run(assessment(new DisguisedMissingCheck()).roles(ColumnRoles.none())
                .dataset(DatasetRole.TRAINING, train).dataset(DatasetRole.TEST, test)
                .dataset(DatasetRole.OPERATION, operation), ID);
        assertThat(rows(table(r, "placeholders"), "dataset", "column", "placeholder", "rows", "share")).containsExactly(
                List.of("test", "colour", "-", 2L, 0.5),
                List.of("operation", "colour", " null", 1L, 0.25));
        assertThat(measure(r, "disguised_share")).isEqualTo(0.5);
        assertThat(measure(r, "columns_with_placeholders")).isEqualTo(1);
        assertThat(en(r)).startsWith("50.0% of the values of colour (test data) are - (2 rows), a text that usually "
                + "means missing; 2 suspected placeholders in 1 column.");
    }

    @Test
    void batchesOfSevenGiveTheResultOfOneBatchAndTheDataAreNotChanged() {
        Table t = training();
        String before = contentHash(t);
        CheckResult sevens = run(assessment(new DisguisedMissingCheck()).roles(ColumnRoles.none()).batchRows(7)
                .dataset(DatasetRole.TRAINING, t), ID);
        CheckResult whole = run(assessment(new DisguisedMissingCheck()).roles(ColumnRoles.none())
                .dataset(DatasetRole.TRAINING, t), ID);
        assertThat(sevens.measures()).isEqualTo(whole.measures());
        assertThat(sevens.tables()).isEqualTo(whole.tables());
        assertThat(sevens.explanation()).isEqualTo(whole.explanation());
        assertThat(contentHash(t)).isEqualTo(before);
    }

    @Test
    void parametersMoveTheRule() {
        // with gapFactor 11 the pressure gap 40 is under 11 x 4 = 44; with minShare 0.2 its 13.3% is too small
        for (String[] p : List.of(new String[]{"gapFactor", "11"}, new String[]{"minShare", "0.2"})) {
            CheckResult r = run(assessment(new DisguisedMissingCheck()).roles(ColumnRoles.none())
                    .parameter(ID, p[0], p[1]).dataset(DatasetRole.TRAINING, training()), ID);
            assertThat(rows(table(r, "placeholders"), "column", "placeholder")).as(p[0])
                    .containsExactly(List.of("age", "99"), List.of("status", " N/A "), List.of("status", "Unknown"));
        }
    }

    @Test
    void theDeclarationQuotesColumnNamesAsJsonAndJavaWriteThem() {
        assertThat(DisguisedMissingCheck.planEntry("blood \"bp\"", "0"))
                .isEqualTo("\"missingByColumn\": {\"blood \\\"bp\\\"\": [\"0\"]}");
        assertThat(DisguisedMissingCheck.javaCall("a\\b", "n/a"))
                .isEqualTo("CsvOptions.builder().missingMarkers(\"a\\\\b\", \"n/a\")");
        assertThat(EdgeRule.text(99999)).isEqualTo("99999");
        assertThat(EdgeRule.text(-1)).isEqualTo("-1");
        assertThat(EdgeRule.text(0.25)).isEqualTo("0.25");
        assertThat(TextMarkers.isMarker(" N / A ")).isTrue();
        assertThat(TextMarkers.isMarker("1900-01-01")).isTrue();
        assertThat(TextMarkers.isMarker("nan")).isFalse();
    }

    @Test
    void valuesNear1e308AreJudgedWithoutOverflow() {
        // -1e308 x3 at the low end, then 1e308 - 8k: gap ~2e308, widest step 8 -> an edge spike of 3/12
        double[] x = new double[12];
        Arrays.fill(x, 0, 3, -1e308);
        for (int i = 3; i < 12; i++) {
            x[i] = 1e308 - 8.0e292 * (i - 3);
        }
        CheckResult r = run(assessment(new DisguisedMissingCheck()).roles(ColumnRoles.none())
                .dataset(DatasetRole.TRAINING, Table.of("huge", List.of(NumericColumn.of("x", x)))), ID);
        assertThat(rows(table(r, "placeholders"), "column", "rows", "share")).containsExactly(
                List.of("x", 3L, 0.25));
    }

    /** Red wine: citric acid is 0 in 132 of 1,599 wines, next 0.01, 0.02 ...: real zeros, like a count. */
    @Test
    void redWineHasNoPlaceholderThoughCitricAcidIsOftenZero() throws IOException {
        Table wine;
        try (InputStream in = getClass().getResourceAsStream("/datasets/winequality-red.csv.gz")) {
            wine = CsvTableReader.read("winequality-red.csv", in, CsvOptions.builder().delimiter(';').build(),
                    new Dictionaries());
        }
        long zeros = Arrays.stream(wine.numeric("citric acid").copyValues()).filter(v -> v == 0).count();
        assertThat(zeros).isEqualTo(132);
        CheckResult r = run(assessment(new DisguisedMissingCheck()).roles(ColumnRoles.label("quality"))
                .dataset(DatasetRole.TRAINING, wine), ID);
        assertThat(table(r, "placeholders").rows()).isEmpty();
        assertThat(r.status()).isEqualTo(Status.PASS);
    }

    private static double[] repeat(double v, int n) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }

    private static double[] concat(double[]... parts) {
        return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
    }

}
