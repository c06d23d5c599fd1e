package io.github.tenken.report.svg;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.internal.Formats;
import io.github.tenken.message.Language;
import io.github.tenken.message.Message;
import io.github.tenken.message.MessageCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The line, interval and normalised heat-map charts: positions, printed values, text alternatives. */
class TableChartSvgTest {

    @Test
    void aCurveIsDrawnOnTheUnitSquareWithItsPointsInTheDescription() {
        LineChartSvg.Curve curve = new LineChartSvg.Curve("model", List.of(0.0, 0.5, 1.0), List.of(0.0, 1.0, 1.0),
                false);
        String svg = LineChartSvg.render("ROC curve", "false positive rate", "true positive rate", List.of(curve),
                "chance", Formats::number).markup();
        // x = 64 + 300 x, y = 16 + 300 (1 - y)
        assertThat(svg).contains("d=\"M64 316L214 16L364 16\"")
                .contains("role=\"img\"").contains("<title>ROC curve</title>")
                .contains("<desc>model: (0, 0) (0.5, 1) (1, 1)</desc>")
                .contains("class=\"ref\"");
    }

    @Test
    void aLongCurveIsDescribedByElevenEvenlySpreadPoints() {
        assertThat(LineChartSvg.sample(101)).containsExactly(0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100);
        assertThat(LineChartSvg.sample(3)).containsExactly(0, 1, 2);
    }

    @Test
    void theConfusionMatrixIsNormalisedByRowWithReadableText() {
        // the demo's matrix: 12,435 rows of <=50K and 3,846 of >50K
        Chart chart = new Chart("confusion-matrix", Message.literal("Confusion matrix"), ChartKind.MATRIX,
                List.of("<=50K", ">50K"),
                List.of(ChartSeries.of("<=50K", Message.literal("<=50K"), 11782, 653),
                        ChartSeries.of(">50K", Message.literal(">50K"), 1510, 2336)),
                Message.literal("predicted"), Message.literal("actual"));
        String svg = SvgCharts.render(chart, MessageCatalog.of(Language.EN)::render).markup();
        // 11782 / 12435 = 94.75%, 653 / 12435 = 5.25%, 1510 / 3846 = 39.26%, 2336 / 3846 = 60.74%
        List<String> printed = new ArrayList<>();
        Matcher m = Pattern.compile("<text [^>]*class=\"cell\" fill=\"(#[0-9a-f]{6})\">([^<]*)</text>").matcher(svg);
        List<String> textColours = new ArrayList<>();
        while (m.find()) {
            textColours.add(m.group(1));
            printed.add(m.group(2));
        }
        assertThat(printed).containsExactly("94.7%", "5.3%", "39.3%", "60.7%");
        List<String> fills = new ArrayList<>();
        Matcher f = Pattern.compile("<rect [^>]*fill=\"(#[0-9a-f]{6})\"").matcher(svg);
        while (f.find()) {
            fills.add(f.group(1));
        }
        assertThat(fills).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(Contrast.ratio(fills.get(i), textColours.get(i))).as("cell %d", i).isGreaterThanOrEqualTo(4.5);
        }
        // the darkest cell (94.7%) has white text, the lighter ones dark text (on #3b82f6, 60.7%: 4.7:1 against 3.7:1)
        assertThat(textColours).containsExactly("#ffffff", "#0f172a", "#0f172a", "#0f172a");
        assertThat(svg).contains("<desc>&lt;=50K: &lt;=50K 11782 (94.7%), &gt;50K 653 (5.3%); "
                + "&gt;50K: &lt;=50K 1510 (39.3%), &gt;50K 2336 (60.7%)</desc>");
    }

    @Test
    void groupRatesHaveWhiskersAndTheirIntervalsInTheDescription() {
        IntervalChartSvg.Metric rate = new IntervalChartSvg.Metric("selection rate", List.of(0.2366, 0.0774),
                List.of(0.2288, 0.0698), List.of(0.2453, 0.0834));
        IntervalChartSvg.Metric base = new IntervalChartSvg.Metric("base rate", List.of(0.2998, 0.1088), null, null);
        String svg = IntervalChartSvg.render("Rates per group of sex", List.of("Male", "Female"),
                List.of(rate, base), Formats::share, "95% CI").markup();
        // one whisker (bar and two caps) per group for the rate with an interval, none for the base rate;
        // Male: 0.2288..0.2453 on a 0..1 axis from x = 90 over 446 px -> 192 to 199.4, at y = 34 + 7.5 + 2
        assertThat(svg.split("class=\"whisker w0\"", -1)).hasSize(3);
        assertThat(svg).contains("d=\"M192 43.5H199.4M192 39.5v8M199.4 39.5v8\" class=\"whisker w0\"");
        assertThat(svg.split("class=\"dot hollow\"", -1)).hasSize(4);   // legend + two groups
        assertThat(svg).contains("<desc>Male: selection rate 23.7% (95% CI 22.9%\u201324.5%), base rate 30.0%; "
                + "Female: selection rate 7.7% (95% CI 7.0%\u20138.3%), base rate 10.9%</desc>");
    }

    @Test
    void everyKindOfChartHasATitleAndADescription() {
        for (ChartKind kind : ChartKind.values()) {
            Chart chart = new Chart("c", Message.literal("t"), kind, List.of("a", "b"),
                    List.of(ChartSeries.of("a", Message.literal("s"), 1, 2)), Message.literal("x"),
                    Message.literal("y"));
            String svg = SvgCharts.render(chart, MessageCatalog.of(Language.EN)::render).markup();
            assertThat(svg).as(kind.name()).contains("<title>t</title>").containsPattern("<desc>s: [^<]+</desc>");
        }
        assertThat(Arrays.asList(ChartKind.values())).hasSize(3);
    }
}
