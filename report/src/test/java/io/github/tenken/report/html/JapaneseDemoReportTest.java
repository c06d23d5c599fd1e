package io.github.tenken.report.html;

import io.github.tenken.check.Status;
import io.github.tenken.samples.AdultDemo;
import io.github.tenken.evidence.ProcessAnswer;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.testing.DemoResult;
import io.github.tenken.report.testing.ResultMessages;
import io.github.tenken.result.AssessmentResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Japanese HTML report of the real demo assessment holds no English outside code, ids and data values: with the
 * text of {@code <code>}, data cells, chart category labels, ids and the demo's own texts (the user's data) taken
 * out, no word of four or more ASCII letters remains but the few listed here, which the Japanese labels keep on
 * purpose (names of methods and of the guideline's levels). The Japanese report shows no English subtitles.
 */
class JapaneseDemoReportTest {

    /** English words the Japanese texts use on purpose: the guideline's level names, product and method names. */
    private static final Set<String> ALLOWED = Set.of("AISL", "AIPL", "AIFL", "AIPrL", "Tenken", "JSON",
            "disparate", "impact", "Benjamini", "Hochberg", "RMSE");

    private static final Pattern WORD = Pattern.compile("[A-Za-z]{4,}");

    @Test
    void theJapaneseDemoReportHasNoEnglishOutsideCodeIdsAndData() {
        AssessmentResult demo = DemoResult.get();
        assertThat(demo.checks()).as("the demo runs the whole catalogue without an error")
                .hasSize(io.github.tenken.engine.CheckCatalog.load().size()).noneMatch(c -> c.status() == Status.ERROR);
        Document doc = Jsoup.parse(HtmlReport.render(demo, ReportLanguage.JA));
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("ja");

        // the characteristics' English names are shown on purpose, marked as English for screen readers
        assertThat(doc.select("[lang=en]")).as("no English subtitle in the Japanese report").isEmpty();
        doc.select("head, code, pre, table.data td, table.env td, .chip, [lang=en]").remove();
        // chart category labels, bin ticks and matrix labels are data values; legends and axis titles are not
        doc.select("svg g.lbl, svg g.tick, svg text.tick, svg g.val").remove();
        doc.select("svg text.lbl").stream().filter(e -> e.closest("g.legend") == null).forEach(Element::remove);

        List<String> shown = new ArrayList<>();
        shown.add(doc.body().text());
        doc.select("[title]").forEach(e -> shown.add(e.attr("title")));
        doc.select("[aria-label]").forEach(e -> shown.add(e.attr("aria-label")));

        Set<String> data = userData(demo);
        Set<String> english = new TreeSet<>();
        for (String text : shown) {
            String left = withoutData(text, data);
            Matcher m = WORD.matcher(left);
            while (m.find()) {
                if (!ALLOWED.contains(m.group())) {
                    english.add(m.group() + " in \"" + context(left, m.start(), m.end()) + "\"");
                }
            }
        }
        assertThat(english).as("English words in the Japanese report").isEmpty();
    }

    @Test
    void whatTheTestStripsIsDataAndNotTheReportsOwnText() {
        // the same stripping leaves the English report full of English: the test above can fail
        AssessmentResult demo = DemoResult.get();
        Document doc = Jsoup.parse(HtmlReport.render(demo, ReportLanguage.EN));
        doc.select("head, code, pre, table.data td, table.env td, .chip").remove();
        String left = withoutData(doc.body().text(), userData(demo));
        assertThat(left).contains("Required and achieved levels", "Checks by status", "Missing values");
    }

    @Test
    void theVerdictAndSignOffAreInJapaneseWithFullWidthPunctuation() {
        Document doc = Jsoup.parse(HtmlReport.render(DemoResult.get(), ReportLanguage.JA));
        Element verdict = doc.selectFirst("#verdict");
        assertThat(verdict.selectFirst("h2").text()).endsWith("要求レベルを達成していません");
        // two sentences joined without a space, as Japanese writes them
        assertThat(verdict.selectFirst(".verdict-lead").text())
                .isEqualTo("9 個の内部品質特性のうち 5 個が要求レベルに届いていません。下の各項目が未達の原因です。"
                        + "項目を満たせば差は解消します。");
        assertThat(verdict.select(".sf-levels").eachText()).contains("要求レベル 2、達成レベル -");
        assertThat(doc.select("#signoff th").eachText()).containsExactly("確認者", "役割", "日付", "署名");
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("ja");
        // the stylesheet keeps Japanese words whole and breaks lines by the strict rules
        assertThat(doc.selectFirst("style").data()).contains("html[lang=ja] body{word-break:keep-all;line-break:strict");
    }

    @Test
    void theReportsJapaneseLabelsUseFullWidthPunctuation() throws java.io.IOException {
        java.util.Properties ja = new java.util.Properties();
        // the report module's own bundle (the test class path also holds a test bundle of the same name)
        try (var reader = java.nio.file.Files.newBufferedReader(
                java.nio.file.Path.of("src/main/resources/META-INF/tenken/messages_ja.properties"))) {
            ja.load(reader);
        }
        Pattern japanese = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
        Set<String> halfWidth = new TreeSet<>();
        for (String key : ja.stringPropertyNames()) {
            String text = ja.getProperty(key);
            if (japanese.matcher(text).find() && text.matches(".*([()]|: |, ).*")) {
                halfWidth.add(key + "=" + text);
            }
        }
        assertThat(halfWidth).as("Japanese labels with half-width ( ) : or ,").isEmpty();
    }

    /** The demo's own texts, its data's values and names, and every verbatim argument of its messages. */
    private static Set<String> userData(AssessmentResult demo) {
        Set<String> data = new LinkedHashSet<>();
        data.add(demo.component().name());
        data.add(demo.component().description());
        data.addAll(demo.profile().reasons().values());
        for (ProcessAnswer a : demo.answers()) {
            data.add(a.evidence());
            data.add(a.reason());
        }
        data.add(demo.model());
        data.add(demo.libraryVersion());
        demo.datasets().forEach(d -> {
            data.add(d.name());
            data.add(d.source());
        });
        AdultDemo.cases().forEach(c -> data.add(c.name()));
        demo.checks().forEach(c -> {
            data.add(c.checkId());
            c.charts().forEach(chart -> data.addAll(chart.categories()));
        });
        data.addAll(ResultMessages.verbatimTexts(demo));
        data.removeIf(String::isBlank);
        return data;
    }

    /** The text with every data value taken out where it stands as a whole (not inside a longer ASCII word). */
    private static String withoutData(String text, Set<String> data) {
        String out = text;
        List<String> longestFirst = new ArrayList<>(data);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        for (String value : longestFirst) {
            out = out.replaceAll("(?<![A-Za-z])" + Pattern.quote(value) + "(?![A-Za-z])", " ");
        }
        return out;
    }

    private static String context(String text, int start, int end) {
        return text.substring(Math.max(0, start - 30), Math.min(text.length(), end + 30)).strip();
    }
}
