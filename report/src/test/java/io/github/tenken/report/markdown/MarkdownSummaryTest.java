package io.github.tenken.report.markdown;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Status;
import io.github.tenken.internal.Formats;
import io.github.tenken.report.ReportFiles;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.Reports;
import io.github.tenken.report.testing.DemoResult;
import io.github.tenken.report.testing.FormatFixtures;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.CharacteristicResult;
import io.github.tenken.result.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Markdown summary of the tiny hand-made assessment and of the real Adult demo. */
class MarkdownSummaryTest {

    /** The cells of a Markdown table row: split at the pipes no backslash escapes. */
    private static List<String> cells(String line) {
        String inner = line.substring(1, line.length() - 1);
        return List.of(inner.split("(?<!\\\\)\\|", -1)).stream().map(String::trim).toList();
    }

    private static List<String> tableLines(String md) {
        return md.lines().filter(l -> l.startsWith("|")).toList();
    }

    @Test
    void escapesEveryMarkdownCharacterOfData() {
        assertThat(MarkdownText.escape("a|b\nc")).isEqualTo("a\\|b<br>c");
        assertThat(MarkdownText.escape("x\r\ny\rz")).isEqualTo("x<br>y<br>z");
        assertThat(MarkdownText.escape("*d* _e_ `f` [l](u) ~s~ \\"))
                .isEqualTo("\\*d\\* \\_e\\_ \\`f\\` \\[l\\](u) \\~s\\~ \\\\");
        assertThat(MarkdownText.escape("<script>a & b")).isEqualTo("&lt;script>a &amp; b");
        assertThat(MarkdownText.escape("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(MarkdownText.escape("- not a list")).isEqualTo("\\- not a list");
        assertThat(MarkdownText.escape("b3.missing-values")).as("ids stay readable").isEqualTo("b3.missing-values");
        assertThat(MarkdownText.escape(null)).isEmpty();
    }

    @Test
    void theTinySummaryNamesTheFailureAndEscapesTheHostileValue() {
        AssessmentResult result = FormatFixtures.result();
        String md = MarkdownSummary.render(result, ReportLanguage.EN, "report.html");

        assertThat(md).startsWith("## Quality summary: tiny \\| component\n\n**Verdict: "
                + (result.verdict() == Verdict.MET ? "\u2705 met" : "\u274c not met") + "** \u2014 ");
        // the judged check failed on its measure: one row with measure, value and criterion
        assertThat(md).contains("| b3.tiny-missing | missing\\_share | 0.25 | missing\\_share &lt;= 0.1 |");
        assertThat(md).contains("### Checks that could not run\n\n- c2.tiny-broken: The check could not run: "
                + "simulated failure in column x\n");
        assertThat(md).contains("pass: 0 \u00b7 warn: 1 \u00b7 fail: 1 \u00b7 error: 1 \u00b7 not applicable: 1");
        assertThat(md).endsWith("Full report: `report.html` (in the same folder as this summary)\n");
        assertThat(md).doesNotContain("a|b").doesNotContain("<g>");
        // every table row has as many cells as its header: no data value split a row
        List<String> rows = tableLines(md);
        assertThat(rows).isNotEmpty();
        for (String row : rows) {
            assertThat(row).endsWith("|");
        }
        assertThat(md.lines().filter(l -> l.startsWith("| Code ")).findFirst().map(MarkdownSummaryTest::cells)
                .orElseThrow()).containsExactly("Code", "Internal characteristic", "Required", "Achieved", "Verdict");
    }

    @Test
    void aHostileValueInAFailingChecksSentenceStaysInItsCell() {
        AssessmentResult result = FormatFixtures.result(List.of(FormatFixtures.checks().get(0)));
        CheckResult judged = result.check("b3.tiny-missing").orElseThrow();
        // the same check, its measure no longer failing, so that the summary shows its sentence instead
        Measure informative = Measure.of("missing_share", 0.25, "ratio");
        CheckResult sentenceOnly = new CheckResult(judged.checkId(), judged.title(), judged.characteristic(),
                judged.items(), Status.FAIL, judged.explanation(), List.of(informative), judged.tables(),
                judged.charts(), judged.error(), judged.provenance());
        AssessmentResult withSentence = new AssessmentResult(result.formatVersion(), result.libraryVersion(),
                result.component(), result.edition(), result.profile(), result.requirements(), result.verdict(),
                result.characteristics(), List.of(sentenceOnly), result.answers(), result.datasets(), result.model(),
                result.seed(), result.environment(), result.scans(), result.startedAt(), result.duration());
        String md = MarkdownSummary.render(withSentence, ReportLanguage.EN, "report.html");

        String row = md.lines().filter(l -> l.startsWith("| b3.tiny-missing ")).findFirst().orElseThrow();
        assertThat(cells(row)).containsExactly("b3.tiny-missing", "\u2013", "\u2013",
                "missing in a\\|b<br>c \\*d\\* \\_e\\_ \\`f\\` &lt;g>, \"h\"");
    }

    @Test
    void theDemoSummaryIsSmallAndListsEveryFailureAndShortfall() {
        AssessmentResult demo = DemoResult.get();
        String md = MarkdownSummary.render(demo, ReportLanguage.EN, "report.html");

        assertThat(md.getBytes(StandardCharsets.UTF_8).length).as("summary size").isLessThan(20_000);
        for (CharacteristicResult c : demo.characteristics()) {
            String verdict = switch (c.verdict()) {
                case MET -> "\u2705 met";
                case NOT_MET -> "\u274c not met";
                case NOT_REQUIRED -> "\u2796 not required";
            };
            assertThat(md).contains("| " + c.characteristic().code() + " | " + c.characteristic().nameEn() + " | "
                    + c.required().label() + " | " + c.achievedLabel()
                    + " | " + verdict + " |");
            for (String item : c.missing()) {
                assertThat(md).contains("| " + item + " | ");
            }
        }
        for (CheckResult c : demo.checks()) {
            for (Measure m : c.measures()) {
                if (c.status() == Status.FAIL && m.isFailed()) {
                    assertThat(md).contains("| " + c.checkId() + " | " + MarkdownText.escape(m.name()) + " | "
                            + Formats.number(m.value()));
                }
            }
        }
        long failing = demo.checks().stream().filter(c -> c.status() == Status.FAIL).count();
        assertThat(md).contains("fail: " + failing + " \u00b7");
        for (String row : tableLines(md)) {
            assertThat(row).endsWith("|");
        }
    }

    @Test
    void theJapaneseDemoSummaryHasJapaneseLabels() {
        AssessmentResult demo = DemoResult.get();
        String md = MarkdownSummary.render(demo, ReportLanguage.JA, "report.html");
        assertThat(md).startsWith("## 品質評価の要約：")
                .contains("**判定：")
                .contains("| コード | 内部品質特性 | 要求 | 達成 | 判定 |")
                .contains("合格：" + demo.statusCounts().get(Status.PASS) + " \u00b7")
                .contains("### ステータス別チェック数")
                .contains("詳細なレポート：`report.html`（この要約と同じフォルダー）")
                .doesNotContain("Failing").doesNotContain("Required").doesNotContain("Verdict")
                .doesNotContain(" CI ");
        assertThat(md.getBytes(StandardCharsets.UTF_8).length).isLessThan(20_000);
    }

    @Test
    void writeAllWritesTheSummaryBesideTheHtmlReportItNames(@TempDir Path dir) throws IOException {
        AssessmentResult result = FormatFixtures.result();
        ReportFiles files = Reports.writeAll(result, dir, "tenken", ReportLanguage.EN);
        assertThat(files.get("markdown")).isEqualTo(dir.resolve("tenken.md"));
        assertThat(Files.readString(files.get("markdown")))
                .isEqualTo(MarkdownSummary.render(result, ReportLanguage.EN, "tenken.html"))
                .contains("`tenken.html`");
        assertThat(files.html()).isRegularFile();
    }
}
