package io.github.tenken.checks.io;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static io.github.tenken.checks.io.CsvFixtures.read;
import static io.github.tenken.checks.io.CsvFixtures.readLocated;
import static org.assertj.core.api.Assertions.assertThat;

/** Reading tiny CSV texts whose every value is known. */
class CsvTableReaderTest {

    @Test
    void infersNumericOnlyWhenEveryPresentValueIsANumber() {
        Table t = read("n,m,s\n1,2.5,a\nNA,-3e2,4\n?,,b\n", CsvOptions.defaults());
        assertThat(t.column("n").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(t.column("m").type()).isEqualTo(ColumnType.NUMERIC);
        assertThat(t.column("s").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(t.numeric("n").copyValues()).containsExactly(1, Double.NaN, Double.NaN);
        assertThat(t.numeric("m").copyValues()).containsExactly(2.5, -300, Double.NaN);
        assertThat(texts(t, "s")).containsExactly("a", "4", "b");
        assertThat(t.rowCount()).isEqualTo(3);
    }

    @Test
    void aColumnThatTurnsCategoricalLateKeepsTheTextOfEarlierRows() {
        Table t = read("zip\n02134\n1.50\n\nNA\nx\n02134\n", CsvOptions.defaults());
        CategoricalColumn zip = t.categorical("zip");
        assertThat(texts(t, "zip")).containsExactly("02134", "1.50", null, "x", "02134");
        assertThat(zip.dictionary().values()).containsExactly("02134", "1.50", "x");
        assertThat(zip.copyCodes()).containsExactly(0, 1, -1, 2, 0);
    }

    @Test
    void declaredCategoricalKeepsNumberLikeText() {
        Table t = read("code,v\n007,1\n7,2\n", CsvOptions.builder().categorical("code").build());
        assertThat(texts(t, "code")).containsExactly("007", "7");
    }

    @Test
    void trimsAndHonoursQuotedDelimitersAndBlankLines() {
        Table t = read("name, age\n\"Abbing, Mr. Anthony\", 42\n\n  \"Smith, \"\"Jo\"\"\" , 7 \n\n", CsvOptions.defaults());
        assertThat(texts(t, "name")).containsExactly("Abbing, Mr. Anthony", "Smith, \"Jo\"");
        assertThat(t.numeric("age").copyValues()).containsExactly(42, 7);
    }

    @Test
    void withoutTrimmingSpacesStayPartOfTheValue() {
        Table t = read("a,b\n x,1\n", CsvOptions.builder().trim(false).build());
        assertThat(texts(t, "a")).containsExactly(" x");
    }

    @Test
    void customMarkersReplaceTheDefaults() {
        Table t = read("a\n-\nNA\n5\n", CsvOptions.builder().missingMarkers("-").build());
        assertThat(texts(t, "a")).containsExactly(null, "NA", "5");
    }

    @Test
    void skipsTopLinesAndJunkLinesAndUsesGivenNames() {
        Table t = read("written by a tool\nsecond junk line\n1;x\n#comment;with;fields\n2;y\n",
                CsvOptions.builder().delimiter(';').skipLines(2).skipLinesStartingWith("#")
                        .columnNames("n", "s").build());
        assertThat(t.numeric("n").copyValues()).containsExactly(1, 2);
        assertThat(texts(t, "s")).containsExactly("x", "y");
    }

    @Test
    void normalisesValuesAfterMissingMarkers() {
        Table t = read("income,v\n<=50K.,1\n>50K,2\n?,3\n", CsvOptions.builder()
                .stripSuffix("income", ".").replaceAll("income", "K$", "000").build());
        assertThat(texts(t, "income")).containsExactly("<=50000", ">50000", null);
    }

    @Test
    void recordsThePhysicalLineOfEachRow() {
        LocatedTable t = readLocated("junk\na,b\n\n\"multi\nline\",1\nz,2\r\ny,3", CsvOptions.builder().skipLines(1).build());
        assertThat(t.table().rowCount()).isEqualTo(3);
        assertThat(t.line(0)).isEqualTo(4);
        assertThat(t.line(1)).isEqualTo(6);
        assertThat(t.line(2)).isEqualTo(7);
        assertThat(t.file()).isEqualTo("tiny.csv");
    }

    @Test
    void dropsAByteOrderMark() {
        Table t = read("\uFEFFa,b\n1,2\n", CsvOptions.defaults());
        assertThat(t.columnNames()).containsExactly("a", "b");
    }

    @Test
    void readsGzipFilesByContentAndNamesTheTableWithoutGz(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("small.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("a,b\n1,x\n2,y\n".getBytes(StandardCharsets.UTF_8));
        }
        Table t = CsvTableReader.read(gz, CsvOptions.defaults(), new Dictionaries());
        assertThat(t.name()).isEqualTo("small.csv");
        assertThat(t.source()).isEqualTo(gz.toString());
        assertThat(t.numeric("a").copyValues()).containsExactly(1, 2);
        assertThat(texts(t, "b")).containsExactly("x", "y");
    }

    @Test
    void readsAPlainFileTwiceWhenAColumnNeedsASecondPass(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("late.csv");
        Files.writeString(file, "a,b\n1,1\n2,2\nthree,3\n");
        Table t = CsvTableReader.read(file, CsvOptions.defaults(), new Dictionaries());
        assertThat(texts(t, "a")).containsExactly("1", "2", "three");
        assertThat(t.numeric("b").copyValues()).containsExactly(1, 2, 3);
    }

    @Test
    void categoryCodesAgreeAcrossTablesEvenWhenALevelIsAbsentFromOne() {
        Dictionaries dictionaries = new Dictionaries();
        Table training = read("train.csv", "x,y\na,1\nb,2\n", CsvOptions.defaults(), dictionaries);
        Table test = read("test.csv", "x,y\nc,1\nb,2\n", CsvOptions.defaults(), dictionaries);
        Table operation = read("operation.csv", "x,y\nb,1\nc,2\nb,3\n", CsvOptions.defaults(), dictionaries);

        assertThat(training.categorical("x").copyCodes()).containsExactly(0, 1);
        assertThat(test.categorical("x").copyCodes()).containsExactly(2, 1);
        assertThat(operation.categorical("x").copyCodes()).containsExactly(1, 2, 1);
        assertThat(test.categorical("x").dictionary()).isSameAs(training.categorical("x").dictionary())
                .isSameAs(operation.categorical("x").dictionary()).isSameAs(dictionaries.forColumn("x"));
        assertThat(dictionaries.forColumn("x").values()).containsExactly("a", "b", "c");
    }

    @Test
    void aFailedReadLeavesTheSharedDictionariesUntouched() {
        Dictionaries dictionaries = new Dictionaries();
        String bad = "x,y\nnew,1\nother,oops\n";
        CsvOptions options = CsvOptions.builder().numeric("y").build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> read("bad.csv", bad, options, dictionaries))
                .isInstanceOf(DataFileException.class);
        assertThat(dictionaries.forColumn("x").size()).isZero();
    }

    static String[] texts(Table t, String column) {
        String[] out = new String[t.rowCount()];
        for (int r = 0; r < out.length; r++) {
            out[r] = t.column(column).text(r);
        }
        return out;
    }
}
