package io.github.tenken.report.qunomon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.Status;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Message;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.testing.FormatFixtures;
import io.github.tenken.report.testing.InlineCheck;
import io.github.tenken.result.AssessmentResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Qunomon export of a tiny hand-made assessment, read back as JSON and CSV. */
class QunomonWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String B3_URI = "https://ait-hub.pj.aist.go.jp/ait-hub/api/0.0.1/qualityDimensions/"
            + "機械学習品質マネジメントガイドライン第三版/B-3データセットの妥当性";

    private static Path write(AssessmentResult result, Path dir) {
        Path file = dir.resolve("report.ait.json");
        new QunomonWriter(AitDescriptors.of(FormatFixtures.checks())).write(result, file, ReportLanguage.JA);
        return dir.resolve(QunomonWriter.FOLDER);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void theManifestIsGeneratedFromTheDescriptorInTheTestBedsFieldNamesAndOrder(@TempDir Path dir) throws IOException {
        AssessmentResult result = FormatFixtures.result();
        JsonNode m = JSON.readTree(write(result, dir).resolve("b3.tiny-missing/ait.manifest.json").toFile());

        assertThat(names(m)).containsExactly("name", "description", "authors", "version", "quality", "keywords",
                "references", "licenses", "inventories", "parameters", "report", "downloads");
        assertThat(m.get("name").asText()).as("default criteria: eval_, id b3.tiny-missing")
                .isEqualTo("eval_b3_tiny_missing");
        assertThat(m.get("description").asText()).isEqualTo("Missing values: Share of missing cells per column.");
        assertThat(m.get("version").asText()).isEqualTo(result.libraryVersion());
        assertThat(m.get("quality").asText()).isEqualTo(B3_URI);
        assertThat(texts(m.get("keywords"))).containsExactly("B-3", "B-3.1b", "Tenken", "b3.tiny-missing");
        assertThat(m.get("references")).isEmpty();
        assertThat(texts(m.get("licenses"))).containsExactly("Apache License Version 2.0");

        JsonNode inventories = m.get("inventories");
        assertThat(inventories).hasSize(2);
        assertThat(inventories.get(0).toString()).isEqualTo("{\"name\":\"training_data\",\"type\":\"dataset\","
                + "\"description\":\"training data\",\"requirement\":{\"format\":[\"csv\"]}}");
        assertThat(inventories.get(1).toString()).isEqualTo("{\"name\":\"label\",\"type\":\"attribute set\","
                + "\"description\":\"a label column\",\"requirement\":{\"format\":[\"json\"]}}");

        JsonNode parameters = m.get("parameters");
        assertThat(parameters).hasSize(4);
        assertThat(parameters.get(0).toString()).isEqualTo("{\"name\":\"minRows\",\"type\":\"int\","
                + "\"description\":\"rows a column needs\",\"default_val\":\"5\",\"min\":\"1\",\"max\":\"1000\"}");
        assertThat(parameters.get(1).toString()).isEqualTo("{\"name\":\"maxShare\",\"type\":\"float\","
                + "\"description\":\"largest share of missing cells\",\"default_val\":\"0.1\",\"min\":\"0\",\"max\":\"1\"}");
        assertThat(parameters.get(2).toString()).isEqualTo("{\"name\":\"strict\",\"type\":\"bool\","
                + "\"description\":\"fail on any missing cell\",\"default_val\":\"false\"}");
        assertThat(parameters.get(3).toString()).isEqualTo("{\"name\":\"marker\",\"type\":\"str\","
                + "\"description\":\"text read as missing\",\"default_val\":\"NA\"}");

        JsonNode measures = m.at("/report/measures");
        assertThat(measures).hasSize(2);
        assertThat(measures.get(0).toString()).isEqualTo("{\"name\":\"missing_share\",\"type\":\"float\","
                + "\"description\":\"Measure missing_share of check b3.tiny-missing; default criterion: "
                + "missing_share <= 0.1\",\"structure\":\"single\"}");
        assertThat(measures.get(1).toString()).isEqualTo("{\"name\":\"rows\",\"type\":\"float\","
                + "\"description\":\"Measure rows of check b3.tiny-missing; unit: rows\",\"structure\":\"single\"}");
        assertThat(m.at("/report/resources").toString()).isEqualTo("[{\"name\":\"per-column\",\"type\":\"table\","
                + "\"description\":\"Missing cells per column\"}]");
        assertThat(m.get("downloads")).isEmpty();
    }

    @Test
    void theOutputHoldsTheRunsMeasuresAsExactStringsAndItsTablesAsCsv(@TempDir Path dir) throws IOException {
        AssessmentResult result = FormatFixtures.result();
        CheckResult judged = result.check("b3.tiny-missing").orElseThrow();
        assertThat(judged.status()).isEqualTo(Status.FAIL);
        Path ait = write(result, dir).resolve("b3.tiny-missing");
        JsonNode o = JSON.readTree(ait.resolve("ait.output.json").toFile());

        assertThat(names(o)).containsExactly("AIT", "ExecuteInfo", "Result");
        assertThat(o.get("AIT").toString()).isEqualTo("{\"Name\":\"eval_b3_tiny_missing\",\"Version\":\""
                + result.libraryVersion() + "\"}");
        JsonNode info = o.get("ExecuteInfo");
        assertThat(names(info)).containsExactly("StartDateTime", "EndDateTime", "MachineInfo");
        DateTimeFormatter testBed = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");
        assertThat(OffsetDateTime.parse(info.get("StartDateTime").asText(), testBed).toInstant())
                .isEqualTo(judged.provenance().startedAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(info.get("StartDateTime").asText()).endsWith("+0000");
        assertThat(JSON.convertValue(info.get("MachineInfo"), java.util.Map.class)).isEqualTo(result.environment());

        // 0.25 and 4.0 written as the shortest decimals; each reads back as the result's value
        assertThat(o.at("/Result/Measures").toString()).isEqualTo(
                "[{\"Name\":\"missing_share\",\"Value\":\"0.25\"},{\"Name\":\"rows\",\"Value\":\"4\"}]");
        for (JsonNode measure : o.at("/Result/Measures")) {
            Measure expected = judged.measure(measure.get("Name").asText()).orElseThrow();
            assertThat(Double.parseDouble(measure.get("Value").asText())).isEqualTo(expected.value());
        }
        assertThat(o.at("/Result/Resources").toString())
                .isEqualTo("[{\"Name\":\"per-column\",\"Path\":\"per-column.csv\"}]");
        assertThat(o.at("/Result/Downloads")).isEmpty();
        assertThat(Files.readString(ait.resolve("per-column.csv"))).isEqualTo("column,missing,note\r\n"
                + "x,1,\"a|b\nc *d* _e_ `f` <g>, \"\"h\"\"\"\r\n"
                + "y,0.3333333333333333,\r\n");

        JsonNode informative = JSON.readTree(dir.resolve("ait/b2.tiny-balance/ait.output.json").toFile());
        assertThat(informative.at("/AIT/Name").asText()).as("no default criteria: alyz_")
                .isEqualTo("alyz_b2_tiny_balance");
        assertThat(informative.at("/Result/Measures").toString()).isEqualTo("[{\"Name\":\"minority_share\","
                + "\"Value\":\"0.3333333333333333\"},{\"Name\":\"imbalance_ratio\",\"Value\":\"Infinity\"}]");
        assertThat(informative.at("/Result/Resources")).isEmpty();
    }

    @Test
    void anErrorGivesItsCodeAndEnglishExplanationAndANotApplicableCheckNoDirectory(@TempDir Path dir)
            throws IOException {
        AssessmentResult result = FormatFixtures.result();
        Path folder = write(result, dir);
        JsonNode o = JSON.readTree(folder.resolve("c2.tiny-broken/ait.output.json").toFile());
        assertThat(o.at("/ExecuteInfo/Error").toString()).isEqualTo("{\"Code\":\"engine.error.run\","
                + "\"Detail\":\"The check could not run: simulated failure in column x\"}");
        assertThat(o.at("/Result/Measures")).isEmpty();
        assertThat(result.check("e1.tiny-drift").orElseThrow().status()).isEqualTo(Status.NOT_APPLICABLE);
        try (Stream<Path> dirs = Files.list(folder)) {
            assertThat(dirs.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("b2.tiny-balance", "b3.tiny-missing", "c2.tiny-broken");
        }
        JsonNode index = JSON.readTree(dir.resolve("report.ait.json").toFile());
        assertThat(index.get("AITs").toString()).isEqualTo("[{\"CheckId\":\"b3.tiny-missing\","
                + "\"Name\":\"eval_b3_tiny_missing\",\"Status\":\"FAIL\",\"Directory\":\"ait/b3.tiny-missing\"},"
                + "{\"CheckId\":\"b2.tiny-balance\",\"Name\":\"alyz_b2_tiny_balance\",\"Status\":\"WARN\","
                + "\"Directory\":\"ait/b2.tiny-balance\"},{\"CheckId\":\"c2.tiny-broken\","
                + "\"Name\":\"alyz_c2_tiny_broken\",\"Status\":\"ERROR\",\"Directory\":\"ait/c2.tiny-broken\"}]");
    }

    @Test
    void twoRunsGiveByteIdenticalFilesApartFromTheExecutionDates(@TempDir Path dir) throws IOException {
        Path first = write(FormatFixtures.result(), dir.resolve("first"));
        Path second = write(FormatFixtures.result(), dir.resolve("second"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(first)) {
            files = walk.filter(Files::isRegularFile).map(first::relativize).sorted().toList();
        }
        assertThat(files).hasSize(7);   // 3 manifests, 3 outputs, 1 table
        for (Path f : files) {
            String a = Files.readString(first.resolve(f));
            String b = Files.readString(second.resolve(f));
            if (f.getFileName().toString().equals(QunomonWriter.OUTPUT)) {
                a = withoutDates(a);
                b = withoutDates(b);
            }
            assertThat(b).as(f.toString()).isEqualTo(a);
        }
        assertThat(Files.readString(dir.resolve("second/report.ait.json")))
                .isEqualTo(Files.readString(dir.resolve("first/report.ait.json")));
    }

    private static String withoutDates(String output) {
        return output.replaceAll("\"(Start|End)DateTime\" : \"[^\"]*\"", "\"$1DateTime\" : \"\"");
    }

    @Test
    void theFilesAreIndentedJsonWithTheQualityUriInUtf8(@TempDir Path dir) throws IOException {
        String manifest = Files.readString(write(FormatFixtures.result(), dir)
                .resolve("b3.tiny-missing/ait.manifest.json"));
        assertThat(manifest).startsWith("{\n  \"name\" : \"eval_b3_tiny_missing\",\n").endsWith("}\n")
                .contains("\"quality\" : \"" + B3_URI + "\"").doesNotContain("\\u");
    }

    @Test
    void aCheckIdWithAPathSeparatorIsRejected(@TempDir Path dir) {
        Check evil = new InlineCheck(CheckDescriptor.builder("b3.evil/../../x", "Evil", InternalCharacteristic.B_3)
                .build(), ctx -> Outcome.builder().measure(Measure.of("n", 1, "")).explanation(Message.literal("x"))
                .build());
        AssessmentResult result = FormatFixtures.result(List.of(evil));
        assertThatThrownBy(() -> new QunomonWriter(AitDescriptors.of(List.of(evil)))
                .write(result, dir.resolve("report.ait.json"), ReportLanguage.EN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("check id \"b3.evil/../../x\" cannot name a file of the Qunomon export: use 1 to 128 "
                        + "letters, digits, '.', '-' or '_', starting with a letter or digit");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @Test
    void twoChecksThatWouldShareAnAitNameAreRejected(@TempDir Path dir) {
        List<Check> checks = new ArrayList<>();
        for (String id : List.of("b3.a-b", "b3.a_b")) {
            checks.add(new InlineCheck(CheckDescriptor.builder(id, "Twin", InternalCharacteristic.B_3).build(),
                    ctx -> Outcome.builder().measure(Measure.of("n", 1, "")).explanation(Message.literal("x"))
                            .build()));
        }
        AssessmentResult result = FormatFixtures.result(checks);
        assertThatThrownBy(() -> new QunomonWriter(AitDescriptors.of(checks))
                .write(result, dir.resolve("report.ait.json"), ReportLanguage.EN))
                .hasMessage("checks b3.a-b and b3.a_b would both be the Qunomon AIT alyz_b3_a_b; rename one of them");
    }

    @Test
    void aCheckWhoseDescriptorIsNotFoundIsDescribedFromItsResult(@TempDir Path dir) throws IOException {
        AssessmentResult result = FormatFixtures.result();
        new QunomonWriter(AitDescriptors.of(List.of())).write(result, dir.resolve("r.ait.json"), ReportLanguage.EN);
        JsonNode m = JSON.readTree(dir.resolve("ait/b3.tiny-missing/ait.manifest.json").toFile());
        // the criteria in force make it eval_; the title is the description; parameters are not in the provenance
        assertThat(m.get("name").asText()).isEqualTo("eval_b3_tiny_missing");
        assertThat(m.get("description").asText()).isEqualTo("Missing values");
        assertThat(m.get("inventories")).isEmpty();
        assertThat(m.get("quality").asText()).isEqualTo(B3_URI);
    }

    @Test
    void namesAndValuesFollowTheStatedRules() {
        assertThat(AitName.of("b3.missing-values", true)).isEqualTo("eval_b3_missing_values");
        assertThat(AitName.of("drift.train-test", false)).isEqualTo("alyz_drift_train_test");
        assertThat(AitName.of("C1.Classification", true)).isEqualTo("eval_c1_classification");
        assertThat(AitValues.number(16281.0)).isEqualTo("16281");
        assertThat(AitValues.number(1e-5)).isEqualTo("0.00001");
        assertThat(AitValues.number(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(AitValues.number(-0.0)).isEqualTo("0");
        assertThat(AitValues.number(1e20)).isEqualTo("100000000000000000000");
        assertThat(AitValues.number(Double.NaN)).isEqualTo("NaN");
        assertThat(AitValues.number(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
    }
}
