package io.github.tenken.checks.coverage;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.samples.SampleData;
import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.Condition;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.contentHash;
import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.rowsEn;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

/** Case coverage on the shipped Adult data, against counts from the dataset README and an independent script. */
class AdultCaseCoverageTest {

    private static Table training;
    private static Table test;

    @BeforeAll
    static void load() {
        Dictionaries dictionaries = new Dictionaries();
        training = SampleData.adultTraining(dictionaries);
        test = SampleData.adultTest(dictionaries);
    }

    @Test
    void everyRaceHasAtLeastThirtyRowsInTrainingAndTest() {
        String before = contentHash(training) + contentHash(test);
        CheckResult r = run(assessment(new CaseCoverageCheck())
                .roles(ColumnRoles.label("income").withSensitive("race"))
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test), "b1.case-coverage");

        // train: White 27,816, Black 3,124, Asian-Pac-Islander 1,039, Amer-Indian-Eskimo 311, Other 271;
        // test: 13,946, 1,561, 480, 159, 135
        assertThat(rows(table(r, "cases"), "case", "training_rows", "test_rows")).extracting(row -> row.get(0),
                        row -> row.get(1), row -> row.get(2))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("race = White", 27816L, 13946L),
                        org.assertj.core.groups.Tuple.tuple("race = Black", 3124L, 1561L),
                        org.assertj.core.groups.Tuple.tuple("race = Asian-Pac-Islander", 1039L, 480L),
                        org.assertj.core.groups.Tuple.tuple("race = Amer-Indian-Eskimo", 311L, 159L),
                        org.assertj.core.groups.Tuple.tuple("race = Other", 271L, 135L));
        assertThat(measure(r, "cases_below_minimum")).isZero();
        assertThat(measure(r, "smallest_case_rows")).isEqualTo(135);
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(en(r)).isEqualTo("0 of 5 cases have fewer than 30 rows in the training or test data; "
                + "the smallest, race = Other, has 135.");
        assertThat(contentHash(training) + contentHash(test)).isEqualTo(before);
    }

    @Test
    void aDeclaredCaseForHolandNetherlandsHasOneTrainingRowAndNoTestRow() {
        List<CaseDefinition> cases = List.of(
                CaseDefinition.of("older women", Condition.equalTo("sex", "Female"),
                        Condition.between("age", 60, Double.POSITIVE_INFINITY)),
                CaseDefinition.of("Dutch", Condition.equalTo("native-country", "Holand-Netherlands")),
                CaseDefinition.of("Amer-Indian-Eskimo women", Condition.equalTo("race", "Amer-Indian-Eskimo"),
                        Condition.equalTo("sex", "Female")));
        CheckResult r = run(assessment(new CaseCoverageCheck())
                .roles(ColumnRoles.label("income").withSensitive("age"))
                .cases(cases)
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test), "b1.case-coverage");

        assertThat(rowsEn(table(r, "cases"), "case", "definition", "training_rows", "test_rows", "status"))
                .containsExactly(
                List.of("older women", "sex = Female AND 60 <= age", 821L, 455L, "ok"),
                List.of("Dutch", "native-country = Holand-Netherlands", 1L, 0L, "below 30 rows in training and test"),
                List.of("Amer-Indian-Eskimo women", "race = Amer-Indian-Eskimo AND sex = Female", 119L, 66L, "ok"),
                Arrays.asList("age", "numeric sensitive attribute", null, null,
                        "not assessed: declare cases with ranges for it, e.g. 60 <= age"));
        assertThat(measure(r, "cases_below_minimum")).isEqualTo(1);
        assertThat(measure(r, "smallest_case_rows")).isZero();
        assertThat(r.status()).isEqualTo(Status.FAIL);
    }
}
