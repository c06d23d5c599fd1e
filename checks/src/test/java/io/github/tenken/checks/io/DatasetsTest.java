package io.github.tenken.checks.io;

import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped test datasets read with the reader, checked against counts made with plain string splitting (and the
 * dataset README where splitting cannot work).
 */
class DatasetsTest {

    private static Table read(String file, CsvOptions options) throws IOException {
        try (InputStream in = DatasetsTest.class.getResourceAsStream("/datasets/" + file)) {
            return CsvTableReader.read(file, in, options, new Dictionaries());
        }
    }

    private static long missing(Table t, String column) {
        long n = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.column(column).isMissing(r)) {
                n++;
            }
        }
        return n;
    }

    private static long count(Table t, String column, String value) {
        long n = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            if (value.equals(t.column(column).text(r))) {
                n++;
            }
        }
        return n;
    }

    @Test
    void penguinsReadNaAsMissing() throws IOException {
        List<String> raw = RawText.lines("/datasets/penguins.csv.gz").subList(1, 345);
        Table t = read("penguins.csv.gz", CsvOptions.builder().label("species").build());

        assertThat(t.name()).isEqualTo("penguins.csv");
        assertThat(t.rowCount()).isEqualTo(raw.size()).isEqualTo(344);
        assertThat(t.columnNames()).containsExactly("species", "island", "bill_length_mm", "bill_depth_mm",
                "flipper_length_mm", "body_mass_g", "sex", "year");
        assertThat(missing(t, "bill_length_mm")).isEqualTo(RawText.count(raw, ",", 2, "NA")).isEqualTo(2);
        assertThat(missing(t, "sex")).isEqualTo(RawText.count(raw, ",", 6, "NA")).isEqualTo(11);
        for (String species : List.of("Adelie", "Gentoo", "Chinstrap")) {
            assertThat(count(t, "species", species)).isEqualTo(RawText.count(raw, ",", 0, species));
        }
        assertThat(count(t, "species", "Adelie")).isEqualTo(152);
        assertThat(t.column("body_mass_g").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(t.column("year").type()).isEqualTo(ColumnType.NUMERIC);
        double sum = 0;
        for (String line : raw) {
            String v = line.split(",", -1)[5];
            sum += v.equals("NA") ? 0 : Double.parseDouble(v);
        }
        double read = 0;
        for (double v : t.numeric("body_mass_g").presentValues()) {
            read += v;
        }
        assertThat(read).isEqualTo(sum);
    }

    @Test
    void titanicKeepsQuotedNamesWithCommasAndReadsEmptyFieldsAsMissing() throws IOException {
        List<String> raw = RawText.lines("/datasets/titanic.csv.gz").subList(1, 2208);
        // the names nearly all differ: kept as text only when asked, an identifier by default
        Table t = read("titanic.csv.gz", CsvOptions.builder().label("survived").keepValues("name").build());
        assertThat(read("titanic.csv.gz", CsvOptions.builder().label("survived").build()).column("name").type())
                .isEqualTo(ColumnType.IDENTIFIER);

        assertThat(t.rowCount()).isEqualTo(2207);
        // every name is quoted and holds no quote: the name ends at the first '",'
        for (int r = 0; r < raw.size(); r += 97) {
            String line = raw.get(r);
            assertThat(t.column("name").text(r)).isEqualTo(line.substring(1, line.indexOf("\",")));
        }
        assertThat(t.column("name").text(0)).isEqualTo("Abbing, Mr. Anthony");
        List<String[]> rest = raw.stream().map(l -> l.substring(l.indexOf("\",") + 2).split(",", -1)).toList();
        String[] columns = {"gender", "age", "class", "embarked", "country", "ticketno", "fare", "sibsp", "parch"};
        for (int j = 0; j < columns.length; j++) {
            int field = j;
            long empty = rest.stream().filter(f -> f[field].isEmpty()).count();
            assertThat(missing(t, columns[j])).as(columns[j]).isEqualTo(empty);
        }
        assertThat(missing(t, "age")).isEqualTo(2);
        assertThat(missing(t, "fare")).isEqualTo(916);
        assertThat(count(t, "survived", "yes")).isEqualTo(711);
        assertThat(count(t, "gender", "female")).isEqualTo(489);
        assertThat(t.column("age").type()).isEqualTo(ColumnType.NUMERIC);
    }

    @Test
    void wineIsSemicolonSeparatedWithQuotedHeaders() throws IOException {
        List<String> raw = RawText.lines("/datasets/winequality-red.csv.gz");
        Table t = read("winequality-red.csv.gz", CsvOptions.builder().delimiter(';').build());

        assertThat(t.rowCount()).isEqualTo(raw.size() - 1).isEqualTo(1599);
        assertThat(t.columnNames()).hasSize(12).startsWith("fixed acidity").endsWith("quality");
        assertThat(t.columns()).allMatch(c -> c.type() == ColumnType.NUMERIC);
        long[] expected = new long[10];
        raw.subList(1, raw.size()).forEach(l -> expected[Integer.parseInt(l.split(";")[11])]++);
        long[] actual = new long[10];
        for (double q : t.numeric("quality").copyValues()) {
            actual[(int) q]++;
        }
        assertThat(actual).containsExactly(expected);
        assertThat(actual[3]).isEqualTo(10);
        assertThat(actual[5]).isEqualTo(681);
    }

    @Test
    void irisHasThreeBalancedClasses() throws IOException {
        Table t = read("iris.csv", CsvOptions.builder().label("species").build());
        assertThat(t.rowCount()).isEqualTo(150);
        assertThat(t.categorical("species").dictionary().values()).containsExactly("setosa", "versicolor", "virginica");
        for (String species : List.of("setosa", "versicolor", "virginica")) {
            assertThat(count(t, "species", species)).isEqualTo(50);
        }
        assertThat(t.numeric("sepal_length").get(0)).isEqualTo(5.1);
    }
}
