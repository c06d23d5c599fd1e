package io.github.tenken.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan's {@code trainer} lets {@code c2.retraining-spread} retrain the model (C-2.1a); its mistakes name the field. */
class TrainerPlanTest {

    private static final String DATA = Path.of("../onnx/src/test/resources").toAbsolutePath().normalize().toString()
            .replace("\\", "\\\\");

    @TempDir
    Path dir;

    private Path plan(String trainer) throws IOException {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, """
                {
                  "component": {"name": "penguins", "description": "species from measurements"},
                  "profile": {"aisl": "0.1", "aipl": "1", "aifl": "0"},
                  "datasets": {"training": {"path": "DATA/penguins-train.csv"}, "test": {"path": "DATA/penguins-test.csv"}},
                  "label": "species",
                  "trainer": TRAINER,
                  "checks": {"include": ["c2.retraining-spread"],
                             "parameters": {"c2.retraining-spread": {"folds": 3, "seeds": 2}}},
                  "seed": 42
                }
                """.replace("DATA", DATA).replace("TRAINER", trainer));
        return plan;
    }

    @Test
    void theDeclaredTrainerRetrainsAcrossSeedsAndFolds() throws IOException {
        CliRun run = CliRun.of("assess", "--plan", plan("{\"type\": \"smile-random-forest\", \"trees\": 5, "
                + "\"features\": [\"bill_length_mm\", \"flipper_length_mm\"]}").toString(), "--out", dir.toString());
        JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        JsonNode check = report.get("checks").get(0);
        assertThat(check.get("checkId").asText()).as(run.err()).isEqualTo("c2.retraining-spread");
        assertThat(check.get("status").asText()).isIn("PASS", "FAIL");
        double runs = Double.NaN;
        for (JsonNode m : check.get("measures")) {
            runs = m.get("name").asText().equals("runs") ? m.get("value").asDouble() : runs;
        }
        assertThat(runs).isEqualTo(2 + 3);     // two seeds, three folds
    }

    @Test
    void mistakesNameTheField() throws IOException {
        CliRun type = CliRun.of("assess", "--plan", plan("{\"type\": \"xgboost\"}").toString(), "--out",
                dir.resolve("out").toString());
        assertThat(type.exit()).isEqualTo(2);
        assertThat(type.err()).contains("trainer.type: \"xgboost\" is not a trainer type; expected smile-random-forest");
        CliRun column = CliRun.of("assess", "--plan", plan("{\"type\": \"smile-random-forest\", "
                + "\"features\": [\"beak\"]}").toString(), "--out", dir.resolve("out").toString());
        assertThat(column.exit()).isEqualTo(2);
        assertThat(column.err()).contains("trainer.features[0]: no column \"beak\" in the training data; its columns are");
    }
}
