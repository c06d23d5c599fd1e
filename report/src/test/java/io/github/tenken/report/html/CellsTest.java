package io.github.tenken.report.html;

import io.github.tenken.check.ResultTable;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.i18n.Messages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Table cells and headers in the report's language; data values as they are. */
class CellsTest {

    private static final Cells EN = new Cells(Messages.of(ReportLanguage.EN));
    private static final Cells JA = new Cells(Messages.of(ReportLanguage.JA));

    @Test
    void messageAndBooleanCellsAreTranslatedAndTextIsShownAsItIs() {
        assertThat(JA.text(Message.of("role.training"))).isEqualTo("学習");
        assertThat(EN.text(Message.of("role.training"))).isEqualTo("training");
        assertThat(JA.text(Message.of("b1.case-coverage.status.belowTraining", Arg.count(1000))))
                .isEqualTo(Messages.of(ReportLanguage.JA).render(Message.of("b1.case-coverage.status.belowTraining",
                        Arg.count(1000)))).contains("1,000");
        assertThat(JA.text(true)).isEqualTo("はい");
        assertThat(JA.text(false)).isEqualTo("いいえ");
        assertThat(EN.text(true)).isEqualTo("yes");
        assertThat(JA.text("training")).as("a string cell is a data value").isEqualTo("training");
        assertThat(JA.css(Message.of("role.training"))).isEqualTo("t");
        assertThat(JA.css(true)).isEqualTo("t");
    }

    @Test
    void headersComeFromColumnKeysAndAnUnknownKeyIsShownAsItIs() {
        ResultTable table = ResultTable.builder("t", Message.literal("t"), "column", "missing", "capital-gain")
                .row("age", 1L, 2.5).build();
        assertThat(JA.header(table, 0)).isEqualTo("列");
        assertThat(JA.header(table, 1)).isEqualTo("欠損");
        assertThat(JA.header(table, 2)).isEqualTo("capital-gain");
        assertThat(EN.header(table, 1)).isEqualTo("missing");
    }
}
