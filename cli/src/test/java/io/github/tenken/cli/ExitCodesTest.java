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
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each exit code of {@code tenken assess} on a variant of the README's penguin plan
 * ({@code docs/examples/penguins-init-plan.json}, which meets every required level): 0 met, 1 a measured criterion
 * failed or a check could not run, 2 the plan is wrong, 3 only process answers are missing. The console names each
 * failing criterion and each check that could not run on one line.
 */
class ExitCodesTest {

    private static final Path EXAMPLES = Path.of("../docs/examples").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The README plan changed by {@code change}, its paths made absolute, run; the report JSON is in dir/out. */
    private CliRun assess(Consumer<ObjectNode> change) throws IOException {
        ObjectNode plan = (ObjectNode) JSON.readTree(EXAMPLES.resolve("penguins-init-plan.json").toFile());
        for (String role : new String[] {"training", "test"}) {
            ObjectNode d = (ObjectNode) plan.get("datasets").get(role);
            d.put("path", EXAMPLES.resolve(d.get("path").asText()).normalize().toString());
        }
        ObjectNode model = (ObjectNode) plan.get("model");
        model.put("path", EXAMPLES.resolve(model.get("path").asText()).toString());
        change.accept(plan);
        Path file = dir.resolve("plan.json");
        Files.writeString(file, JSON.writeValueAsString(plan));
        return CliRun.of("assess", "--plan", file.toString(), "--out", dir.resolve("out").toString());
    }

    private JsonNode report() throws IOException {
        return JSON.readTree(dir.resolve("out/report.json").toFile());
    }

    private static void blank(ObjectNode plan, String item) {
        for (JsonNode a : (ArrayNode) plan.get("answers")) {
            if (a.get("item").asText().equals(item)) {
                ((ObjectNode) a).put("answer", "").put("evidence", "");
            }
        }
    }

    @Test
    void zeroWhenEveryRequiredLevelIsMet() throws IOException {
        CliRun run = assess(plan -> { });
        assertThat(run.exit()).as(run.err()).isEqualTo(TenkenCli.EXIT_MET).isZero();
        assertThat(report().get("verdict").asText()).isEqualTo("MET");
    }

    @Test
    void threeWhenOnlyProcessAnswersAreMissing() throws IOException {
        CliRun run = assess(plan -> {
            blank(plan, "A-1.1a");
            blank(plan, "D-1.1a");
        });
        assertThat(run.exit()).as(run.err()).isEqualTo(TenkenCli.EXIT_ANSWERS_MISSING).isEqualTo(3)
                .isEqualTo(ExpectedExit.of(report()));
        assertThat(run.out()).contains(
                "overall: NOT MET (2 of 9 characteristics fall short: A-1, D-1)\n",
                "only process answers are missing (exit code 3); items without an answer (2): A-1.1a, D-1.1a\n",
                "note: 2 answers of the plan are not filled in yet and count as not given: A-1.1a, D-1.1a\n");
    }

    @Test
    void oneWhenAMeasuredCriterionFailsEvenIfAnswersAreMissingToo() throws IOException {
        CliRun run = assess(plan -> {
            blank(plan, "A-1.1a");
            ((ArrayNode) plan.at("/checks/criteria/c1.classification")).removeAll().add("accuracy >= 0.999");
        });
        assertThat(run.exit()).as(run.err()).isEqualTo(TenkenCli.EXIT_NOT_MET).isEqualTo(1)
                .isEqualTo(ExpectedExit.of(report()));
        // 102 of 103 test birds right (onnx-plan's figure), with the bootstrap interval, which straddles 0.999: the
        // criterion is undecided as well
        assertThat(run.out().lines().filter(l -> l.startsWith("failed: c1.classification: ")).toList())
                .containsExactly("failed: c1.classification: accuracy >= 0.999: was 0.9903 (95% CI 0.9697-1)",
                        "failed: c1.classification: criteria_undecided == 0: was 1 criteria");
    }

    @Test
    void oneWhenACheckCouldNotRunAndTheConsoleSaysWhy() throws IOException {
        // a sensitive attribute of a three-class label: b2.representation (B-2.E1) asks for the favourable class
        CliRun run = assess(plan -> ((ArrayNode) plan.get("sensitive")).add("sex"));
        assertThat(run.exit()).as(run.err()).isEqualTo(1).isEqualTo(ExpectedExit.of(report()));
        assertThat(run.out()).contains("could not run: b2.representation: The check could not run: the label "
                + "\"species\" has 3 classes [Adelie, Gentoo, Chinstrap]; set the parameter positiveClass to the "
                + "favourable one\n",
                // sex made sensitive, the fairness check judges it too, each failed criterion on its own line
                "failed: fairness.group-parity: disparate_impact_ratio >= 0.8: was 0.619 (95% CI 0.2409-0.8799)\n");
    }

    @Test
    void twoWhenACriterionNamesNoMeasureOfItsCheck() throws IOException {
        CliRun run = assess(plan -> ((ArrayNode) plan.at("/checks/criteria/c1.classification")).add("acuracy >= 0.8"));
        assertThat(run.exit()).isEqualTo(TenkenCli.EXIT_COULD_NOT_RUN).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().filter(l -> !l.endsWith("...")).toList()).containsExactly(dir.resolve("plan.json")
                + ": checks.criteria[\"c1.classification\"][2]: \"acuracy >= 0.8\" names no measure of "
                + "c1.classification; its measures are [accuracy, balanced_accuracy, macro_f1, macro_precision, "
                + "macro_recall, mcc, precision, recall, false_positive_rate, precision.*, recall.*, auc, auc_ovr_macro, "
                + "average_precision, log_loss, brier, ece, accuracy_ci_width, criteria_undecided, rows]");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aCriterionOnAPerColumnMeasureIsAccepted() throws IOException {
        CliRun run = assess(plan -> ((ObjectNode) plan.get("checks")).putObject("criteria").putArray("c2.perturbation")
                .add("flip_rate.body_mass_g <= 0.5"));
        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        JsonNode check = null;
        for (JsonNode c : report().get("checks")) {
            check = c.get("checkId").asText().equals("c2.perturbation") ? c : check;
        }
        assertThat(check.get("measures").findValuesAsText("name")).contains("flip_rate.body_mass_g");
    }
}
