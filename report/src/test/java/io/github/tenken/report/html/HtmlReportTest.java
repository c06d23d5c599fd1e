package io.github.tenken.report.html;

import io.github.tenken.check.ResultTable;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.guideline.LevelItems;
import io.github.tenken.message.Message;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.i18n.Messages;
import io.github.tenken.report.testing.SampleResults;
import io.github.tenken.result.AssessmentResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {

    @Test
    void hostileDataIsEscapedEverywhere() {
        String html = HtmlReport.render(SampleResults.hostile(), ReportLanguage.EN);
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script");
        assertThat(html)
                .contains("<h1>component &lt;script&gt;alert(1)&lt;/script&gt;</h1>")
                .contains("Column &lt;script&gt;alert(1)&lt;/script&gt; holds the value")
                .contains("<th>&lt;script&gt;alert(1)&lt;/script&gt;</th>")
                .contains("<td class=\"t\">a &amp; b</td>")
                .contains("&#34;quotes&#34;")
                .contains("&#39;single&#39;")
                .contains("reason &lt;script&gt;")
                .contains("evidence &lt;script&gt;alert(1)&lt;/script&gt; a &amp; b")
                .contains("<code class=\"col\">&lt;script&gt;alert(1)&lt;/script&gt;:numeric</code>");
        // In text content quotes need no escaping; there they appear as typed, inside an element.
        assertThat(html).contains("<th>\"quotes\"</th>");
        String japanese = HtmlReport.render(SampleResults.hostile(), ReportLanguage.JA);
        assertThat(japanese.toLowerCase(Locale.ROOT)).doesNotContain("<script");
        assertThat(japanese).contains("列 &lt;script&gt;alert(1)&lt;/script&gt; は値 &lt;script&gt;alert(1)&lt;/script&gt;、"
                + "'single'、a &amp; b を持ちます。");
    }

    @Test
    void hasNineCharacteristicSectionsWithStableAnchors() {
        String html = HtmlReport.render(SampleResults.rich(42), ReportLanguage.EN);
        Matcher m = Pattern.compile("<section class=\"card char\" id=\"(char-[A-E]-\\d)\">").matcher(html);
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).containsExactly("char-A-1", "char-A-2", "char-B-1", "char-B-2", "char-B-3", "char-C-1",
                "char-C-2", "char-D-1", "char-E-1");
        assertThat(html).contains("href=\"#char-B-3\"").contains("id=\"check-c1.accuracy\"")
                .contains("id=\"item-B-3.1c\"");
    }

    @Test
    void showsTheCoverSummaryAndEveryCheckStatus() {
        AssessmentResult result = SampleResults.rich(42);
        String html = HtmlReport.render(result, ReportLanguage.EN);
        assertThat(html).contains("<h1>income classifier</h1>")
                .contains("AIST Machine Learning Quality Management Guideline, 3rd edition (rev. 3.2.1, 2022-08)")
                .contains("Required levels are not met")
                .contains("a loan officer confirms every decision")
                .contains("<span class=\"badge st-fail\">\u2715 fail</span>")
                .contains("<span class=\"badge st-error\">\u26a0 error</span>")
                .contains("<span class=\"badge st-not-applicable\">\u2013 not applicable</span>")
                .contains("<span class=\"badge st-warn\">! warn</span>")
                .contains("java.lang.IllegalStateException: simulated failure in column age")
                .contains("https://ait-hub.pj.aist.go.jp/ait-hub/api/0.0.1/qualityDimensions/")
                .contains("<code>accuracy &gt;= 0.8</code>");
        assertThat(count(html, "<article class=\"check ")).isEqualTo(result.checks().size());
        assertThat(count(html, "<svg class=\"chart-svg\"")).isEqualTo(4);
    }

    @Test
    void writesNumbersLocaleNeutrally() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String html = HtmlReport.render(SampleResults.rich(42), ReportLanguage.EN);
            assertThat(html).contains("<strong>0.6667</strong>").doesNotContain("0,6667");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void japaneseUsesTheGuidelinesJapaneseNames() {
        AssessmentResult result = SampleResults.rich(42);
        String html = HtmlReport.render(result, ReportLanguage.JA);
        assertThat(html).contains("<html lang=\"ja\">").contains(result.edition().titleJa()).contains(">概要<")
                .contains("<span class=\"badge st-fail\">\u2715 不合格</span>")
                .contains(LevelItems.get("B-3.1c").textJa());
        for (InternalCharacteristic c : InternalCharacteristic.values()) {
            assertThat(html).contains("<h2>" + c.nameJa() + "</h2>");
        }
        String english = HtmlReport.render(result, ReportLanguage.EN);
        assertThat(english).contains("<html lang=\"en\">").contains("<h2>Adequacy of data</h2>")
                .doesNotContain(LevelItems.get("B-3.1c").textJa());
    }

    @Test
    void loadsNothingFromTheNetworkAndRunsNoScript() {
        String html = HtmlReport.render(SampleResults.rich(42), ReportLanguage.EN);
        assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=\\s*\"(https?:)?//")
                .doesNotContainPattern("(?i)<(script|link|img|iframe|object|embed)\\b")
                .doesNotContainPattern("(?i)url\\(|@import|\\son[a-z]+=");
    }

    @Test
    void cutsLongTablesAndSaysSo() {
        ResultTable.Builder builder = ResultTable.builder("long", Message.literal("Long"), "row", "value");
        for (int i = 0; i < 75; i++) {
            builder.row("r" + i, i);
        }
        ResultTable table = builder.build();
        Cells cells = new Cells(Messages.of(ReportLanguage.EN));
        // 75 rows: folded, and cut to the rows a folded table shows
        assertThat(cells.isFolded(table)).isTrue();
        assertThat(cells.shown(table)).hasSize(Cells.MAX_FOLDED_ROWS);
        assertThat(cells.isTruncated(table)).isTrue();
        assertThat(cells.text(16281)).isEqualTo("16,281");
        assertThat(cells.text(0.123456)).isEqualTo("0.1235");
        assertThat(cells.text(null)).isEqualTo("\u2013");
        assertThat(cells.headerCss(table, 0)).isNull();
        assertThat(cells.headerCss(table, 1)).isEqualTo("num");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @org.junit.jupiter.api.Test
    void aHostileCsvThroughTheRealCatalogueIsEscapedEverywhere(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String html = HtmlReport.render(HostileCsv.assess(dir), io.github.tenken.report.ReportLanguage.EN);
        org.assertj.core.api.Assertions.assertThat(html).doesNotContainIgnoringCase("<script")
                .doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("<svg onload")
                .doesNotContain("<b>yes</b>")
                .contains("&lt;script&gt;alert(")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("&lt;b&gt;yes&lt;/b&gt;");
    }
}
