package io.github.tenken.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tenken assess} with an {@code onnx} model: the documented example, and the plan errors it can give. */
class OnnxPlanTest {

    private static final Path MODEL = Path.of("../docs/examples/penguins-species.onnx").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theDocumentedOnnxPlanGivesScikitLearnsAccuracy() throws IOException {
        CliRun run = CliRun.of("assess", "--plan", "../docs/examples/onnx-plan.json", "--out", dir.toString());
        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertThat(run.exit()).as(run.err()).isEqualTo(ExpectedExit.of(report));
        assertThat(report.get("model").asText()).isEqualTo(
                "onnx penguins_logistic_regression read from penguins-species.onnx");
        // the accuracy onnx/src/test/python/make_fixtures.py computed from scikit-learn's own predictions
        double sklearn = Double.parseDouble(Files.readString(
                Path.of("../onnx/src/test/resources/penguins-species-accuracy.txt")).trim());
        JsonNode check = null;
        for (JsonNode c : report.get("checks")) {
            check = c.get("checkId").asText().equals("c1.classification") ? c : check;
        }
        assertThat(check).isNotNull();
        assertThat(check.get("status").asText()).isEqualTo("PASS");
        double accuracy = Double.NaN;
        for (JsonNode m : check.get("measures")) {
            accuracy = m.get("name").asText().equals("accuracy") ? m.get("value").asDouble() : accuracy;
        }
        assertThat(accuracy).isEqualTo(sklearn);
    }

    private CliRun assess(String model) {
        Path plan = PlanFixture.write(dir, PlanFixture.PLAN.replace("\"label\": \"label\",",
                "\"label\": \"label\", \"model\": " + model + ","));
        return CliRun.of("assess", "--plan", plan.toString(), "--out", dir.resolve("out").toString());
    }

    private void assertFails(CliRun run, String line) {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().filter(l -> !l.endsWith("...")).toList())
                .containsExactly(dir.resolve("plan.json") + ": " + line);
    }

    @Test
    void classesOtherThanTheModelsAreAnErrorOfModelClasses() {
        String path = MODEL.toString().replace("\\", "\\\\");
        CliRun run = assess("{\"type\": \"onnx\", \"path\": \"" + path + "\", \"inputs\": [\"a\", \"b\", \"c\", \"d\"],"
                + " \"classes\": [\"Gentoo\", \"Adelie\", \"Chinstrap\"]}");
        assertFails(run, "model.classes: classes [Gentoo, Adelie, Chinstrap] given for " + MODEL + " do not match "
                + "the model's classes [Adelie, Chinstrap, Gentoo] (the same names in another order; the model's "
                + "order is that of its probabilities)");
    }

    @Test
    void aFieldOfAnotherModelTypeIsNamed() {
        CliRun run = assess("{\"type\": \"onnx\", \"path\": \"data/train.csv\", \"prediction\": \"p\"}");
        assertFails(run, "model.prediction: not a field of model type onnx; its fields are type, path, classes, "
                + "inputs");
    }

    @Test
    void aFileThatIsNotOnnxIsAnErrorOfModelPath() {
        CliRun run = assess("{\"type\": \"onnx\", \"path\": \"data/train.csv\"}");
        assertFails(run, "model.path: data/train.csv is not an ONNX model that ONNX Runtime 1.22.0 can load: "
                + "Failed to load model because protobuf parsing failed.");
    }
}
