package io.github.tenken.samples;

import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.checks.io.RawText;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped Adult files, checked against counts made by splitting the raw gzipped lines on {@code ", "} with
 * plain Java, and against the figures published with the data.
 */
class SampleDataTest {

    private static final String FOLDER = "/io/github/tenken/samples/adult/";

    private static Dictionaries dictionaries;
    private static Table training;
    private static Table test;
    private static List<String[]> rawTraining;
    private static List<String[]> rawTest;

    @BeforeAll
    static void read() {
        dictionaries = new Dictionaries();
        training = SampleData.adultTraining(dictionaries);
        test = SampleData.adultTest(dictionaries);
        rawTraining = records(FOLDER + "adult.data.gz");
        rawTest = records(FOLDER + "adult.test.gz");
    }

    /** The records of a raw file: non-empty lines that are not the junk line, split on ", ". */
    private static List<String[]> records(String resource) {
        return RawText.lines(resource).stream()
                .filter(l -> !l.isEmpty() && !l.startsWith("|"))
                .map(l -> l.split(", ", -1))
                .toList();
    }

    private static long rawCount(List<String[]> raw, String column, String value) {
        int j = SampleData.ADULT_COLUMNS.indexOf(column);
        return raw.stream().filter(f -> f[j].equals(value)).count();
    }

    private static long count(Table t, String column, String value) {
        CategoricalColumn c = t.categorical(column);
        long n = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            if (value == null ? c.isMissing(r) : value.equals(c.text(r))) {
                n++;
            }
        }
        return n;
    }

    @Test
    void rowCountsMatchTheRawFiles() {
        assertThat(training.rowCount()).isEqualTo(rawTraining.size()).isEqualTo(32_561);
        assertThat(test.rowCount()).isEqualTo(rawTest.size()).isEqualTo(16_281);
        assertThat(training.name()).isEqualTo("adult.data");
        assertThat(test.name()).isEqualTo("adult.test");
        assertThat(training.columnNames()).isEqualTo(SampleData.ADULT_COLUMNS);
    }

    @Test
    void testLabelsLoseTheirTrailingDot() {
        assertThat(count(training, "income", "<=50K")).isEqualTo(rawCount(rawTraining, "income", "<=50K"))
                .isEqualTo(24_720);
        assertThat(count(training, "income", ">50K")).isEqualTo(7_841);
        assertThat(count(test, "income", "<=50K")).isEqualTo(rawCount(rawTest, "income", "<=50K."))
                .isEqualTo(12_435);
        assertThat(count(test, "income", ">50K")).isEqualTo(rawCount(rawTest, "income", ">50K."))
                .isEqualTo(3_846);
        assertThat(dictionaries.forColumn(SampleData.ADULT_LABEL).values()).containsExactly("<=50K", ">50K");
    }

    @Test
    void questionMarksAreMissing() {
        for (String column : List.of("workclass", "occupation", "native-country")) {
            assertThat(count(training, column, null)).as(column).isEqualTo(rawCount(rawTraining, column, "?"));
            assertThat(count(test, column, null)).as(column).isEqualTo(rawCount(rawTest, column, "?"));
        }
        assertThat(count(training, "workclass", null)).isEqualTo(1_836);
        assertThat(count(test, "workclass", null)).isEqualTo(963);
        assertThat(count(training, "occupation", null)).isEqualTo(1_843);
        assertThat(count(test, "occupation", null)).isEqualTo(966);
        assertThat(count(training, "native-country", null)).isEqualTo(583);
        assertThat(count(test, "native-country", null)).isEqualTo(274);
        assertThat(dictionaries.forColumn("workclass").find("?")).isEqualTo(-1);
    }

    @Test
    void sexCountsAndCodesAgreeAcrossTables() {
        assertThat(count(training, "sex", "Male")).isEqualTo(rawCount(rawTraining, "sex", "Male")).isEqualTo(21_790);
        assertThat(count(training, "sex", "Female")).isEqualTo(10_771);
        CategoricalColumn trainSex = training.categorical("sex");
        CategoricalColumn testSex = test.categorical("sex");
        int trainFemale = codeOfFirst(trainSex, "Female");
        int testFemale = codeOfFirst(testSex, "Female");
        assertThat(trainFemale).isEqualTo(testFemale).isEqualTo(dictionaries.forColumn("sex").find("Female"));
        assertThat(testSex.dictionary()).isSameAs(trainSex.dictionary());
    }

    @Test
    void holandNetherlandsIsInTrainingOnly() {
        assertThat(count(training, "native-country", "Holand-Netherlands")).isEqualTo(1);
        assertThat(count(test, "native-country", "Holand-Netherlands")).isZero();
        assertThat(rawCount(rawTest, "native-country", "Holand-Netherlands")).isZero();
    }

    @Test
    void numericColumnsAreDeclaredAndSumToTheRawTotals() {
        for (String column : SampleData.ADULT_COLUMNS) {
            ColumnType expected = SampleData.ADULT_NUMERIC_COLUMNS.contains(column)
                    ? ColumnType.NUMERIC : ColumnType.CATEGORICAL;
            assertThat(training.column(column).type()).as(column).isEqualTo(expected);
        }
        int age = SampleData.ADULT_COLUMNS.indexOf("age");
        long rawAges = rawTest.stream().mapToLong(f -> Long.parseLong(f[age])).sum();
        double ages = 0;
        for (double v : test.numeric("age").copyValues()) {
            ages += v;
        }
        assertThat(ages).isEqualTo((double) rawAges);
    }

    private static int codeOfFirst(CategoricalColumn column, String value) {
        for (int r = 0; r < column.size(); r++) {
            if (value.equals(column.text(r))) {
                return column.code(r);
            }
        }
        throw new AssertionError(value + " not found");
    }
}
