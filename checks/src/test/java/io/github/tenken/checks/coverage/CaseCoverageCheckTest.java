package io.github.tenken.checks.coverage;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.Condition;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.contentHash;
import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rowsEn;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static org.assertj.core.api.Assertions.assertThat;

class CaseCoverageCheckTest {

    private static final String ID = "b1.case-coverage";
    private static final String[] COLUMNS = {"case", "definition", "training_rows", "test_rows", "status"};

    private final CategoryDictionary sex = CategoryDictionary.of("F", "M");

    // training: F at ages 20, 65, 70; M at 30, 40, 50, 66
    private final Table training = Table.of("train", List.of(
            CategoricalColumn.of("sex", sex, "F", "F", "F", "M", "M", "M", "M"),
            NumericColumn.of("age", 20, 65, 70, 30, 40, 50, 66)));
    // test: F at 61; M at 30, 70
    private final Table test = Table.of("test", List.of(
            CategoricalColumn.of("sex", sex, "F", "M", "M"),
            NumericColumn.of("age", 61, 30, 70)));
    private final CaseDefinition olderWomen = CaseDefinition.of("older women",
            Condition.equalTo("sex", "F"), Condition.between("age", 60, Double.POSITIVE_INFINITY));
    private final CaseDefinition young = CaseDefinition.of("young", Condition.between("age", 0, 25));

    @Test
    void countsDeclaredCasesAndSensitiveValuesByHand() {
        // older women: training 2 (65, 70), test 1 (61); young: training 1 (20), test 0;
        // sex = F: 3 / 1; sex = M: 4 / 2. With minRows 2: older women (test 1), young, sex = F (test 1) fall short
        CheckResult r = run(assessment(new CaseCoverageCheck())
                .roles(ColumnRoles.none().withSensitive("sex"))
                .cases(List.of(olderWomen, young))
                .parameter("b1.case-coverage", "minRows", "2")
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test), "b1.case-coverage");

