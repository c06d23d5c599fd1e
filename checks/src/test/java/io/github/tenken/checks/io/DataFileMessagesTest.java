package io.github.tenken.checks.io;

import org.junit.jupiter.api.Test;

import static io.github.tenken.checks.io.CsvFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The errors a bad file gives, compared word for word, with their located parts. */
class DataFileMessagesTest {

    private static DataFileException failure(String text, CsvOptions options) {
        return catchThrowableOfType(DataFileException.class, () -> read(text, options));
    }

    @Test
    void raggedRowNamesLineAndBothFieldCounts() {
        DataFileException e = failure("a,b,c\n1,2,3\n4,5\n", CsvOptions.defaults());
        assertThat(e).hasMessage("tiny.csv, line 3: the row has 2 fields, the header has 3");
        assertThat(e.file()).isEqualTo("tiny.csv");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isNull();
    }

    @Test
    void raggedRowWithoutHeaderCountsTheGivenNames() {
        DataFileException e = failure("1,2\n\n3,4,5\n", CsvOptions.builder().columnNames("a", "b").build());
        assertThat(e).hasMessage("tiny.csv, line 3: the row has 3 fields, 2 column names were given");
    }

    @Test
    void unknownLabelColumnListsTheColumns() {
        DataFileException e = failure("age,sex,income\n30,Male,yes\n40,Female,no\n",
                CsvOptions.builder().label("incom").build());
        assertThat(e).hasMessage(
                "tiny.csv, column \"incom\": is the label column but is not in the file; columns are [age, sex, income]");
        assertThat(e.column()).isEqualTo("incom");
        assertThat(e.line()).isZero();
    }

    @Test
    void labelWithOneClassNamesTheClassAndItsRowCount() {
        DataFileException e = failure("age,income\n30,<=50K\n40,<=50K\n50,<=50K\n",
                CsvOptions.builder().label("income").build());
        assertThat(e).hasMessage(
                "tiny.csv, column \"income\": the label has only one class, \"<=50K\" (3 rows); a classifier needs at least two");
    }

    @Test
    void labelWithOneClassAlsoCountsMissingLabels() {
        DataFileException e = failure("age,income\n30,<=50K\n40,?\n", CsvOptions.builder().label("income").build());
        assertThat(e).hasMessage("tiny.csv, column \"income\": the label has only one class, \"<=50K\" "
                + "(1 row, 1 missing); a classifier needs at least two");
    }

    @Test
    void labelMissingEverywhere() {
        DataFileException e = failure("age,income\n30,NA\n40,?\n", CsvOptions.builder().label("income")
                .categorical("income").build());
        assertThat(e).hasMessage("tiny.csv, column \"income\": the label is missing in all 2 rows");
    }

    @Test
    void emptyFile() {
        assertThat(failure("", CsvOptions.defaults())).hasMessage("tiny.csv: the file is empty");
        assertThat(failure("\n\n", CsvOptions.builder().columnNames("a").build()))
                .hasMessage("tiny.csv: the file is empty");
    }

    @Test
    void headerWithoutRows() {
        assertThat(failure("a,b\n\n", CsvOptions.defaults()))
                .hasMessage("tiny.csv: the file has a header line but no rows");
    }

    @Test
    void textInDeclaredNumericColumnShowsTheValueAsWritten() {
        DataFileException e = failure("name,age\nx,30\ny, abc \n",
                CsvOptions.builder().numeric("age").build());
        assertThat(e).hasMessage("tiny.csv, line 3, column \"age\": \"abc\" is not a number (column declared numeric), "
                + "the only such value; declare it missing for this column (\"missingByColumn\": {\"age\": [\"abc\"]} "
                + "in a plan) or correct the file");
        assertThat(e.value()).isEqualTo("abc");
        assertThat(e.column()).isEqualTo("age");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void lineNumbersCountSkippedJunkAndBlankLinesAndMultiLineFields() {
        String text = "|junk\n\na,b\n\"two\nlines\",1\n\nz,oops\n";
        DataFileException e = failure(text, CsvOptions.builder().skipLinesStartingWith("|").numeric("b").build());
        assertThat(e).hasMessageStartingWith("tiny.csv, line 7, column \"b\": \"oops\" is not a number (column "
                + "declared numeric), the only such value;");
    }

    @Test
    void duplicateHeaderNames() {
        DataFileException e = failure("a,b,a\n1,2,3\n", CsvOptions.defaults());
        assertThat(e).hasMessage("tiny.csv, line 1: the column name \"a\" appears twice (columns 1 and 3)");
    }

    @Test
    void duplicateGivenNames() {
        DataFileException e = failure("1,2\n", CsvOptions.builder().columnNames("a", "a").build());
        assertThat(e).hasMessage("tiny.csv: the column name \"a\" appears twice (columns 1 and 2)");
    }

    @Test
    void headerColumnWithoutName() {
        assertThat(failure("a,,c\n1,2,3\n", CsvOptions.defaults()))
                .hasMessage("tiny.csv, line 1: column 2 of the header has no name");
    }

    @Test
    void declaredTypeOfUnknownColumn() {
        assertThat(failure("a,b\n1,2\n", CsvOptions.builder().numeric("c").build()))
                .hasMessage("tiny.csv, column \"c\": is declared numeric but is not in the file; columns are [a, b]");
    }

    @Test
    void unterminatedQuoteNamesTheLineWhereTheRecordStarts() {
        DataFileException e = failure("a,b\n1,2\n3,\"open\n4,5\n", CsvOptions.defaults());
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("tiny.csv, line 3: not readable as CSV: ");
    }
}
