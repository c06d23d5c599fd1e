package io.github.tenken.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tenken.message.Message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A check's table as data: cells by column key, rows found by a cell, only plain cell types, immutable. */
class ResultTableTest {

    private final ResultTable table = ResultTable.builder("per-column", Message.of("table.perColumn"),
                    "column", "missing", "share", "note")
            .row("age", 3L, 0.25, null)
            .row("sex", 0L, 0.0, Message.of("note.none"))
            .build();

    @Test
    void cellsAreReadByColumnKey() {
        assertThat(table.cell(0, "missing")).isEqualTo(3L);
        assertThat(table.cell(1, "note")).isEqualTo(Message.of("note.none"));
        assertThat(table.rowWhere("column", "sex")).hasValue(Arrays.asList("sex", 0L, 0.0, Message.of("note.none")));
        assertThat(table.rowWhere("column", "income")).isEmpty();
        assertThat(table.columnIndex("share")).isEqualTo(2);
        assertThat(table.title()).isEqualTo(Message.of("table.perColumn"));
        assertThatThrownBy(() -> table.cell(0, "rows"))
                .hasMessage("table per-column has no column rows; its columns are [column, missing, share, note]");
    }

    @Test
    void rowsAreCheckedAndCopied() {
        List<Object> row = new ArrayList<>(Arrays.asList("x", 1L, 0.5, null));
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row);
        ResultTable t = new ResultTable("t", Message.literal("t"), List.of("column", "missing", "share", "note"), rows);
        row.set(0, "changed");
        assertThat(t.cell(0, "column")).isEqualTo("x");
        assertThatThrownBy(() -> t.rows().get(0).set(0, "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ResultTable.builder("t", Message.literal("t"), "a", "b").row("only one").build())
                .hasMessage("table t: a row has 1 cells for 2 columns");
        assertThatThrownBy(() -> ResultTable.builder("t", Message.literal("t"), "a").row(new int[0]).build())
                .hasMessage("table t: a cell of type [I");
    }
}
