package io.github.tenken.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.CsvTableReader;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.smile.RandomForestTrainer;
import io.github.tenken.smile.SmileClassifier;
import io.github.tenken.samples.SampleData;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Table;
import io.github.tenken.report.ReportLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tenken assess} on good plans: the exit code is the verdict the report holds. */
class AssessCommandTest {

    @TempDir
    Path dir;

    private static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    private static double measure(JsonNode report, String checkId, String name) {
        for (JsonNode c : report.get("checks")) {
            if (c.get("checkId").asText().equals(checkId)) {
                for (JsonNode m : c.get("measures")) {
                    if (m.get("name").asText().equals(name)) {
                        return m.get("value").asDouble();
                    }
                }
            }
        }
        throw new AssertionError("no measure " + name + " of " + checkId);
    }

    private static void assertExitIsTheVerdict(CliRun run, JsonNode report) {
        int expected = ExpectedExit.of(report);
        assertThat(run.exit()).as(run.err()).isEqualTo(expected);
    }

    @Test
    void theExamplePlanWithAPredictionsFileIsAssessed() throws IOException {
        CliRun run = CliRun.of("assess", "--plan", "src/test/resources/plans/adult-predictions.json",
                "--out", dir.toString(), "--lang", "ja");
        JsonNode report = json(dir.resolve("report.json"));
        assertExitIsTheVerdict(run, report);
        assertThat(report.at("/component/name").asText()).isEqualTo("Income pre-screening (plan test)");
        assertThat(report.get("seed").asLong()).isEqualTo(7);
        assertThat(report.get("model").asText()).isEqualTo(
                "predictions read from ../../../../../docs/examples/adult-test-predictions.csv.gz");
        assertThat(Files.readString(dir.resolve("report.html"))).contains("lang=\"ja\"");
        SummaryAssert.assertSummaryMatchesReport(run.out(), report, ReportLanguage.JA);
        // the accuracy the check reports equals the share of file predictions that match adult.test's labels
        assertThat(measure(report, "c1.classification", "accuracy")).isEqualTo(independentAccuracy());
    }

