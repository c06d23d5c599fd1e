package io.github.tenken.cli.plan;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.cli.PlanFixture;
import io.github.tenken.data.Risk;
import io.github.tenken.evidence.Answer;
import io.github.tenken.evidence.ProcessAnswer;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.PrivacyLevel;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.message.Message;
import io.github.tenken.result.AssessmentResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every part of a plan reaches the assessment, and every wrong field is named by its JSON path. */
class PlanAssemblerTest {

    private static final String FULL = """
            {
              "component": {"name": "tiny classifier", "description": "a fixture"},
              "profile": {"aisl": 0.1, "aipl": "AIPL 1", "aifl": 1.0, "aiprl": "2",
                          "reasons": {"aisl": "a human reviews", "AIFL": "groups matter"}},
              "datasets": {
                "training": {"path": "data/train.csv", "types": {"age": "categorical"}},
                "test": {"path": "data/test.csv"}
              },
              "label": "label", "sensitive": ["colour"], "ignored": [],
              "cases": [
                {"name": "red", "conditions": [{"column": "colour", "equals": ["red"]}]},
                {"name": "old", "conditions": [{"column": "colour", "equals": ["red", "blue"]}, {"column": "age", "equals": ["45"]}]}
              ],
              "checks": {
                "include": ["t.echo"],
                "parameters": {"t.echo": {"threshold": 0.95}},
                "criteria": {"t.echo": ["threshold <= 0.99", "training_rows >= 5"]}
              },
              "answers": [
                {"item": "B-3.1a", "answer": "yes", "evidence": "made up for the test"},
                {"item": "D-1.3a", "answer": "n/a", "reason": "AISL 0.1"},
                {"item": "E-1.1a", "answer": "no"}
              ],
              "seed": 11
            }
            """;

    @TempDir
    Path dir;

    private AssessmentResult run(String plan) {
        Path file = PlanFixture.write(dir, plan);
        Plan parsed = PlanReader.read(file, "plan.json");
        return PlanAssembler.assemble(file, "plan.json", parsed, List.of(new EchoCheck("t.echo"),
                new EchoCheck("t.other")), s -> { }).run();
    }

    private void assertPlanError(String plan, String message) {
        assertThatThrownBy(() -> run(plan)).isInstanceOf(PlanException.class).hasMessage(message);
    }

    @Test
    void everyPartOfThePlanReachesTheAssessment() {
        AssessmentResult result = run(FULL);
        assertThat(result.component().name()).isEqualTo("tiny classifier");
        assertThat(result.component().description()).isEqualTo("a fixture");
        assertThat(result.profile().levels()).containsExactly(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1,
                FairnessLevel.AIFL_1, PrivacyLevel.AIPRL_2);
        assertThat(result.profile().reasons()).containsOnly(
                java.util.Map.entry(ExternalCharacteristic.RISK_AVOIDANCE, "a human reviews"),
                java.util.Map.entry(ExternalCharacteristic.FAIRNESS, "groups matter"));
        assertThat(result.seed()).isEqualTo(11);
        assertThat(result.answers()).containsExactly(
                new ProcessAnswer("B-3.1a", Answer.YES, "made up for the test", ""),
                new ProcessAnswer("D-1.3a", Answer.NOT_APPLICABLE, "", "AISL 0.1"),
                new ProcessAnswer("E-1.1a", Answer.NO, "", ""));
        assertThat(result.checks()).extracting(CheckResult::checkId).containsExactly("t.echo");
        CheckResult echo = result.checks().get(0);
        // the plan's parameter replaced the default 0.5; its criteria replaced the default and added one
        assertThat(echo.measure("threshold").orElseThrow().value()).isEqualTo(0.95);
        assertThat(echo.measure("threshold").orElseThrow().criterion()).hasToString("threshold <= 0.99");
        assertThat(echo.measure("training_rows").orElseThrow().value()).isEqualTo(4);
        assertThat(echo.measure("test_rows").orElseThrow().value()).isEqualTo(2);
        assertThat(echo.status()).isEqualTo(Status.PASS);
        assertThat(echo.explanation()).isEqualTo(Message.literal("cases: red = colour = red; old = colour in [red, blue]"
                + " AND age = 45; roles: ColumnRoles[label=label, sensitive=[colour], ignored=[]]"));
    }

