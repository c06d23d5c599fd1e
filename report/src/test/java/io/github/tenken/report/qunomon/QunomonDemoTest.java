package io.github.tenken.report.qunomon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Measure;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Status;
import io.github.tenken.engine.CheckCatalog;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.testing.DemoResult;
import io.github.tenken.result.AssessmentResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Qunomon export of the real Adult demo, with the descriptors of the catalogue on the class path. */
class QunomonDemoTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCheckThatRanBecomesAnAitWhoseFilesMatchItsDescriptorAndResult(@TempDir Path dir) throws IOException {
        AssessmentResult demo = DemoResult.get();
        new QunomonWriter().write(demo, dir.resolve("report.ait.json"), ReportLanguage.EN);
        Map<String, CheckDescriptor> descriptors = CheckCatalog.load().stream().map(Check::descriptor)
                .collect(Collectors.toMap(CheckDescriptor::id, Function.identity()));

        List<String> ran = demo.checks().stream().filter(c -> c.status() != Status.NOT_APPLICABLE)
                .map(CheckResult::checkId).sorted().toList();
        assertThat(ran).hasSizeGreaterThan(15);
        try (Stream<Path> dirs = Files.list(dir.resolve("ait"))) {
            assertThat(dirs.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(ran);
        }
        for (String id : ran) {
            CheckResult r = demo.check(id).orElseThrow();
            CheckDescriptor d = descriptors.get(id);
            Path ait = dir.resolve("ait").resolve(id);
            JsonNode manifest = JSON.readTree(ait.resolve("ait.manifest.json").toFile());
            JsonNode output = JSON.readTree(ait.resolve("ait.output.json").toFile());

            String expectedName = (d.defaultCriteria().isEmpty() ? "alyz_" : "eval_")
                    + id.replace('.', '_').replace('-', '_');
            assertThat(manifest.get("name").asText()).as(id).isEqualTo(expectedName);
            assertThat(output.at("/AIT/Name").asText()).as(id).isEqualTo(expectedName);
            assertThat(manifest.get("quality").asText()).as(id)
                    .isEqualTo(d.characteristic().qualityDimensionUri(demo.edition()));
            List<String> parameters = new ArrayList<>();
            manifest.get("parameters").forEach(p -> parameters.add(p.get("name").asText() + "="
                    + p.get("default_val").asText() + ":" + p.get("type").asText()));
            assertThat(parameters).as(id).isEqualTo(d.parameters().stream()
                    .map(p -> p.name() + "=" + p.defaultValue() + ":" + p.type().name().toLowerCase()).toList());

            JsonNode measures = output.at("/Result/Measures");
            assertThat(measures).as(id).hasSize(r.measures().size());
            for (int i = 0; i < r.measures().size(); i++) {
                Measure m = r.measures().get(i);
                String value = measures.get(i).get("Value").asText();
                assertThat(measures.get(i).get("Name").asText()).isEqualTo(m.name());
                assertThat(value).as(id + " " + m.name()).doesNotContain("E");
                assertThat(Double.parseDouble(value)).as(id + " " + m.name()).isEqualTo(m.value());
            }
            JsonNode resources = output.at("/Result/Resources");
            assertThat(resources).as(id).hasSize(r.tables().size());
            for (int i = 0; i < r.tables().size(); i++) {
                ResultTable t = r.tables().get(i);
                Path csv = ait.resolve(resources.get(i).get("Path").asText());
                String text = Files.readString(csv);
                assertThat(text).as(csv.toString()).startsWith(String.join(",", t.columns()) + "\r\n");
                assertThat(text.split("\r\n", -1)).as(csv.toString()).hasSize(t.rows().size() + 2);
            }
            assertThat(output.at("/ExecuteInfo/Error").isMissingNode()).as(id).isEqualTo(r.status() != Status.ERROR);
        }
        JsonNode missing = JSON.readTree(dir.resolve("ait/b3.missing-values/ait.manifest.json").toFile());
        assertThat(missing.get("name").asText()).isEqualTo("eval_b3_missing_values");
        assertThat(missing.at("/inventories/0/name").asText()).isEqualTo("training_data");
    }

    @Test
    void aParameterWithARangeKeepsItsBoundsAsStrings(@TempDir Path dir) throws IOException {
        AssessmentResult demo = DemoResult.get();
        new QunomonWriter().write(demo, dir.resolve("report.ait.json"), ReportLanguage.EN);
        int checked = 0;
        for (Check check : CheckCatalog.load()) {
            CheckDescriptor d = check.descriptor();
            Path manifest = dir.resolve("ait").resolve(d.id()).resolve("ait.manifest.json");
            if (!Files.exists(manifest)) {
                continue;
            }
            JsonNode parameters = JSON.readTree(manifest.toFile()).get("parameters");
            for (int i = 0; i < d.parameters().size(); i++) {
                ParameterSpec p = d.parameters().get(i);
                JsonNode node = parameters.get(i);
                if (p.min() != null) {
                    assertThat(Double.parseDouble(node.get("min").asText())).as(d.id() + " " + p.name())
                            .isEqualTo(p.min());
                    checked++;
                } else {
                    assertThat(node.has("min")).isFalse();
                }
                if (p.max() != null) {
                    assertThat(Double.parseDouble(node.get("max").asText())).isEqualTo(p.max());
                }
            }
        }
        assertThat(checked).as("parameters with a minimum in the demo's manifests").isGreaterThan(3);
    }
}
