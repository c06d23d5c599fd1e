package io.github.tenken.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tenken.check.Measure;
import io.github.tenken.checks.drift.TrainTestDriftCheck;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.engine.Assessment;
import io.github.tenken.internal.Formats;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.json.JsonReport;
import io.github.tenken.report.testing.SampleResults;
import io.github.tenken.result.AssessmentResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A measure computed from a sketch shows its error bound (±) and the sketch in the HTML and in the JSON. */
class SketchBoundTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The measure's row of the measures table, by the measure's name. */
    private static Element row(AssessmentResult result, ReportLanguage language, String checkId, String measure) {
        return Jsoup.parse(HtmlReport.render(result, language))
                .select("#check-" + checkId.replace(".", "\\.") + " table.measures tbody tr").stream()
                .filter(tr -> tr.selectFirst("td code").text().equals(measure)).findFirst().orElseThrow();
    }

    @Test
    void aHandBuiltApproximateMeasureShowsItsBoundAndSketch() throws IOException {
        AssessmentResult rich = SampleResults.rich(42);
        Element en = row(rich, ReportLanguage.EN, "b3.missing", "median_age");
        assertThat(en.selectFirst("td.num").text()).isEqualTo("31.5 ±1.25 (KLL k=200)");
        assertThat(en.selectFirst("span.approx").attr("title")).isEqualTo("computed from a sketch: the value may "
                + "differ from the exact one by up to this bound (about 99% confidence)");
        Element ja = row(rich, ReportLanguage.JA, "b3.missing", "median_age");
        assertThat(ja.selectFirst("span.approx").text()).isEqualTo("±1.25 (KLL k=200)");
        assertThat(ja.selectFirst("span.approx").attr("title"))
                .isEqualTo("スケッチから計算した値です。正確な値との差はこの範囲内です（信頼度約 99%）");
        // an exact measure shows no bound
        assertThat(row(rich, ReportLanguage.EN, "b3.missing", "missing_share").select("span.approx")).isEmpty();

        JsonNode measures = JSON.readTree(JsonReport.toJson(rich)).at("/checks/0/measures");
        assertThat(measures.get(1).get("name").asText()).isEqualTo("median_age");
        assertThat(measures.get(1).get("approximation").toString())
                .isEqualTo("{\"method\":\"KLL k=200\",\"bound\":1.25}");
        assertThat(measures.get(0).get("approximation").isNull()).isTrue();
    }

    @Test
    void aRealCheckBeyondExactUpToReportsItsSketchBound() throws IOException {
        Table training = Table.of("train", List.of(NumericColumn.of("x",
                IntStream.range(0, 5000).mapToDouble(i -> i % 997).toArray())));
        Table test = Table.of("test", List.of(NumericColumn.of("x",
                IntStream.range(0, 5000).mapToDouble(i -> (i * 7) % 1009).toArray())));
        AssessmentResult result = Assessment.builder().profile(SampleResults.profile())
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test)
                .checks(List.of(new TrainTestDriftCheck())).exactUpTo(1000).build().run();
        Measure ks = result.check("drift.train-test").orElseThrow().measure("max_ks_statistic").orElseThrow();
        assertThat(ks.approximation()).as("KS distance of two 5,000-value columns, exact only up to 1,000").isNotNull();
        assertThat(ks.approximation().bound()).isPositive();

        String bound = "±" + Formats.number(ks.approximation().bound()) + " (" + ks.approximation().method() + ")";
        assertThat(row(result, ReportLanguage.EN, "drift.train-test", "max_ks_statistic").selectFirst("span.approx")
                .text()).isEqualTo(bound);
        JsonNode approximation = JSON.readTree(JsonReport.toJson(result))
                .at("/checks/0/measures").findParents("name").stream()
                .filter(m -> m.get("name").asText().equals("max_ks_statistic")).findFirst().orElseThrow()
                .get("approximation");
        assertThat(approximation.get("method").asText()).isEqualTo(ks.approximation().method());
        assertThat(approximation.get("bound").asDouble()).isEqualTo(ks.approximation().bound());
    }
}
