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

class SvgChartsTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    /** The chart drawn with its texts in English. */
    private static SvgMarkup render(Chart chart) {
        return SvgCharts.render(chart, MessageCatalog.of(Language.EN)::render);
    }

    private static Document parse(SvgMarkup svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.markup().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> byClass(Document doc, String tag, String cssClass) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(e);
            }
        }
        return found;
    }

    @Test
    void escapesEveryLabelInEveryKind() throws Exception {
        for (ChartKind kind : ChartKind.values()) {
            Chart chart = new Chart("c", Message.literal(SCRIPT), kind, List.of(SCRIPT, "a & b"),
                    List.of(ChartSeries.of(SCRIPT, Message.literal(SCRIPT), 1, 2),
                            ChartSeries.of("quotes", Message.literal("'single' \"double\""), 3, 4)),
                    Message.literal(SCRIPT), Message.literal(SCRIPT));
            SvgMarkup svg = render(chart);
            assertThat(svg.markup()).as(kind.name()).doesNotContain("<script").contains("&lt;script&gt;alert(1)")
                    .contains("a &amp; b").contains("&#39;single&#39; &#34;double&#34;");
            Document doc = parse(svg);
            assertThat(doc.getElementsByTagName("script").getLength()).isZero();
            assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo(SCRIPT);
            assertThat(doc.getDocumentElement().getTextContent()).contains("a & b");
        }
    }

    @Test
    void histogramDrawsOneBarPerBinAndSeries() throws Exception {
        Chart chart = new Chart("h", Message.literal("ages"), ChartKind.HISTOGRAM, List.of("0-10", "10-20", "20-30"),
                List.of(ChartSeries.of("training", Message.of("role.training"), 0.2, 0.5, 0.3),
                        ChartSeries.of("test", Message.of("role.test"), 0.1, 0.6, 0.3)),
                Message.literal("age"), Message.literal("share"));
        Document doc = parse(render(chart));
        String training = byClass(doc, "path", "s0").get(0).getAttribute("d");
        String test = byClass(doc, "path", "s1").get(0).getAttribute("d");
        assertThat(training.chars().filter(ch -> ch == 'z').count()).isEqualTo(3);
        assertThat(test.chars().filter(ch -> ch == 'z').count()).isEqualTo(3);
        // The 0.5 bar is 5/3 times as tall as the 0.3 bar: heights are read from the first 'v' of each bar.
        List<Double> heights = new ArrayList<>();
        for (String bar : training.split("z")) {
            String v = bar.substring(bar.indexOf('v') + 1, bar.indexOf('h'));
            heights.add(-Double.parseDouble(v));
        }
        assertThat(heights.get(1) / heights.get(2)).isCloseTo(5.0 / 3, org.assertj.core.data.Offset.offset(0.02));
    }

    @Test
    void barsShowEachValueAndMarkMissingOnes() throws Exception {
        Chart chart = new Chart("b", Message.literal("rates"), ChartKind.BARS, List.of("Male", "Female"),
                List.of(ChartSeries.of("rate", Message.literal("rate"), 0.31, Double.NaN)), Message.literal("sex"),
                Message.literal("selection rate"));
        Document doc = parse(render(chart));
        String bars = byClass(doc, "path", "s0").get(0).getAttribute("d");
        assertThat(bars.chars().filter(ch -> ch == 'z').count()).isEqualTo(1);
        NodeList texts = byClass(doc, "g", "val").get(0).getElementsByTagName("text");
        List<String> values = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            values.add(texts.item(i).getTextContent());
        }
        assertThat(values).containsExactly("0.31", "n/a");
    }

    @Test
    void matrixShadesCellsByTheirShareOfTheRowAndOutlinesTheDiagonal() throws Exception {
        Chart chart = new Chart("m", Message.literal("confusion"), ChartKind.MATRIX, List.of("no", "yes"),
                List.of(ChartSeries.of("no", Message.literal("no"), 90, 10),
                        ChartSeries.of("yes", Message.literal("yes"), 0, 40)),
                Message.literal("predicted"), Message.literal("actual"));
        Document doc = parse(render(chart));
        List<Element> cells = byClass(doc, "rect", "heat");
        assertThat(cells).hasSize(4);
        assertThat(cells.stream().map(e -> e.getAttribute("class")).toList())
                .containsExactly("heat diag", "heat", "heat", "heat diag");
        // row shares 90%, 10%, 0%, 100%: shades ceil(7 x share) = 7, 1, 0, 7
        assertThat(cells.stream().map(e -> e.getAttribute("fill")).toList())
                .containsExactly("#1d4ed8", "#dbeafe", "#f1f5f9", "#1d4ed8");
    }

    @Test
    void shortensLongLabelsKeepingTheFullTextAsATitle() throws Exception {
        String longLabel = "a very long category label that does not fit";
        Chart chart = new Chart("b", Message.literal("t"), ChartKind.BARS, List.of(longLabel),
                List.of(ChartSeries.of("s", Message.literal("s"), 1)), null, null);
        Document doc = parse(render(chart));
        // the first title is the chart's own; the second holds the label's full text
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("t");
        assertThat(doc.getElementsByTagName("title").item(1).getTextContent()).isEqualTo(longLabel);
        // The <text> holds the <title> (full label) and then the label cut to 22 code points.
        assertThat(byClass(doc, "g", "lbl").get(0).getElementsByTagName("text").item(0).getTextContent())
                .isEqualTo(longLabel + "a very long category \u2026");
    }

    @Test
    void aTwentyBinTwoSeriesHistogramStaysSmall() {
        List<String> bins = new ArrayList<>();
        double[] a = new double[20];
        double[] b = new double[20];
        for (int i = 0; i < 20; i++) {
            bins.add("[" + i * 5 + ", " + (i * 5 + 5) + ")");
            a[i] = (i % 7) / 7.0;
            b[i] = (i % 5) / 5.0;
        }
        Chart chart = new Chart("h", Message.literal("t"), ChartKind.HISTOGRAM, bins,
                List.of(ChartSeries.of("training", Message.of("role.training"), a),
                        ChartSeries.of("test", Message.of("role.test"), b)),
                Message.literal("x"), Message.literal("share"));
        // with its <title> and the <desc> that lists the 40 values (about 650 characters)
        assertThat(render(chart).markup().length()).isLessThan(2800);
    }
}