    @Test
    void risksExclusionsTheStrictGateAndSignedAnswersReachTheAssessment() {
        AssessmentResult result = run(PlanFixture.PLAN.replace("\"seed\": 7", """
                "seed": 7,
                "risks": [{"id": "R1", "cause": "red items are rare", "attributes": ["colour"]},
                          {"id": "R2", "cause": "unlabelled sensor"}],
                "cases": [{"name": "old", "conditions": [{"column": "age", "min": 40}], "risks": ["R2"]}],
                "checks": {"exclude": ["t.other"]},
                "judgeOnConfidenceBound": true,
                "answers": [{"item": "A-1.1a", "answer": "yes", "evidence": "risk register", "owner": "j.doe",
                             "date": "2026-11-02", "reference": "DOC-118"}]
                """));
        assertThat(result.risks()).containsExactly(Risk.of("R1", "red items are rare", "colour"),
                Risk.of("R2", "unlabelled sensor"));
        assertThat(result.excludedChecks()).containsExactly("t.other");
        assertThat(result.checks()).extracting(CheckResult::checkId).containsExactly("t.echo");
        assertThat(result.judgeOnConfidenceBound()).isTrue();
        assertThat(result.answers()).containsExactly(new ProcessAnswer("A-1.1a", Answer.YES, "risk register", "",
                "j.doe", java.time.LocalDate.of(2026, 11, 2), "DOC-118"));
    }

    @Test
    void aCaseNamingAnUndeclaredRiskIsAPlanError() {
        assertPlanError(PlanFixture.PLAN.replace("\"seed\": 7", "\"seed\": 7, \"risks\": [{\"id\": \"R1\", "
                        + "\"cause\": \"c\"}], \"cases\": [{\"name\": \"old\", \"conditions\": [{\"column\": \"age\", "
                        + "\"min\": 40}], \"risks\": [\"R1\", \"R9\"]}]"),
                "plan.json: cases[0].risks[1]: \"R9\" is not a declared risk; the risks are [R1]");
        assertPlanError(PlanFixture.PLAN.replace("\"seed\": 7", "\"seed\": 7, \"risks\": [{\"id\": \"R1\", "
                        + "\"cause\": \"c\", \"attributes\": [\"shade\"]}]"),
                "plan.json: risks[0].attributes[0]: column \"shade\" not found in the training data train.csv; "
                        + "columns are [age, colour, label]");
    }

