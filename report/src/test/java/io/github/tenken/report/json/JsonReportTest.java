package io.github.tenken.report.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.tenken.report.testing.SampleResults;
import io.github.tenken.result.AssessmentResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonReportTest {

    /** A strict parser: rejects NaN, Infinity and anything else that is not JSON. */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .disable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    @Test
    void twoRunsWithTheSameSeedGiveTheSameBytesApartFromTimings() {
        String first = JsonReport.toJson(SampleResults.rich(42), JsonOptions.withoutTimings());
        String second = JsonReport.toJson(SampleResults.rich(42), JsonOptions.withoutTimings());
        assertThat(second).isEqualTo(first);
        assertThat(first).doesNotContain("\"startedAt\"").doesNotContain("\"duration\"");
    }

    @Test
    void aDifferentSeedChangesTheOutput() {
        String seed42 = JsonReport.toJson(SampleResults.rich(42), JsonOptions.withoutTimings());
        String seed43 = JsonReport.toJson(SampleResults.rich(43), JsonOptions.withoutTimings());
        assertThat(seed43).isNotEqualTo(seed42);
    }

    @Test
    void isValidJsonStartingWithTheFormatVersion() throws IOException {
        AssessmentResult result = SampleResults.rich(42);
        JsonNode root = STRICT.readTree(JsonReport.toJson(result));
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("formatVersion", "reportId", "libraryVersion", "component", "edition",
                "profile", "requirements", "verdict", "characteristics", "checks", "answers", "risks", "datasets",
                "model", "modelIdentity", "seed", "judgeOnConfidenceBound", "excludedChecks", "unreachableItems",
                "environment", "scans", "startedAt", "duration");
        assertThat(root.get("formatVersion").asText()).isEqualTo(AssessmentResult.FORMAT_VERSION);
        assertThat(root.get("checks")).hasSize(result.checks().size());
        assertThat(root.get("characteristics").get(4).get("characteristic").asText()).isEqualTo("B-3");
    }

    @Test
    void writesNonFiniteNumbersAsStringsAndRecordsFieldByField() throws IOException {
        JsonNode root = STRICT.readTree(JsonReport.toJson(SampleResults.tiny()));
        JsonNode measures = root.get("checks").get(1).get("measures");
        assertThat(measures.get(0).get("value").asDouble()).isEqualTo(1.0 / 3);
        assertThat(measures.get(1).get("value").isTextual()).isTrue();
        assertThat(measures.get(1).get("value").asText()).isEqualTo("Infinity");
        assertThat(measures.get(2).get("value").asText()).isEqualTo("NaN");
        List<String> measureFields = new ArrayList<>();
        measures.get(0).fieldNames().forEachRemaining(measureFields::add);
        assertThat(measureFields).containsExactly("name", "value", "unit", "interval", "criterion", "passed",
                "approximation", "criterionOrigin", "judgedOnBound");
        JsonNode judged = root.get("checks").get(0).get("measures").get(0);
        assertThat(judged.get("criterion").get("operator").asText()).isEqualTo("LE");
        assertThat(judged.get("passed").asBoolean()).isFalse();
        assertThat(judged.get("interval").get("upper").asDouble()).isEqualTo(0.75);
    }

    @Test
    void writesTimingsAsIsoStrings() throws IOException {
        AssessmentResult result = SampleResults.rich(42);
        JsonNode root = STRICT.readTree(JsonReport.toJson(result));
        assertThat(root.get("startedAt").asText()).isEqualTo(result.startedAt().toString())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        assertThat(root.get("duration").asText()).isEqualTo(result.duration().toString()).startsWith("PT");
        assertThat(root.get("checks").get(0).get("provenance").get("duration").asText()).startsWith("PT");
    }

    @Test
    void sortsMapsByKey() throws IOException {
        JsonNode root = STRICT.readTree(JsonReport.toJson(SampleResults.rich(42)));
        assertThat(keys(root.get("environment"))).isSorted();
        assertThat(keys(root.get("profile").get("reasons")))
                .containsExactly("RISK_AVOIDANCE", "PERFORMANCE", "FAIRNESS");
    }

    @Test
    void theReportIdIsTheSha256OfTheJsonWithoutTimingsAndIdAndIgnoresTimings() throws Exception {
        AssessmentResult result = SampleResults.rich(42);
        String json = JsonReport.toJson(result);
        String id = STRICT.readTree(json).get("reportId").asText();
        assertThat(id).matches("[0-9a-f]{64}").isEqualTo(ReportId.of(result));
        // an independent hash of the JSON without timings, with its reportId line taken out
        String stable = JsonReport.toJson(result, JsonOptions.withoutTimings());
        String withoutId = stable.replace("  \"reportId\" : \"" + id + "\",\n", "");
        assertThat(withoutId).isNotEqualTo(stable);
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        assertThat(java.util.HexFormat.of().formatHex(sha.digest(withoutId.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(id);
        // other timings, same id; another seed, another id
        AssessmentResult later = new AssessmentResult(result.formatVersion(), result.libraryVersion(),
                result.component(), result.edition(), result.profile(), result.requirements(), result.verdict(),
                result.characteristics(), result.checks(), result.answers(), result.risks(), result.datasets(),
                result.model(), result.modelIdentity(), result.seed(), result.judgeOnConfidenceBound(),
                result.excludedChecks(), result.unreachableItems(), result.environment(), result.scans(),
                result.startedAt().plusSeconds(3600), result.duration().plusSeconds(5));
        assertThat(ReportId.of(later)).isEqualTo(id);
        assertThat(ReportId.of(SampleResults.rich(43))).isNotEqualTo(id);
    }

    @Test
    void matchesTheGoldenFileForATinyFixedAssessment() throws IOException {
        String actual = JsonReport.toJson(SampleResults.normalized(SampleResults.tiny()));
        Path golden = Path.of("src/test/resources/golden/tiny-assessment.json");
        if (Boolean.getBoolean("tenken.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void writeReplacesTheFileWithTheSameText(@TempDir Path dir) throws IOException {
        AssessmentResult result = SampleResults.tiny();
        Path file = dir.resolve("report.json");
        JsonReport.write(result, file, JsonOptions.withoutTimings());
        assertThat(Files.readString(file)).isEqualTo(JsonReport.toJson(result, JsonOptions.withoutTimings()));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(keys::add);
        return keys;
    }
}
