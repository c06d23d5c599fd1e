package io.github.tenken.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextTableTest {

    @Test
    void alignsColumnsToTheirWidestCell() {
        String text = new TextTable("id", "level", "n").row("A-1", "1", "10").row("B-2", "S1 + E1", "3").render();
        assertThat(text).isEqualTo("""
                id   level    n
                ---  -------  --
                A-1  1        10
                B-2  S1 + E1  3
                """);
    }

    @Test
    void aCellOfSeveralLinesMakesItsRowThatTallAndBlankLinesKeepRowsApart() {
        String text = new TextTable("id", "parameters").blankLineBetweenRows()
                .row("c1", "bootstrap = 1000\npositiveClass = \"\"").row("b3", "").render();
        assertThat(text).isEqualTo("""
                id  parameters
                --  ------------------
                c1  bootstrap = 1000
                    positiveClass = ""

                b3
                """);
    }

    @Test
    void japaneseCharactersCountTwoColumns() {
        assertThat(TextTable.width("問題領域")).isEqualTo(8);
        String text = new TextTable("名前", "x").row("ab", "1").render();
        assertThat(text).isEqualTo("名前  x\n----  -\nab    1\n");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() {
        assertThatThrownBy(() -> new TextTable("a", "b").row("1"))
                .hasMessage("row has 1 cells for 2 columns [a, b]");
    }
}
