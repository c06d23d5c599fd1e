package io.github.tenken.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tenken init} on the shipped Palmer penguins split (the data of {@code docs/examples/onnx-plan.json}): the
 * skeleton holds what the CSV reader infers and every process item of the required levels; as it is, it runs with
 * its blanks counted as not given; filled in, it meets every required level (exit 0), as the README's plan does.
 */
class InitCommandTest {

    static final String TRAIN = "../onnx/src/test/resources/penguins-train.csv";
    static final String TEST = "../onnx/src/test/resources/penguins-test.csv";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The P and P/M items of level 1 of every internal characteristic, in the guideline's order: what AISL 0.1 and
     * AIPL 1 require (GUIDELINE.md's table: level 1 everywhere, B-2 S1 + E1, whose items are M only).
     */
    static final List<String> LEVEL_ONE_PROCESS_ITEMS = List.of("A-1.1a", "A-1.1b", "A-2.1a", "B-1.1a", "B-3.1a",
            "B-3.1b", "B-3.1d", "C-1.1a", "C-1.1b", "C-2.1a", "D-1.1a", "D-1.1b", "E-1.1a");

    @TempDir
    Path dir;

    private CliRun init(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("init", "--training", TRAIN, "--test", TEST, "--label", "species",
                "--aisl", "0.1", "--aipl", "1", "--aifl", "0", "--out", out.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }

    @Test
    void theSkeletonHoldsTheInferredTypesTheLabelAndEveryProcessItemOfTheRequiredLevels() throws IOException {
        Path plan = dir.resolve("plans/plan.json");
        CliRun run = init(plan);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + plan + ": 8 columns, label species, 13 process answers to fill "
                + "in; then run: tenken assess --plan " + plan + "\n");
        JsonNode skeleton = read(plan);
        // the header line: species,island,bill_length_mm,bill_depth_mm,flipper_length_mm,body_mass_g,sex,year
        Map<String, String> types = new LinkedHashMap<>();
        skeleton.at("/datasets/training/types").fields().forEachRemaining(e -> types.put(e.getKey(), e.getValue().asText()));
        assertThat(types).containsExactly(Map.entry("species", "categorical"), Map.entry("island", "categorical"),
                Map.entry("bill_length_mm", "numeric"), Map.entry("bill_depth_mm", "numeric"),
                Map.entry("flipper_length_mm", "numeric"), Map.entry("body_mass_g", "numeric"),
                Map.entry("sex", "categorical"), Map.entry("year", "numeric"));
        assertThat(skeleton.at("/datasets/test/types")).isEqualTo(skeleton.at("/datasets/training/types"));
        // paths relative to the plan's folder, which is two levels below the temporary folder's parent
        Path resolved = plan.getParent().resolve(skeleton.at("/datasets/training/path").asText()).normalize();
        assertThat(Files.isSameFile(resolved, Path.of(TRAIN))).isTrue();
        assertThat(skeleton.at("/datasets/test/path").asText()).doesNotStartWith("/").endsWith("penguins-test.csv");
        assertThat(skeleton.get("label").asText()).isEqualTo("species");
        assertThat(skeleton.get("sensitive")).isEmpty();
        assertThat(skeleton.get("_sensitive").asText()).contains(": sex;");
        List<String> items = new ArrayList<>();
        for (JsonNode a : skeleton.get("answers")) {
            items.add(a.get("item").asText());
            assertThat(a.get("answer").asText()).isEmpty();
            assertThat(a.get("_text").asText()).isNotBlank();
        }
        assertThat(items).isEqualTo(LEVEL_ONE_PROCESS_ITEMS);
        assertThat(skeleton.at("/answers/0/_text").asText()).isEqualTo("the main causes of quality risk are recorded");
    }

    @Test
    void aProfileThatRequiresNothingAsksForNoAnswer() throws IOException {
        Path plan = dir.resolve("plan.json");
        CliRun run = CliRun.of("init", "--training", TRAIN, "--label", "species", "--aisl", "0", "--aipl", "0",
                "--aifl", "0", "--out", plan.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(read(plan).get("answers")).isEmpty();
        assertThat(read(plan).get("datasets").has("test")).isFalse();
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws IOException {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, "{}");
        CliRun refused = init(plan);
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo(plan + " exists; give --force to overwrite it, or --out another file\n");
        assertThat(Files.readString(plan)).isEqualTo("{}");
        CliRun forced = init(plan, "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
        assertThat(read(plan).get("label").asText()).isEqualTo("species");
    }

    @Test
    void anUnknownLabelOrLevelIsOneLineAndExitTwo() {
        CliRun label = CliRun.of("init", "--training", TRAIN, "--label", "specie", "--out",
                dir.resolve("a.json").toString());
        assertThat(label.exit()).isEqualTo(2);
        assertThat(label.err()).isEqualTo("label column \"specie\" not found in " + TRAIN + "; columns are [species, "
                + "island, bill_length_mm, bill_depth_mm, flipper_length_mm, body_mass_g, sex, year]\n");
        CliRun level = CliRun.of("init", "--training", TRAIN, "--label", "species", "--aisl", "5", "--out",
                dir.resolve("b.json").toString());
        assertThat(level.exit()).isEqualTo(2);
        assertThat(level.err()).isEqualTo("--aisl: \"5\" is not an AISL; expected one of 0, 0.1, "
                + "0.2, 1, 2, 3, 4\n");
        assertThat(dir.resolve("a.json")).doesNotExist();
        assertThat(dir.resolve("b.json")).doesNotExist();
    }

    @Test
    void asWrittenTheSkeletonRunsAndItsBlankAnswersCountAsNotGiven() throws IOException {
        Path plan = dir.resolve("plan.json");
        init(plan);
        CliRun run = CliRun.of("assess", "--plan", plan.toString(), "--out", dir.resolve("out").toString());
        JsonNode report = read(dir.resolve("out/report.json"));
        // without a model or cases, measured items stay missing: exit 1, not 3
        assertThat(run.exit()).as(run.err()).isEqualTo(ExpectedExit.of(report)).isEqualTo(1);
        assertThat(report.get("answers")).isEmpty();
        assertThat(run.out()).contains("note: 13 answers of the plan are not filled in yet and count as not given: "
                + String.join(", ", LEVEL_ONE_PROCESS_ITEMS) + "\n");
    }

    @Test
    void filledInTheSkeletonMeetsEveryRequiredLevelAsTheReadmePlanDoes() throws IOException {
        Path plan = dir.resolve("plan.json");
        init(plan);
        ObjectNode skeleton = (ObjectNode) read(plan);
        JsonNode readme = read(Path.of("../docs/examples/penguins-init-plan.json"));
        // the README's plan is this skeleton filled in: the same data, types, label and items to answer
        assertThat(readme.at("/datasets/training/types")).isEqualTo(skeleton.at("/datasets/training/types"));
        assertThat(readme.at("/datasets/test/types")).isEqualTo(skeleton.at("/datasets/test/types"));
        assertThat(readme.get("answers").findValuesAsText("item")).isEqualTo(LEVEL_ONE_PROCESS_ITEMS);
        assertThat(readme.get("answers").findValuesAsText("_text"))
                .isEqualTo(skeleton.get("answers").findValuesAsText("_text"));
        // fill it in: the model, cases and criteria, and a "yes" with evidence for every item
        skeleton.putObject("model").put("type", "onnx")
                .put("path", Path.of("../docs/examples/penguins-species.onnx").toAbsolutePath().toString())
                .set("inputs", readme.at("/model/inputs"));
        skeleton.set("cases", readme.get("cases"));
        skeleton.set("checks", readme.get("checks"));
        for (JsonNode a : (ArrayNode) skeleton.get("answers")) {
            ((ObjectNode) a).put("answer", "yes").put("evidence", "recorded in the project file for " + a.get("item").asText());
        }
        Files.writeString(plan, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(skeleton));
        CliRun filled = CliRun.of("assess", "--plan", plan.toString(), "--out", dir.resolve("filled").toString());
        assertThat(filled.exit()).as(filled.err() + filled.out()).isZero();
        assertThat(read(dir.resolve("filled/report.json")).get("verdict").asText()).isEqualTo("MET");
        assertThat(filled.out()).contains("overall: MET (every required level is met)")
                .doesNotContain("not filled in");
        // the README's own plan
        CliRun documented = CliRun.of("assess", "--plan", "../docs/examples/penguins-init-plan.json", "--out",
                dir.resolve("documented").toString());
        assertThat(documented.exit()).as(documented.err() + documented.out()).isZero();
        // a failure outside the required levels is printed but does not change the exit code
        assertThat(documented.out()).contains("failed: d1.invalid-input: unsafe_outputs == 0: was 20\n");
    }
}
