package io.github.tenken.cli.plan;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.checks.constraints.ConstraintsCheck;
import io.github.tenken.cli.PlanFixture;
import io.github.tenken.result.AssessmentResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan's {@code constraints} reach {@code b3.constraints}, and a wrong entry is named by its JSON path. */
class ConstraintsPlanTest {

    @TempDir
    Path dir;

    private AssessmentResult run(String constraints) {
        return run(constraints, "");
    }

    private AssessmentResult run(String constraints, String checks) {
        String plan = PlanFixture.PLAN.replace("\"seed\": 7", "\"seed\": 7, \"constraints\": [" + constraints + "]"
                + checks);
        Path file = PlanFixture.write(dir, plan);
        return PlanAssembler.assemble(file, "plan.json", PlanReader.read(file, "plan.json"),
                List.of(new EchoCheck("t.echo"), new ConstraintsCheck()), s -> { }).run();
    }

    @Test
    void theRulesOfThePlanAreCheckedOnTrainingAndTestData() {
        // training ages 31, 45, 23, 52, colours red, blue, red, blue, labels yes, no, yes, no
        // test ages 33, 41, colours red, blue, labels yes, no
        AssessmentResult result = run("""
                {"column": "age", "min": 25}, {"column": "colour", "allowed": ["red"]},
                {"rule": "age * 2 >= 50", "tolerance": 2}, {"column": "label", "notNull": true, "unique": true}""");
        CheckResult r = result.check("b3.constraints").orElseThrow();
        assertThat(r.status()).as(r.error()).isEqualTo(Status.FAIL);
        List<List<Object>> perRule = new ArrayList<>();
        var table = r.tables().get(0);
        for (int i = 0; i < table.rows().size(); i++) {
            perRule.add(List.of(table.cell(i, "dataset"), table.cell(i, "violations")));
        }
        // training: 23 < 25 (row 3); blue (rows 2, 4); 2 * 23 - 50 = -4 < -2 (row 3); labels repeat (rows 3, 4)
        assertThat(perRule).containsExactly(
                List.of("training", 1L), List.of("training", 2L), List.of("training", 1L),
                List.of("training", 0L), List.of("training", 2L),
                List.of("test", 0L), List.of("test", 1L), List.of("test", 0L), List.of("test", 0L),
                List.of("test", 0L));
        assertThat(r.measure("violating_rows").orElseThrow().value()).isEqualTo(4);   // training 2, 3, 4; test 2
        assertThat(r.items()).containsExactly("B-3.1b", "B-3.2c");
    }

    @Test
    void withoutConstraintsTheCatalogueCheckIsNotApplicable() {
        Path file = PlanFixture.write(dir, PlanFixture.PLAN);
        AssessmentResult result = PlanAssembler.assemble(file, "plan.json", PlanReader.read(file, "plan.json"),
                List.of(new ConstraintsCheck()), s -> { }).run();
        assertThat(result.check("b3.constraints").orElseThrow().status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "{\"column\": \"agee\", \"min\": 1}|constraints[0].column: column \"agee\" of a range not found in "
                    + "the training data train.csv; columns are [age, colour, label]",
            "{\"column\": \"age\", \"min\": 1}, {\"rule\": \"age >\"}|constraints[1].rule: rule \"age >\": expected "
                    + "a number, a column or \"(\" at position 6",
            "{\"rule\": \"age <= size\"}|constraints[0].rule: column \"size\" of the rule \"age <= size\" not found "
                    + "in the training data train.csv; columns are [age, colour, label]",
            "{\"column\": \"colour\", \"max\": 1}|constraints[0].column: a range needs a numeric column, but "
                    + "\"colour\" of the training data train.csv is categorical",
            "{\"column\": \"age\"}|constraints[0]: no rule for column \"age\"; give \"min\", \"max\", \"allowed\", "
                    + "\"regex\", \"notNull\": true or \"unique\": true",
            "{\"column\": \"age\", \"min\": 5, \"max\": 1}|constraints[0]: min 5.0 is above max 1.0",
            "{\"rule\": \"age > 1\", \"column\": \"age\"}|constraints[0]: a \"rule\" stands alone; give column rules "
                    + "(\"column\" with \"min\", \"max\", \"allowed\", \"regex\", \"notNull\", \"unique\") in an entry "
                    + "of their own",
            "{\"rule\": \"age > 1\", \"tolerance\": -1}|constraints[0].tolerance: -1.0 is not a number >= 0",
            "{\"column\": \"age\", \"unique\": true, \"tolerance\": 1}|constraints[0].tolerance: a tolerance belongs "
                    + "to a \"rule\"",
            "{\"column\": \"colour\", \"regex\": \"(\"}|constraints[0].regex: pattern of column \"colour\": \"(\" is "
                    + "not a regular expression: Unclosed group at position 2",
            "{\"column\": \"colour\", \"allowed\": []}|constraints[0].allowed: required: at least one value",
            "{\"min\": 3}|constraints[0]: needs \"column\" (with \"min\", \"max\", \"allowed\", \"regex\", "
                    + "\"notNull\" or \"unique\") or \"rule\"",
            "{\"column\": \"age\", \"nonNull\": true}|constraints[0].nonNull: unknown field; known fields are column, "
                    + "min, max, allowed, regex, notNull, unique, rule, tolerance"})
    void aWrongEntryIsNamedByItsPath(String constraints, String message) {
        assertThatThrownBy(() -> run(constraints)).isInstanceOf(PlanException.class)
                .hasMessage("plan.json: " + message);
    }

    @Test
    void rulesNeedTheirCheckAmongTheIncludedOnes() {
        assertThatThrownBy(() -> run("{\"column\": \"age\", \"min\": 1}", ", \"checks\": {\"include\": [\"t.echo\"]}"))
                .isInstanceOf(PlanException.class).hasMessage("plan.json: constraints: the rules are checked by "
                        + "b3.constraints, which is not among the included checks [t.echo]; add it to checks.include");
    }
}