    @Test
    void theDocumentedExamplePlanRunsFromAnyWorkingDirectory() throws Exception {
        CliRun run = CliRun.of("assess", "--plan", "../docs/examples/plan.json", "--out", dir.toString());
        JsonNode report = json(dir.resolve("report.json"));
        assertExitIsTheVerdict(run, report);
        // the model is identified by the SHA-256 of its predictions file, hashed here independently
        String hex = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(Path.of("../docs/examples/adult-test-predictions.csv.gz"))));
        assertThat(report.at("/modelIdentity/hex").asText()).isEqualTo(hex);
        assertThat(report.at("/modelIdentity/subject").asText()).isEqualTo("file adult-test-predictions.csv.gz");
        assertThat(report.get("reportId").asText()).matches("[0-9a-f]{64}");
        // the plan includes 11 checks: the required M items none of them measures are named before the run
        assertThat(run.err()).contains("tenken: warning: no loaded check can meet the required items");
        List<String> ids = report.get("checks").findValuesAsText("checkId");
        assertThat(ids).containsExactlyInAnyOrder("b3.missing-values", "b3.duplicates", "b3.label-conflicts",
                "b3.constraints", "b2.class-balance", "b1.case-coverage", "b1.expected-distribution",
                "b1.combinatorial-coverage", "drift.train-test", "c1.classification", "fairness.group-parity");
        assertThat(measure(report, "c1.classification", "accuracy")).isEqualTo(independentAccuracy());
        // Adult keeps the plan's declared rules (pandas: ages 17-90, no negative gain, age - education-num >= 4)
        assertThat(measure(report, "b3.constraints", "violating_rows")).isEqualTo(0);
        // the plan expects half women; the data README counts Female 10,771 of 32,561 training rows (test: 5,421 of
        // 16,281, nearer to half), so the largest deviation is the training data's
        assertThat(measure(report, "b1.expected-distribution", "max_share_deviation"))
                .isCloseTo(0.5 - 10_771.0 / 32_561, org.assertj.core.api.Assertions.within(1e-12));
        // sex x race x age bins [25, 45, 65): 10 + 8 + 20 pairs of levels; pandas counts two under 30 training rows:
        // Amer-Indian-Eskimo aged 65 and over (8) and Other aged 65 and over (4)
        assertThat(measure(report, "b1.combinatorial-coverage", "combinations")).isEqualTo(38);
        assertThat(measure(report, "b1.combinatorial-coverage", "uncovered_combinations")).isEqualTo(2);
    }

    @Test
    void thePenguinPlanReachesTheLevelsOfBOneAndBThreeThatItsProfileRequires() throws IOException {
        CliRun run = CliRun.of("assess", "--plan", "../docs/examples/penguins-plan.json", "--out", dir.toString());
        JsonNode report = json(dir.resolve("report.json"));
        assertExitIsTheVerdict(run, report);
        // AIFL 1 asks B-1 level 2 and B-3 level 1 (GUIDELINE.md's table); both are met on these data
        java.util.Map<String, String> verdicts = new java.util.HashMap<>();
        report.get("characteristics").forEach(c -> verdicts.put(c.get("characteristic").asText(),
                c.get("verdict").asText()));
        assertThat(verdicts).containsEntry("B-1", "MET").containsEntry("B-3", "MET");
        // pandas: female 165 of 333 sexed birds; island by season 2007: Cramér's V 0.12158910749662857 (scipy)
        assertThat(measure(report, "b1.expected-distribution", "max_share_deviation"))
                .isCloseTo(0.5 - 165.0 / 333, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(measure(report, "b1.skew", "max_effect"))
                .isCloseTo(0.12158910749662857, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(measure(report, "b1.skew", "skewed_pairs")).isZero();
    }

    @Test
    void thePlansTimeZoneSetsTheReportsTimesAndAnUnknownZoneIsAPlanError() throws IOException {
        Path data = Path.of("../checks/src/test/resources/datasets/penguins.csv.gz").toAbsolutePath().normalize();
        String plan = Files.readString(Path.of("../docs/examples/penguins-plan.json"))
                .replace("../../checks/src/test/resources/datasets/penguins.csv.gz", data.toString().replace("\\", "/"))
                .replaceFirst("\\{", "{\"timeZone\": \"Asia/Tokyo\",");
        Files.writeString(dir.resolve("plan.json"), plan);
        CliRun run = CliRun.of("assess", "--plan", dir.resolve("plan.json").toString(), "--out", dir.toString());
        assertExitIsTheVerdict(run, json(dir.resolve("report.json")));
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).containsPattern("\\d{2}:\\d{2} Asia/Tokyo").doesNotContainPattern("\\d{2}:\\d{2} UTC");

        Files.writeString(dir.resolve("bad.json"), plan.replace("Asia/Tokyo", "Mars/Olympus"));
        CliRun bad = CliRun.of("assess", "--plan", dir.resolve("bad.json").toString(), "--out", dir.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("timeZone: \"Mars/Olympus\" is not a time zone");
    }

    /** Accuracy counted directly from the two files, without Tenken's checks. */
    private static double independentAccuracy() throws IOException {
        List<String> predicted;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(ExamplePredictionsTest.FILE))) {
            predicted = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(l -> l.substring(0, l.indexOf(','))).toList();
        }
        CategoricalColumn truth = SampleData.adultTest(new Dictionaries()).categorical(SampleData.ADULT_LABEL);
        assertThat(predicted).hasSize(truth.size());
        int right = 0;
        for (int r = 0; r < truth.size(); r++) {
            right += predicted.get(r).equals(truth.text(r)) ? 1 : 0;
        }
        return (double) right / truth.size();
    }

    @Test
    void aSerialisedSmileModelIsAssessed() throws IOException {
        StringBuilder train = new StringBuilder("x,colour,label\n");
        for (int i = 0; i < 200; i++) {
            train.append(i).append(',').append(i % 3 == 0 ? "red" : "blue").append(',')
                    .append(i < 100 ? "low" : "high").append('\n');
        }
        StringBuilder test = new StringBuilder("x,colour,label\n");
        for (int i = 0; i < 60; i++) {
            int x = 3 * i + 1;
            test.append(x).append(',').append(i % 2 == 0 ? "red" : "blue").append(',')
                    .append(x < 100 ? "low" : "high").append('\n');
        }
        Files.writeString(dir.resolve("train.csv"), train);
        Files.writeString(dir.resolve("test.csv"), test);
        Table training = CsvTableReader.read(dir.resolve("train.csv"), CsvOptions.defaults(), new Dictionaries());
        SmileClassifier model = RandomForestTrainer.train(training, "label", List.of("x", "colour"), 10, 3);
        smile.io.Write.object((Serializable) model.classifier(), dir.resolve("forest.ser"));
        String classes = String.join("\", \"", model.classes());
        Files.writeString(dir.resolve("plan.json"), """
                {
                  "component": {"name": "threshold model"},
                  "profile": {"aisl": "0", "aipl": "1", "aifl": "0"},
                  "datasets": {"training": {"path": "train.csv"}, "test": {"path": "test.csv"}},
                  "label": "label",
                  "model": {"type": "smile", "path": "forest.ser", "classes": ["%s"]},
                  "checks": {"include": ["c1.classification"], "criteria": {"c1.classification": ["accuracy >= 0.9"]}}
                }
                """.formatted(classes));
        CliRun run = CliRun.of("assess", "--plan", dir.resolve("plan.json").toString(), "--out",
                dir.resolve("out").toString());
        JsonNode report = json(dir.resolve("out/report.json"));
        assertExitIsTheVerdict(run, report);
        assertThat(report.get("model").asText()).isEqualTo("smile RandomForest read from forest.ser");
        assertThat(measure(report, "c1.classification", "accuracy")).isEqualTo(1.0);
        assertThat(report.findValuesAsText("status")).containsExactly("PASS");
    }
}