    @Test
    void relativePathsResolveAgainstThePlansFolderNotTheWorkingDirectory() {
        AssessmentResult result = run(PlanFixture.PLAN);
        assertThat(result.datasets()).extracting(d -> d.rows()).containsExactly(4L, 2L);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "\"aisl\": \"3\"|profile.aisl: AISL 3 is outside the scope of the AIST guideline (AISL 0 to 2); Tenken does not assess components at this level",
            "\"aisl\": \"0.3\"|profile.aisl: \"0.3\" is not an AISL; expected one of 0, 0.1, 0.2, 1, 2, 3, 4",
            "\"aisl\": \"\"|profile.aisl: required",
            "\"aisl\": \"0.1\", \"reasons\": {\"safety\": \"x\"}|profile.reasons.safety: not a level; expected aisl, aipl, aifl or aiprl",
    })
    void profileErrors(String replacement, String message) {
        assertPlanError(PlanFixture.PLAN.replace("\"aisl\": \"0.1\"", replacement), "plan.json: " + message);
    }

    @Test
    void aNumberThatIsNotALevelIsQuotedAsWritten() {
        assertPlanError(PlanFixture.PLAN.replace("\"aipl\": \"1\"", "\"aipl\": 3"),
                "plan.json: profile.aipl: \"3\" is not an AIPL; expected one of 0, 1, 2");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "\"include\": [\"t.echo\", \"t.nope\"]|checks.include[1]: unknown check \"t.nope\"; the checks are [t.echo, t.other]",
            "\"parameters\": {\"t.echo\": {\"limit\": 1}}|checks.parameters[\"t.echo\"].limit: t.echo has no parameter \"limit\"; its parameters are [threshold]",
            "\"parameters\": {\"t.echo\": {\"threshold\": 2}}|checks.parameters[\"t.echo\"].threshold: parameter \"threshold\" of check t.echo: 2 is outside [0.0, 1.0]",
            "\"parameters\": {\"t.nope\": {}}|checks.parameters[\"t.nope\"]: unknown check \"t.nope\"; the checks are [t.echo, t.other]",
            "\"include\": [\"t.echo\"], \"criteria\": {\"t.other\": [\"x > 1\"]}|checks.criteria[\"t.other\"]: t.other is not among the included checks [t.echo]",
            "\"exclude\": [\"t.nope\"]|checks.exclude[0]: unknown check \"t.nope\"; the checks are [t.echo, t.other]",
            "\"criteria\": {\"t.echo\": [\"threshold is small\"]}|checks.criteria[\"t.echo\"][0]: not a criterion: \"threshold is small\"; expected \"measure OP number\" with OP one of >=, <=, >, <, ==, !=, e.g. \"accuracy >= 0.8\"",
    })
    void checksErrors(String checks, String message) {
        assertPlanError(PlanFixture.PLAN.replace("\"seed\": 7", "\"seed\": 7, \"checks\": {" + checks + "}"),
                "plan.json: " + message);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"item\": \"Z-9.9z\", \"answer\": \"yes\", \"evidence\": \"e\"}|answers[0].item: \"Z-9.9z\" is not a level item; items are named like A-1.1a, B-2.E1 (see the report's item list)",
            "{\"item\": \"A-1.1a\", \"answer\": \"maybe\"}|answers[0].answer: \"maybe\" is not an answer; expected yes, no or n/a",
            "{\"item\": \"A-1.1a\", \"answer\": \"yes\"}|answers[0].evidence: required",
            "{\"item\": \"A-1.1a\", \"answer\": \"n/a\", \"evidence\": \"e\"}|answers[0].reason: required",
            "{\"item\": \"B-3.1c\", \"answer\": \"yes\", \"evidence\": \"we looked\"}|answers[0].item: B-3.1c is a measured (M) item: it is met only by the checks mapped to it, never by an answer; remove this answer",
            "{\"item\": \"A-1.1a\", \"answer\": \"yes\", \"evidence\": \"e\", \"date\": \"2026-13-01\"}|answers[0].date: \"2026-13-01\" is not a date; expected an ISO date such as 2026-11-30",
    })
    void answerErrors(String answer, String message) {
        assertPlanError(PlanFixture.PLAN.replace("\"seed\": 7", "\"seed\": 7, \"answers\": [" + answer + "]"),
                "plan.json: " + message);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"column\": \"shade\", \"equals\": [\"red\"]}|cases[0].conditions[0].column: column \"shade\" not found in the training data train.csv; columns are [age, colour, label]",
            "{\"column\": \"colour\", \"min\": 1}|cases[0].conditions[0]: a range needs a numeric column, but \"colour\" is categorical; use \"equals\"",
            "{\"column\": \"age\", \"equals\": [\"1\"], \"max\": 3}|cases[0].conditions[0]: give either \"equals\" or \"min\"/\"max\", not both",
            "{\"column\": \"age\", \"min\": 60, \"max\": 30}|cases[0].conditions[0]: min 60.0 must be below max 30.0",
            "{\"column\": \"age\"}|cases[0].conditions[0]: needs \"equals\": [values] or \"min\"/\"max\"",
    })
    void caseErrors(String condition, String message) {
        assertPlanError(PlanFixture.PLAN.replace("\"seed\": 7",
                "\"seed\": 7, \"cases\": [{\"name\": \"c\", \"conditions\": [" + condition + "]}]"), "plan.json: " + message);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "\"header\": false|datasets.training.columns: required when \"header\" is false: the column names in file order",
            "\"columns\": [\"a\"]|datasets.training.columns: column names are for a file without a header line; add \"header\": false or remove them",
            "\"delimiter\": \";;\"|datasets.training.delimiter: \";;\" is not a delimiter; expected one character such as \",\", \";\" or \"\\t\"",
            "\"types\": {\"age\": \"date\"}|datasets.training.types.age: \"date\" is not a column type; expected numeric, categorical or identifier",
            "\"skipLines\": -1|datasets.training.skipLines: -1 is negative; expected 0 or more lines",
    })
    void datasetErrors(String option, String message) {
        assertPlanError(PlanFixture.PLAN.replace("{\"path\": \"data/train.csv\"}",
                "{\"path\": \"data/train.csv\", " + option + "}"), "plan.json: " + message);
    }

    @Test
    void expectedSharesReachTheExpectedDistributionCheckInThePlansOrder() {
        // training colour: red 2, blue 2; test: red 1, blue 1; expected red 0.75, blue 0.25 -> 0.25 off in both
        Path file = PlanFixture.write(dir, PlanFixture.PLAN.replace("\"seed\": 7",
                "\"seed\": 7, \"expected\": {\"colour\": {\"red\": 0.75, \"blue\": 0.25}}"));
        AssessmentResult result = PlanAssembler.assemble(file, "plan.json", PlanReader.read(file, "plan.json"),
                List.of(new io.github.tenken.checks.distribution.ExpectedDistributionCheck()), s -> { }).run();
        CheckResult check = result.checks().get(0);
        assertThat(check.measure("max_share_deviation").orElseThrow().value()).isEqualTo(0.25);
        assertThat(check.status()).isEqualTo(Status.FAIL);
        assertThat(check.tables().get(1).rows()).extracting(row -> row.get(2)).containsExactly("red", "blue", "red",
                "blue");
    }

    @Test
    void aCaseCarriesItsExpectedShareToTheCheck() {
        // red: 2 of 4 training rows and 1 of 2 test rows, as expected (0.5): no deviation
        Path file = PlanFixture.write(dir, PlanFixture.PLAN.replace("\"seed\": 7", "\"seed\": 7, \"cases\": [{\"name\": "
                + "\"red\", \"conditions\": [{\"column\": \"colour\", \"equals\": [\"red\"]}], \"expectedShare\": 0.5}]"));
        AssessmentResult result = PlanAssembler.assemble(file, "plan.json", PlanReader.read(file, "plan.json"),
                List.of(new io.github.tenken.checks.distribution.ExpectedDistributionCheck()), s -> { }).run();
        CheckResult check = result.checks().get(0);
        assertThat(check.measure("max_share_deviation").orElseThrow().value()).isZero();
        assertThat(check.status()).isEqualTo(Status.PASS);
        assertPlanError(PlanFixture.PLAN.replace("\"seed\": 7", "\"seed\": 7, \"cases\": [{\"name\": \"red\", "
                + "\"conditions\": [{\"column\": \"colour\", \"equals\": [\"red\"]}], \"expectedShare\": 1.5}]"),
                "plan.json: cases[0].expectedShare: 1.5 is not a share; expected a number from 0 to 1");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "{\"color\": {\"red\": 0.5}}|expected.color: the training data have no column \"color\"; its columns are [age, colour, label]",
            "{\"colour\": {\"red\": 0.7, \"blue\": 0.4}}|expected.colour: expected shares of \"colour\" sum to 1.1; they may sum to at most 1 (the rest goes to the values not named)",
            "{\"colour\": {\"red\": 1.5}}|expected.colour: expected share of \"colour\" = red is 1.5; expected a share from 0 to 1",
            "{\"colour\": {\"red\": null}}|expected.colour.red: required",
    })
    void expectedSharesErrors(String expected, String message) {
        assertPlanError(PlanFixture.PLAN.replace("\"seed\": 7", "\"seed\": 7, \"expected\": " + expected),
                "plan.json: " + message);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "[{\"column\": \"sex\"}]|riskAttributes[0].column: the training data have no column \"sex\"; its columns are [age, colour, label]",
            "[{\"column\": \"age\"}]|riskAttributes[0]: \"age\" is numeric: give \"edges\" to cut it into bins, e.g. \"edges\": [25, 45, 65]",
            "[{\"column\": \"colour\", \"edges\": [1]}]|riskAttributes[0].edges: \"colour\" is categorical; edges are for numeric columns",
            "[{\"column\": \"age\", \"edges\": [40, 30]}]|riskAttributes[0].edges: edges of the risk attribute \"age\" must be finite and strictly increasing, got [40.0, 30.0]",
            "[{\"column\": \"colour\"}, {\"column\": \"colour\"}]|riskAttributes[1].column: \"colour\" is declared twice",
    })
    void riskAttributeErrors(String attributes, String message) {
        assertPlanError(PlanFixture.PLAN.replace("\"seed\": 7", "\"seed\": 7, \"riskAttributes\": " + attributes),
                "plan.json: " + message);
    }

    @Test
    void aSensitiveColumnMustExistInEveryDataset() {
        assertPlanError(PlanFixture.PLAN.replace("\"seed\": 7", "\"seed\": 7, \"sensitive\": [\"colour\", \"sex\"]"),
                "plan.json: sensitive[1]: column \"sex\" not found in the training data train.csv; columns are "
                        + "[age, colour, label]");
    }

    @Test
    void aModelOfAnUnknownTypeIsNamed() {
        PlanFixture.write(dir, PlanFixture.PLAN);
        assertPlanError(PlanFixture.PLAN.replace("\"seed\": 7",
                        "\"seed\": 7, \"model\": {\"type\": \"pmml\", \"path\": \"data/train.csv\"}"),
                "plan.json: model.type: \"pmml\" is not a model type; expected one of onnx (a model exported to "
                        + "ONNX), predictions (a CSV file of predictions), smile (a serialised Smile model)");
    }

    @Test
    void aFileThatIsNotASmileModelIsRefusedBeforeAnyOfItsClassesLoad() {
        assertPlanError(PlanFixture.PLAN.replace("\"seed\": 7",
                        "\"seed\": 7, \"model\": {\"type\": \"smile\", \"path\": \"data/train.csv\", \"classes\": [\"no\", \"yes\"]}"),
                "plan.json: model.path: data/train.csv is not a serialised Smile model: "
                        + "java.io.StreamCorruptedException: invalid stream header: 6167652C");
    }

    @Test
    void aFieldTheModelTypeDoesNotReadIsAPlanError() {
        assertPlanError(PlanFixture.PLAN.replace("\"seed\": 7",
                        "\"seed\": 7, \"model\": {\"type\": \"smile\", \"path\": \"data/train.csv\", \"prediction\": \"p\"}"),
                "plan.json: model.prediction: not a field of model type smile; its fields are type, path, classes, "
                        + "kind");
    }
}
