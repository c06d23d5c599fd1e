package io.github.tenken.report.html;

import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.testing.SampleResults;
import io.github.tenken.result.AssessmentResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The results' messages, check titles, table headers, units and charts of the HTML report in its language. */
class HtmlReportLanguageTest {

    private static final AssessmentResult RICH = SampleResults.rich(42);

    private static Document render(ReportLanguage language) {
        return Jsoup.parse(HtmlReport.render(RICH, language));
    }

    private static List<String> texts(Element root, String css) {
        return root.select(css).stream().map(Element::text).toList();
    }

    @Test
    void chartsAreCaptionedAndLabelledInTheReportsLanguage() {
        Document ja = render(ReportLanguage.JA);
        assertThat(texts(ja, "figure.chart figcaption")).containsExactly("sex ごとの >50K の割合",
                "クラスの均衡 (学習データ)", "年齢: 学習データとテストデータ", "混同行列 (テストデータ)");
        assertThat(ja.select("figure.chart svg").eachAttr("aria-label")).isEqualTo(texts(ja, "figure.chart figcaption"));
        Element ages = ja.selectFirst("#check-b3\\.missing figure.chart svg");
        assertThat(texts(ages, "g.legend text")).containsExactly("学習", "テスト");
        assertThat(texts(ages, "text.axis-title")).containsExactly("age", "行の割合");

        Document en = render(ReportLanguage.EN);
        assertThat(en.select("figure.chart svg").eachAttr("aria-label")).containsExactly("Share of >50K per sex",
                "Class balance (training)", "Age: training vs test", "Confusion matrix (test)");
        assertThat(texts(en.selectFirst("#check-b3\\.missing figure.chart svg"), "g.legend text"))
                .containsExactly("training", "test");
    }

    @Test
    void sentencesTablesAndUnitsAreInTheReportsLanguage() {
        Element ja = render(ReportLanguage.JA).selectFirst("#check-b3\\.missing");
        assertThat(ja.selectFirst("p.sentence").text())
                .isEqualTo("36 個の値のうち 1 個が欠損しています (2.8%)。許容される 5% 以内です。");
        assertThat(ja.selectFirst("p.table-title").text()).isEqualTo("列ごとの欠損値");
        assertThat(texts(ja, "table.data th")).containsExactly("列", "データセット", "欠損", "割合");
        assertThat(texts(ja, "table.data tbody tr:eq(1) td")).containsExactly("age", "テスト", "1", "16.7%");

        Element en = render(ReportLanguage.EN).selectFirst("#check-b3\\.missing");
        assertThat(en.selectFirst("p.sentence").text())
                .isEqualTo("1 of 36 values is missing (2.8%), within the 5% allowed.");
        assertThat(texts(en, "table.data th")).containsExactly("column", "dataset", "missing", "share");
        assertThat(texts(en, "table.data tbody tr:eq(1) td")).containsExactly("age", "test", "1", "16.7%");

        assertThat(texts(render(ReportLanguage.JA), "#check-c1\\.accuracy span.unit")).containsExactly("行");
        assertThat(texts(render(ReportLanguage.EN), "#check-c1\\.accuracy span.unit")).containsExactly("rows");
    }

    @Test
    void checkTitlesComeFromTheBundlesAndElseFromTheDescriptor() {
        Document ja = render(ReportLanguage.JA);
        // b2.class-balance is a built-in id with a Japanese title in the checks' bundle; c1.accuracy has none
        assertThat(ja.selectFirst("#check-b2\\.class-balance h4").text()).isEqualTo("クラスの均衡");
        assertThat(ja.selectFirst("#check-c1\\.accuracy h4").text()).isEqualTo("Accuracy on test data");
        Document en = render(ReportLanguage.EN);
        assertThat(en.selectFirst("#check-b2\\.class-balance h4").text()).isEqualTo("Class balance");
    }

    @Test
    void itemNotesAndIntervalMethodsAreInTheReportsLanguage() {
        Document ja = render(ReportLanguage.JA);
        assertThat(ja.selectFirst("#item-B-3\\.1c .note").text()).isEqualTo("この項目を測定するチェックが読み込まれていません");
        assertThat(ja.selectFirst("#check-c1\\.accuracy table.measures td[title]").attr("title"))
                .startsWith("パーセンタイル・ブートストラップ、リサンプル 1,000 回、シード ");
        Document en = render(ReportLanguage.EN);
        assertThat(en.selectFirst("#item-B-3\\.1c .note").text()).isEqualTo("no loaded check measures this item");
        assertThat(en.selectFirst("#check-c1\\.accuracy table.measures td[title]").attr("title"))
                .startsWith("percentile bootstrap, 1,000 resamples, seed ");
    }
}