        assertThat(measure(r, "cases_below_minimum")).isEqualTo(3);
        assertThat(measure(r, "smallest_case_rows")).isZero();
        assertThat(measure(r, "cases_assessed")).isEqualTo(4);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(table(r, "cases").columns())
                .containsExactly("case", "definition", "training_rows", "test_rows", "status");
        assertThat(en(table(r, "cases").title())).isEqualTo("Rows per case (minimum 2)");
        // "the sensitive attribute" (was "sensitive attribute"): reworded on purpose
        assertThat(rowsEn(table(r, "cases"), COLUMNS)).containsExactly(
                List.of("older women", "sex = F AND 60 <= age", 2L, 1L, "below 2 rows in test"),
                List.of("young", "0 <= age < 25", 1L, 0L, "below 2 rows in training and test"),
                List.of("sex = F", "sex = F (a value of the sensitive attribute sex)", 3L, 1L, "below 2 rows in test"),
                List.of("sex = M", "sex = M (a value of the sensitive attribute sex)", 4L, 2L, "ok"));
        assertThat(en(r)).isEqualTo("3 of 4 cases have fewer than 2 rows in the training or test data; "
                + "the smallest, young, has 0.");
    }

    @Test
    void withTrainingDataOnlyEveryCaseNeedsMinRowsThere() {
        CheckResult r = run(assessment(new CaseCoverageCheck())
                .cases(List.of(olderWomen))
                .parameter("b1.case-coverage", "minRows", "2")
                .dataset(DatasetRole.TRAINING, training), "b1.case-coverage");
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(rowsEn(table(r, "cases"), COLUMNS)).containsExactly(
                Arrays.asList("older women", "sex = F AND 60 <= age", 2L, null, "ok"));
        assertThat(en(r)).isEqualTo("0 of 1 cases have fewer than 2 rows in the training data; the smallest, "
                + "older women, has 2.");
    }

    @Test
    void theDefaultMinimumOfThirtyFailsTinyCases() {
        CheckResult r = run(assessment(new CaseCoverageCheck()).cases(List.of(olderWomen))
                .dataset(DatasetRole.TRAINING, training), "b1.case-coverage");
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.measure("cases_below_minimum").orElseThrow().sentence())
                .isEqualTo("cases_below_minimum == 0: was 1 cases");
    }

    @Test
    void aNumericSensitiveAttributeAsksForRangeCases() {
        CheckResult r = run(assessment(new CaseCoverageCheck()).roles(ColumnRoles.none().withSensitive("age"))
                .dataset(DatasetRole.TRAINING, training), "b1.case-coverage");
        assertThat(r.status()).isEqualTo(Status.WARN);
        assertThat(rowsEn(table(r, "cases"), COLUMNS)).containsExactly(Arrays.asList("age",
                "numeric sensitive attribute", null, null,
                "not assessed: declare cases with ranges for it, e.g. 60 <= age"));
        // reworded on purpose: the attributes are listed as a list, and "not categorical" covers identifiers too
        assertThat(en(r)).isEqualTo("No case could be counted: the sensitive attributes age are not categorical; "
                + "declare cases with ranges for them.");
    }

    @Test
    void withoutCasesOrSensitiveAttributesItIsNotApplicable() {
        CheckResult r = run(assessment(new CaseCoverageCheck()).dataset(DatasetRole.TRAINING, training),
                "b1.case-coverage");
        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(r)).isEqualTo("Not applicable: this check needs declared cases or sensitive "
                + "attributes, and the assessment gives neither.");
    }

    @Test
    void aCaseOnAnUnknownColumnIsThisChecksErrorAndTheRunGoesOn() {
        CaseDefinition wrong = CaseDefinition.of("tall", Condition.between("height", 180, 250));
        CheckResult r = run(assessment(new CaseCoverageCheck()).cases(List.of(wrong))
                .dataset(DatasetRole.TRAINING, training), "b1.case-coverage");
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.error()).contains("case \"tall\": condition 180 <= height < 250 names column \"height\", not "
                + "found in train; columns are [sex, age]");
    }

    @Test
    void aRangeOnACategoricalColumnIsAnError() {
        CaseDefinition wrong = CaseDefinition.of("odd", Condition.between("sex", 0, 1));
        CheckResult r = run(assessment(new CaseCoverageCheck()).cases(List.of(wrong))
                .dataset(DatasetRole.TRAINING, training), "b1.case-coverage");
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.error()).contains("case \"odd\": condition 0 <= sex < 1 is a range but column \"sex\" of train "
                + "is categorical");
    }

    @Test
    void aValueConditionOnANumericColumnMatchesEqualNumbers() {
        // ages 20, 65, 70, 30, 40, 50, 66 in training and 61, 30, 70 in test: "65" or "70.0" match 2 and 1 rows;
        // a value that is no number ("old") matches nothing
        CaseDefinition exact = CaseDefinition.of("65 or 70", Condition.equalTo("age", "65", "70.0", "old"));
        CheckResult r = run(assessment(new CaseCoverageCheck()).cases(List.of(exact))
                .parameter(ID, "minRows", "1")
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test), ID);
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(rowsEn(table(r, "cases"), COLUMNS)).containsExactly(
                List.of("65 or 70", "age in [65, 70.0, old]", 2L, 1L, "ok"));
    }

    @Test
    void aSensitiveIdentifierColumnIsNotCountedByValue() {
        Table withIds = Table.of("ids", List.of(IdentifierColumn.of("person", "p1", "p2", "p3"),
                CategoricalColumn.of("sex", sex, "F", "M", "M")));
        CheckResult r = run(assessment(new CaseCoverageCheck()).roles(ColumnRoles.none().withSensitive("person", "sex"))
                .parameter(ID, "minRows", "1")
                .dataset(DatasetRole.TRAINING, withIds), ID);
        assertThat(rowsEn(table(r, "cases"), "case", "definition", "training_rows", "test_rows")).containsExactly(
                Arrays.asList("sex = F", "sex = F (a value of the sensitive attribute sex)", 1L, null),
                Arrays.asList("sex = M", "sex = M (a value of the sensitive attribute sex)", 2L, null),
                Arrays.asList("person", "identifier column, not counted by value", null, null));
        assertThat(measure(r, "cases_assessed")).isEqualTo(2);
    }

    @Test
    void aValueConditionOnAnIdentifierColumnIsAnError() {
        Table withIds = Table.of("ids", List.of(IdentifierColumn.of("person", "p1", "p2"),
                NumericColumn.of("age", 1, 2)));
        CaseDefinition wrong = CaseDefinition.of("p1", Condition.equalTo("person", "p1"));
        CheckResult r = run(assessment(new CaseCoverageCheck()).cases(List.of(wrong))
                .dataset(DatasetRole.TRAINING, withIds), ID);
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(r.error()).contains("case \"p1\": condition person = p1 names values but column \"person\" of "
                + "ids is an identifier column");
    }

    @Test
    void doesNotChangeItsInputs() {
        String before = contentHash(training) + contentHash(test);
        run(assessment(new CaseCoverageCheck()).roles(ColumnRoles.none().withSensitive("sex"))
                .cases(List.of(olderWomen, young))
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test), "b1.case-coverage");
        assertThat(contentHash(training) + contentHash(test)).isEqualTo(before);
    }

    @Test
    void aSensitiveAttributeWithManyValuesListsTheSmallestAndSumsTheRest() {
        // g: a 1, b 5, c 2, d 10, e 3 training rows; minRows 4; two listed: a and c; b, d, e summed (18 rows,
        // e below 4)
        String[] g = new String[21];
        String[] order = {"a", "b", "b", "b", "b", "b", "c", "c", "d", "d", "d", "d", "d", "d", "d", "d", "d", "d",
                "e", "e", "e"};
        System.arraycopy(order, 0, g, 0, g.length);
        Table many = Table.of("many", List.of(CategoricalColumn.of("g", CategoryDictionary.of(), g)));
        CheckResult r = run(assessment(new CaseCoverageCheck()).roles(ColumnRoles.none().withSensitive("g"))
                .dataset(DatasetRole.TRAINING, many).parameter("b1.case-coverage", "minRows", "4")
                .parameter("b1.case-coverage", "maxListedValues", "2"), "b1.case-coverage");

        assertThat(rowsEn(table(r, "cases"), "case", "definition", "training_rows", "status")).containsExactly(
                List.of("g = a", "g = a (a value of the sensitive attribute g)", 1L, "below 4 rows in training"),
                List.of("g = c", "g = c (a value of the sensitive attribute g)", 2L, "below 4 rows in training"),
                List.of("g: 3 more values", "values beyond the 2 smallest, summed", 18L, "1 of these 3 below 4 rows"));
        assertThat(measure(r, "cases_below_minimum")).isEqualTo(3);
        assertThat(measure(r, "cases_assessed")).isEqualTo(5);
    }
}
