package io.github.tenken.report.html;

import io.github.tenken.check.CheckResult;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.testing.DemoResult;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.CharacteristicResult;
import io.github.tenken.result.Verdict;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo report's structure, read with jsoup: the verdict box comes first and names every characteristic that
 * falls short and every missing item, a failed check with measure, value, criterion and margin; items above the
 * required level are folded and neutral; every chart has a title and a description; provenance and sign-off are
 * there; big tables are folded.
 */
class DemoReportStructureTest {

    private static Document render(ReportLanguage language) {
        return Jsoup.parse(HtmlReport.render(DemoResult.get(), language));
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void theVerdictComesFirstAndNamesEveryShortfallAndMissingItem(ReportLanguage language) {
        AssessmentResult demo = DemoResult.get();
        Document doc = render(language);
        Element verdict = doc.selectFirst("#verdict");
        assertThat(verdict).isNotNull();
        assertThat(doc.selectFirst("body > .page > *")).isSameAs(verdict);
        List<String> shortfalls = demo.characteristics().stream().filter(c -> c.verdict() == Verdict.NOT_MET)
                .map(c -> c.characteristic().code()).toList();
        assertThat(shortfalls).containsExactly("B-1", "B-3", "C-1", "C-2", "E-1");
        assertThat(verdict.select(".sf-head .code").eachText()).isEqualTo(shortfalls);
        List<String> missing = demo.characteristics().stream().map(CharacteristicResult::missing)
                .flatMap(List::stream).toList();
        assertThat(verdict.select(".actions > li > .item-id").eachText()).isEqualTo(missing);
        // the summary table of required against achieved levels follows the verdict
        assertThat(doc.selectFirst("main > section").id()).isEqualTo("summary");
    }

    @Test
    void aFailedCheckIsListedWithMeasureValueCriterionAndMargin() {
        CheckResult skew = DemoResult.get().check("b1.skew").orElseThrow();
        double pairs = skew.measure("skewed_pairs").orElseThrow().value();
        Element verdict = render(ReportLanguage.EN).selectFirst("#verdict");
        Element failure = verdict.select(".failure").stream()
                .filter(e -> e.text().startsWith("b1.skew")).findFirst().orElseThrow();
        // criterion skewed_pairs == 0: the margin is minus the distance from 0
        String n = String.valueOf((long) pairs);
        assertThat(failure.text()).isEqualTo("b1.skew skewed_pairs = " + n + " pairs; criterion skewed_pairs == 0 (default); "
                + "margin \u2212" + n);
        Element missing = verdict.select(".failure").stream()
                .filter(e -> e.text().startsWith("b3.missing-values")).findFirst().orElseThrow();
        double share = DemoResult.get().check("b3.missing-values").orElseThrow().measure("max_missing_share")
                .orElseThrow().value();
        String percent = String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
        String points = String.format(java.util.Locale.ROOT, "%.1f pt", (share - 0.05) * 100);
        assertThat(missing.text()).isEqualTo("b3.missing-values max_missing_share = " + percent
                + "; criterion max_missing_share <= 5.0% (default); margin \u2212" + points);
    }

    @Test
    void eachCriterionSaysWhetherTheTeamAgreedItOrItIsTheChecksDefault() {
        // the demo agrees accuracy >= 0.80 for c1.classification; b3.missing-values keeps its default
        Document doc = render(ReportLanguage.EN);
        String accuracyRow = doc.select("td:has(code:containsOwn(accuracy >= 80.0%)), td:has(code:containsOwn(accuracy >= 0.8))")
                .stream().map(Element::text).findFirst().orElseThrow();
        assertThat(accuracyRow).contains("(agreed)").doesNotContain("default");
        String missingRow = doc.select("td:has(code:containsOwn(max_missing_share <= 5.0%))").first().text();
        assertThat(missingRow).contains("(default)");
    }

    @Test
    void thePositiveClassIsNamedWhereACheckUsedOne() {
        Document doc = render(ReportLanguage.EN);
        assertThat(doc.selectFirst("#check-c1\\.classification .positive").text()).isEqualTo("Positive class: >50K");
        assertThat(doc.selectFirst("#check-fairness\\.group-parity .positive").text())
                .isEqualTo("Positive class: >50K");
        assertThat(render(ReportLanguage.JA).selectFirst("#check-c1\\.classification .positive").text())
                .isEqualTo("陽性クラス：>50K");
    }

    @Test
    void itemsAboveTheRequiredLevelAreFoldedAndNeutral() {
        Document doc = render(ReportLanguage.EN);
        Element b1 = doc.selectFirst("#char-B-1");
        // B-1 requires level 2: its level-3 items are folded and carry no red badge
        assertThat(b1.select("details.beyond-items tr[id]").eachAttr("id")).isNotEmpty()
                .allMatch(id -> id.startsWith("item-B-1.3"));
        assertThat(doc.select("details.beyond-items .is-bad, details.beyond-items .is-open")).isEmpty();
        assertThat(doc.select("details.beyond-items .badge")).allMatch(e -> e.hasClass("is-neutral"));
        assertThat(doc.select("table.items:not(.beyond) tr[id]").eachAttr("id")).contains("item-B-1.2b")
                .doesNotContain("item-B-1.3a");
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void everyChartHasATitleAndADescriptionGivingValues(ReportLanguage language) {
        Document doc = render(language);
        List<Element> svgs = doc.select("svg");
        // ROC, PR, reliability, confusion matrix, class balance, age histogram, two perturbation charts,
        // three group-rate charts (sex, race, sex & race)
        assertThat(svgs).hasSizeGreaterThanOrEqualTo(11);
        for (Element svg : svgs) {
            assertThat(svg.attr("role")).isEqualTo("img");
            assertThat(svg.selectFirst("title").text()).isNotBlank();
            assertThat(svg.selectFirst("desc").text()).as(svg.attr("aria-label")).containsPattern("\\d");
        }
        Element c1 = doc.selectFirst("#check-c1\\.classification");
        assertThat(c1.select("svg path.curve")).hasSize(3);   // ROC, PR, reliability
    }

    @Test
    void provenanceAndTheSignOffBlockAreShown() {
        AssessmentResult demo = DemoResult.get();
        Document doc = render(ReportLanguage.EN);
        String provenance = doc.selectFirst("#provenance").text();
        demo.datasets().forEach(d -> assertThat(provenance).contains(d.contentHash()).contains(d.name()));
        assertThat(provenance).contains(demo.model()).contains(String.valueOf(demo.seed()))
                .contains(demo.libraryVersion()).contains(demo.environment().get("java.version"));
        Element signoff = doc.selectFirst("#signoff");
        assertThat(signoff.select("th").eachText()).containsExactly("Reviewer", "Role", "Date", "Signature");
        assertThat(signoff.select("td.blank")).hasSize(8).allMatch(td -> td.text().isEmpty());
    }

    @Test
    void bigTablesAreFoldedAndCut() {
        Document doc = render(ReportLanguage.EN);
        Element roc = doc.select("#check-c1\\.classification details.fold").first();
        assertThat(roc).isNotNull();
        assertThat(doc.select("details.fold table.data")).allMatch(t -> t.select("tbody tr").size()
                <= Cells.MAX_FOLDED_ROWS);
        assertThat(doc.select(".result-table > table, .result-table > .scroll > table").stream()
                .filter(t -> t.closest("details") == null)).allMatch(t -> t.select("tbody tr").size()
                <= Cells.FOLD_ROWS);
    }

    @Test
    void timesAreShownInTheZoneAsked() {
        AssessmentResult demo = DemoResult.get();
        Document tokyo = Jsoup.parse(HtmlReport.render(demo, ReportLanguage.JA, ZoneId.of("Asia/Tokyo")));
        String expected = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(ZoneId.of("Asia/Tokyo")).format(demo.startedAt()) + " Asia/Tokyo";
        assertThat(tokyo.selectFirst(".meta-line").text()).contains(expected);
        assertThat(render(ReportLanguage.EN).selectFirst(".meta-line").text()).contains(" UTC");
    }
}
