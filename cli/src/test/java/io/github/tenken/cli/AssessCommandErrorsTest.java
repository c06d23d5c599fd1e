package io.github.tenken.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan or data file that is wrong stops the run with exit code 2 and one line naming the field or place. */
class AssessCommandErrorsTest {

    @TempDir
    Path dir;

    private CliRun assess(String plan) {
        return assess(plan, PlanFixture.TRAIN);
    }

    private CliRun assess(String plan, String training) {
        Path file = PlanFixture.write(dir, plan, training);
        return CliRun.of("assess", "--plan", file.toString(), "--out", dir.resolve("out").toString());
    }

    private void assertFails(CliRun run, String expectedLine) {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().filter(l -> !l.endsWith("...")).toList()).containsExactly(expectedLine);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private String planName() {
        return dir.resolve("plan.json").toString();
    }

    @Test
    void aMissingDataFileIsNamedByItsFieldAndThePathAsWritten() {
        CliRun run = assess(PlanFixture.PLAN.replace("data/train.csv", "data/nothing.csv"));
        assertFails(run, planName() + ": datasets.training.path: file not found: data/nothing.csv");
    }

    @Test
    void anAislThatDoesNotExistListsTheLevelsThatDo() {
        CliRun run = assess(PlanFixture.PLAN.replace("\"aisl\": \"0.1\"", "\"aisl\": \"5\""));
        assertFails(run, planName() + ": profile.aisl: \"5\" is not an AISL; expected one of 0, 0.1, 0.2, 1, 2, 3, 4");
    }

    @Test
    void anUnknownFieldIsRejectedWithItsName() {
        CliRun run = assess(PlanFixture.PLAN.replace("{\"path\": \"data/train.csv\"}",
                "{\"path\": \"data/train.csv\", \"colums\": [\"a\"]}"));
        assertFails(run, planName() + ": datasets.training.colums: unknown field; known fields are "
                + "path, delimiter, header, columns, missing, types, skipLines, skipPrefix, stripSuffix, trim, "
                + "replaceDefaultMissing, missingByColumn, encoding, maxFieldBytes, maxColumns, maxBytes");
    }

    @Test
    void aRaggedCsvGivesTheReadersMessageWithFileAndLine() {
        CliRun run = assess(PlanFixture.PLAN, "age,colour,label\n31,red,yes\n45,no\n");
        assertFails(run, "data/train.csv, line 3: the row has 2 fields, the header has 3");
    }

    @Test
    void aLatinOneFileIsAnErrorNamingLineAndByteUntilItsEncodingIsGiven() throws Exception {
        byte[] latin1 = "age,colour,label\n31,gr\u00fcn,yes\n45,blue,no\n23,red,yes\n52,blue,no\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Path plan = PlanFixture.write(dir, PlanFixture.PLAN);
        java.nio.file.Files.write(dir.resolve("data/train.csv"), latin1);
        CliRun run = CliRun.of("assess", "--plan", plan.toString(), "--out", dir.resolve("out").toString());
        // "age,colour,label\n31,gr" is 22 bytes: the 0xFC of "grün" is at byte offset 22, on line 2
        assertFails(run, "data/train.csv, line 2, byte offset 22: invalid UTF-8 (byte 0xFC); if the file is "
                + "Latin-1, set \"encoding\": \"ISO-8859-1\" (CsvOptions.encoding)");
        Files.writeString(plan, PlanFixture.PLAN.replace("{\"path\": \"data/train.csv\"}",
                "{\"path\": \"data/train.csv\", \"encoding\": \"ISO-8859-1\"}"));
        CliRun fixed = CliRun.of("assess", "--plan", plan.toString(), "--out", dir.resolve("out").toString());
        assertThat(fixed.exit()).as(fixed.err()).isIn(0, 1, 3);
    }

    @Test
    void anUnknownEncodingIsAPlanError() {
        CliRun run = assess(PlanFixture.PLAN.replace("{\"path\": \"data/train.csv\"}",
                "{\"path\": \"data/train.csv\", \"encoding\": \"latin-9000\"}"));
        assertFails(run, planName() + ": datasets.training.encoding: \"latin-9000\" is not a known encoding; "
                + "expected a name such as UTF-8, ISO-8859-1, windows-1252 or Shift_JIS");
    }

    @Test
    void missingByColumnNamingAColumnTheFileLacksIsAPlanError() {
        CliRun run = assess(PlanFixture.PLAN.replace("{\"path\": \"data/train.csv\"}",
                "{\"path\": \"data/train.csv\", \"missingByColumn\": {\"insulin\": [\"0\"]}}"));
        assertFails(run, planName() + ": datasets.training.missingByColumn.insulin: no column \"insulin\" in "
                + "data/train.csv; columns are [age, colour, label]");
    }

    @Test
    void skipLinesPastTheEndIsFoundAtOnce() {
        CliRun run = assess(PlanFixture.PLAN.replace("{\"path\": \"data/train.csv\"}",
                "{\"path\": \"data/train.csv\", \"skipLines\": 2147483647}"));
        assertFails(run, "data/train.csv: skipLines is 2,147,483,647, but the file has only 5 lines");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheExpectedType() {
        CliRun run = assess(PlanFixture.PLAN.replace("\"seed\": 7", "\"seed\": \"seven\""));
        assertFails(run, planName() + ": seed: \"seven\" is not a whole number");
    }

    @Test
    void brokenJsonGivesLineAndColumn() {
        CliRun run = assess(PlanFixture.PLAN.replace("\"label\": \"label\",", "\"label\": \"label\""));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines().filter(l -> !l.endsWith("...")).toList()).singleElement().asString()
                .startsWith(planName() + ": line 9, column 3: not valid JSON: ");
    }

    @Test
    void aMissingPlanFileIsSaidSo() {
        CliRun run = CliRun.of("assess", "--plan", dir.resolve("nope.json").toString());
        assertFails(run, dir.resolve("nope.json") + ": file not found");
    }

    @Test
    void aLabelMissingFromTheDataIsTheReadersMessage() {
        CliRun run = assess(PlanFixture.PLAN.replace("\"label\": \"label\"", "\"label\": \"outcome\""));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("train.csv").contains("outcome");
        assertThat(run.err().lines().filter(l -> !l.endsWith("...")).count()).isEqualTo(1);
    }

    @Test
    void debugAddsTheStackTrace() {
        Path file = PlanFixture.write(dir, PlanFixture.PLAN.replace("data/train.csv", "data/nothing.csv"));
        CliRun run = CliRun.of("assess", "--debug", "--plan", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("file not found: data/nothing.csv")
                .contains("io.github.tenken.cli.plan.PlanException").contains("\tat ");
    }
}
