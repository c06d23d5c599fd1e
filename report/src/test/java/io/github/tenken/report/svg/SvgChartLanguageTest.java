package io.github.tenken.report.svg;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.message.Language;
import io.github.tenken.message.Message;
import io.github.tenken.message.MessageCatalog;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A chart's title, legend and axis titles are drawn in the language asked for; its categories as they are. */
class SvgChartLanguageTest {

    /** A histogram of training against test ages, every text a message. */
    private static final Chart AGES = new Chart("histogram-age", Message.of("sample.missing.chart"),
            ChartKind.HISTOGRAM, List.of("18-29", "30-41"),
            List.of(ChartSeries.of("training", Message.of("role.training"), 0.6, 0.4),
                    ChartSeries.of("test", Message.of("role.test"), 0.5, 0.5)),
            Message.literal("age"), Message.of("axis.share"));

    private static Document draw(Chart chart, Language language) throws Exception {
        SvgMarkup svg = SvgCharts.render(chart, MessageCatalog.of(language)::render);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.markup().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc, String cssClass) {
        List<String> found = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            boolean inLegend = e.getParentNode() instanceof Element p && p.getAttribute("class").equals(cssClass);
            if (inLegend || e.getAttribute("class").equals(cssClass)) {
                found.add(e.getTextContent());
            }
        }
        return found;
    }

    @Test
    void aJapaneseChartHasAJapaneseLabelLegendAndAxisTitle() throws Exception {
        Document doc = draw(AGES, Language.JA);
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo("年齢: 学習データとテストデータ");
        assertThat(texts(doc, "legend")).containsExactly("学習", "テスト");
        assertThat(texts(doc, "axis-title")).containsExactly("age", "行の割合");
        assertThat(doc.getDocumentElement().getTextContent()).contains("18-29", "30-41");
    }

    @Test
    void theSameChartInEnglish() throws Exception {
        Document doc = draw(AGES, Language.EN);
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo("Age: training vs test");
        assertThat(texts(doc, "legend")).containsExactly("training", "test");
        assertThat(texts(doc, "axis-title")).containsExactly("age", "share of rows");
    }

    @Test
    void aMatrixWhoseRowLabelsAreTranslatedStillOutlinesItsDiagonal() throws Exception {
        // rows keyed by the class they stand for, labelled by a message: "yes" / "no" in English, はい / いいえ in Japanese
        Chart chart = new Chart("m", Message.of("sample.accuracy.chart"), ChartKind.MATRIX, List.of("no", "yes"),
                List.of(ChartSeries.of("no", Message.of("no"), 90, 10), ChartSeries.of("yes", Message.of("yes"), 0, 40)),
                Message.of("sample.axis.predicted"), Message.of("sample.axis.actual"));
        for (Language language : Language.values()) {
            Document doc = draw(chart, language);
            List<String> classes = new ArrayList<>();
            NodeList rects = doc.getElementsByTagName("rect");
            for (int i = 0; i < rects.getLength(); i++) {
                classes.add(((Element) rects.item(i)).getAttribute("class"));
            }
            assertThat(classes).as(language.tag()).containsExactly("heat diag", "heat", "heat", "heat diag");
        }
        assertThat(texts(draw(chart, Language.JA), "lbl")).containsExactly("いいえ", "はい");
    }
}
