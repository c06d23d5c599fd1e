package io.github.tenken.checks.constraints;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.engine.Assessment;
import io.github.tenken.engine.CheckCatalog;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.contentHash;
import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.ja;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.rowsEn;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

class ConstraintsCheckTest {

    private static final String ID = "b3.constraints";
    private static final double NA = Double.NaN;

    private final CategoryDictionary ids = CategoryDictionary.of("a", "b", "c", "d", "g", "h", "i", "l", "m");
    private final CategoryDictionary sexes = CategoryDictionary.of("Male", "Female", "male");
    private final CategoryDictionary zips = new CategoryDictionary();

    /*
     * 13 rows, by hand (row numbers 1-based):
     *   age in [17, 90]              row 8 missing; row 2 (95) breaks; 17 (row 12) and 90 (row 13) keep it
     *   sex in {Male, Female}        row 9 missing; row 3 ("male") breaks
     *   zip matches \d{5}            row 9 missing; row 4 ("1234") breaks
     *   id never missing             row 5 breaks
     *   id unique                    row 5 missing; rows 6 and 10 repeat "a" (row 1), row 11 repeats "b" (row 2)
     *   experience == age - education - 6 within 0.5
     *                                rows 8 (age) and 11 (education) missing; d = 0.5 (rows 3, 13) and -0.5 (row 4)
     *                                keep it exactly at the tolerance; row 7 (d = -1) and row 10 (d = 0.75) break
     * rows breaking any rule: 2, 3, 4, 5, 6, 7, 10, 11 = 8 of 13
     */
    private Table training() {
        return Table.of("train", List.of(
                CategoricalColumn.of("id", ids, "a", "b", "c", "d", null, "a", "g", "h", "i", "a", "b", "l", "m"),
                NumericColumn.of("age", 30, 95, 40, 40, 25, 50, 60, NA, 33, 35, 20, 17, 90),
                CategoricalColumn.of("sex", sexes, "Male", "Female", "male", "Female", "Male", "Female", "Male",
                        "Male", null, "Female", "Male", "Female", "Male"),
                CategoricalColumn.of("zip", zips, "12345", "54321", "11111", "1234", "22222", "33333", "44444",
                        "55555", null, "66666", "77777", "88888", "99999"),
                NumericColumn.of("education", 12, 10, 16, 16, 12, 12, 12, 12, 12, 12, NA, 5, 20),
                NumericColumn.of("experience", 12, 79, 18.5, 17.5, 7, 32, 41, 20, 15.25, 17.75, 2, 6, 64.5)));
    }

    private static Constraints rules() {
        return Constraints.builder()
                .range("age", 17, 90)
                .allowed("sex", "Male", "Female")
                .regex("zip", "\\d{5}")
                .notNull("id")
                .unique("id")
                .rule("experience == age - education - 6", 0.5)
                .build();
    }

    private CheckResult check(Assessment.Builder b) {
        return run(b, ID);
    }

    @Test
    void countsEachKindOfRuleByHand() {
        Table train = training();
        String before = contentHash(train);
        CheckResult r = check(assessment(new ConstraintsCheck(rules())).dataset(DatasetRole.TRAINING, train));

        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(measure(r, "violating_rows")).isEqualTo(8);
        assertThat(measure(r, "violated_rules")).isEqualTo(6);
        assertThat(measure(r, "violation_share")).isEqualTo(8.0 / 13);
        assertThat(r.measure("violating_rows").orElseThrow().criterion().toString()).isEqualTo("violating_rows == 0");
        assertThat(rowsEn(table(r, "per-rule"), "dataset", "rule", "rows_evaluated", "violations",
                "rows_not_evaluated", "share")).containsExactly(
                List.of("training", "age between 17 and 90", 12L, 1L, 1L, 1.0 / 12),
                List.of("training", "sex is one of Male, Female", 12L, 1L, 1L, 1.0 / 12),
                List.of("training", "zip matches \\d{5}", 12L, 1L, 1L, 1.0 / 12),
                List.of("training", "id is never missing", 13L, 1L, 0L, 1.0 / 13),
                List.of("training", "no value of id occurs twice", 12L, 3L, 1L, 3.0 / 12),
                List.of("training", "experience == age - education - 6 (tolerance 0.5)", 11L, 2L, 2L, 2.0 / 11));
        assertThat(rowsEn(table(r, "violating-rows"), "rule", "row", "offending_values")).containsExactly(
                List.of("age between 17 and 90", 2L, "age = 95"),
                List.of("sex is one of Male, Female", 3L, "sex = male"),
                List.of("zip matches \\d{5}", 4L, "zip = 1234"),
                List.of("id is never missing", 5L, "id missing"),
                List.of("no value of id occurs twice", 6L, "id = a"),
                List.of("no value of id occurs twice", 10L, "id = a"),
                List.of("no value of id occurs twice", 11L, "id = b"),
                List.of("experience == age - education - 6 (tolerance 0.5)", 7L,
                        "experience = 41, age = 60, education = 12"),
                List.of("experience == age - education - 6 (tolerance 0.5)", 10L,
                        "experience = 17.75, age = 35, education = 12"));
        assertThat(en(r)).isEqualTo("8 of 13 rows (61.5%) break at least one of the 6 declared rules, and 6 rules "
                + "are broken. The most often broken is no value of id occurs twice in the training data: 3 of 12 "
                + "rows evaluated, first in row 6 (id = a).");
        assertThat(ja(r.explanation())).isEqualTo("13 行のうち 8 行 (61.5%) が宣言された 6 個のルールのいずれかに違反し、"
                + "違反のあったルールは 6 個です。最も多く違反されたルールは学習データの id の値が重複しない で、評価した 12 行のうち 3 行が"
                + "違反しています。最初の違反は 6 行目 (id = a)。");
        assertThat(contentHash(train)).as("the check does not change its input").isEqualTo(before);
    }

    @ParameterizedTest(name = "batches of {0} rows")
    @ValueSource(ints = {1, 2, 3, 7})
    void batchesGiveTheResultOfOneBatch(int batchRows) {
        CheckResult whole = check(assessment(new ConstraintsCheck(rules())).dataset(DatasetRole.TRAINING,
                training()));
        CheckResult cut = check(assessment(new ConstraintsCheck(rules())).dataset(DatasetRole.TRAINING, training())
                .batchRows(batchRows));
        assertThat(cut.measures()).isEqualTo(whole.measures());
        assertThat(cut.tables()).isEqualTo(whole.tables());
        assertThat(cut.explanation()).isEqualTo(whole.explanation());
    }

    @Test
    void listsTheFirstRowsByRowOrderWhateverTheBatching() {
        for (int batchRows : new int[]{1, 4, 7, 100}) {
            CheckResult r = check(assessment(new ConstraintsCheck(Constraints.builder().unique("id").build()))
                    .parameter(ID, "listRows", "2").dataset(DatasetRole.TRAINING, training()).batchRows(batchRows));
            assertThat(rows(table(r, "violating-rows"), "row")).as("batches of %d", batchRows)
                    .containsExactly(List.of(6L), List.of(10L));
            assertThat(measure(r, "violating_rows")).isEqualTo(3);
        }
    }

    @Test
    void aRowBreakingSeveralUniqueRulesCountsOnce() {
        // u repeats in rows 2 and 4, v in rows 2 and 5; x breaks its range in rows 1 and 4 -> rows 1, 2, 4, 5
        CategoryDictionary d = CategoryDictionary.of("p", "q", "r", "x", "y", "z");
        Table t = Table.of("t", List.of(CategoricalColumn.of("u", d, "x", "x", "y", "y", "z"),
                IdentifierColumn.of("v", "p", "p", "q", "r", "q"),
                NumericColumn.of("x", -1, 0, 0, -1, 0)));
        Constraints c = Constraints.builder().unique("u").unique("v").min("x", 0).build();
        for (int batchRows : new int[]{1, 2, 5}) {
            CheckResult r = check(assessment(new ConstraintsCheck(c)).dataset(DatasetRole.TRAINING, t)
                    .batchRows(batchRows));
            assertThat(measure(r, "violating_rows")).as("batches of %d", batchRows).isEqualTo(4);
            assertThat(rowsEn(table(r, "per-rule"), "rule", "violations")).containsExactly(
                    List.of("no value of u occurs twice", 2L), List.of("no value of v occurs twice", 2L),
                    List.of("x >= 0", 2L));
            assertThat(rowsEn(table(r, "violating-rows"), "row", "offending_values")).containsExactly(
                    List.of(2L, "u = x"), List.of(4L, "u = y"),
                    List.of(2L, "v = " + IdentifierColumn.of("v", "p").text(0)),
                    List.of(5L, "v = " + IdentifierColumn.of("v", "q").text(0)),
                    List.of(1L, "x = -1"), List.of(4L, "x = -1"));
        }
        // without the range rule: rows 2, 4, 5
        CheckResult r = check(assessment(new ConstraintsCheck(Constraints.builder().unique("u").unique("v").build()))
                .dataset(DatasetRole.TRAINING, t).batchRows(2));
        assertThat(measure(r, "violating_rows")).isEqualTo(3);
    }

    @Test
    void comparisonsKeepTheirToleranceExactlyAtTheBorder() {
        // d = a - b: -0.25, 0, 0.25, 0.5, 0.75, -0.75, missing
        Table t = Table.of("t", List.of(NumericColumn.of("a", 0.75, 1, 1.25, 1.5, 1.75, 0.25, NA),
                NumericColumn.of("b", 1, 1, 1, 1, 1, 1, 1)));
        record Case(String rule, double tolerance, long broken) {
        }
        for (Case c : List.of(new Case("a == b", 0.25, 3), new Case("a == b", 0, 5), new Case("a != b", 0.25, 3),
                new Case("a <= b", 0.25, 2), new Case("a < b", 0.25, 3), new Case("a >= b", 0.25, 1),
                new Case("a > b", 0.25, 2), new Case("a - b <= 0.5", 0, 1), new Case("b * 2 >= a * 2", 0.5, 2))) {
            CheckResult r = check(assessment(new ConstraintsCheck(Constraints.builder().rule(c.rule(), c.tolerance())
                    .build())).dataset(DatasetRole.TRAINING, t));
            assertThat(rows(table(r, "per-rule"), "rows_evaluated", "violations", "rows_not_evaluated"))
                    .as("%s within %s", c.rule(), c.tolerance()).containsExactly(List.of(6L, c.broken(), 1L));
        }
    }

    @Test
    void allowedValuesOfNumericAndIdentifierColumnsAndPatternsOnNumbers() {
        Table t = Table.of("t", List.of(NumericColumn.of("code", 1, 2, 3, -0.0, NA),
                IdentifierColumn.of("key", "k1", "k2", "k9", null, "k1"),
                NumericColumn.of("n", 10, 200, 3000, 5, 1.5)));
        CheckResult r = check(assessment(new ConstraintsCheck(Constraints.builder().allowed("code", "1", "2", "0")
                .allowed("key", "k1", "k2").regex("n", "\\d{2,3}").build())).dataset(DatasetRole.TRAINING, t));
        assertThat(rows(table(r, "per-rule"), "rows_evaluated", "violations", "rows_not_evaluated")).containsExactly(
                List.of(4L, 1L, 1L), List.of(4L, 1L, 1L), List.of(5L, 3L, 0L));
        assertThat(measure(r, "violating_rows")).isEqualTo(3);   // rows 3 (3, k9, 3000), 4 (5), 5 (1.5)
    }

    @Test
    void checksTestAndOperationDataToo() {
        Table test = Table.of("test", List.of(NumericColumn.of("age", 16, 20, 30)));
        Table operation = Table.of("operation", List.of(NumericColumn.of("age", 20, 91)));
        Table train = Table.of("train", List.of(NumericColumn.of("age", 20, 30)));
        CheckResult r = check(assessment(new ConstraintsCheck(Constraints.builder().range("age", 17, 90).build()))
                .dataset(DatasetRole.TRAINING, train).dataset(DatasetRole.TEST, test)
                .dataset(DatasetRole.OPERATION, operation));
        assertThat(rows(table(r, "per-rule"), "dataset", "violations")).containsExactly(
                List.of("training", 0L), List.of("test", 1L), List.of("operation", 1L));
        assertThat(rows(table(r, "violating-rows"), "dataset", "row")).containsExactly(
                List.of("test", 1L), List.of("operation", 2L));
        assertThat(measure(r, "violating_rows")).isEqualTo(2);
        assertThat(measure(r, "violated_rules")).isEqualTo(1);
        assertThat(measure(r, "violation_share")).isEqualTo(2.0 / 7);
    }

    @Test
    void passesWhenEveryRuleHolds() {
        Table t = Table.of("t", List.of(NumericColumn.of("start", 1, 2, NA), NumericColumn.of("end", 1, 5, 3)));
        CheckResult r = check(assessment(new ConstraintsCheck(Constraints.builder().rule("start <= end").build()))
                .dataset(DatasetRole.TRAINING, t).dataset(DatasetRole.TEST, t.named("t2")));
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(en(r)).isEqualTo("All 1 declared rule holds on every row evaluated in the training, test data "
                + "(6 rows).");
        assertThat(rows(table(r, "per-rule"), "rows_not_evaluated")).containsExactly(List.of(1L), List.of(1L));
    }

    @Test
    void withoutRulesTheCheckIsNotApplicableAndSaysHowToDeclareThem() {
        CheckResult r = check(assessment(new ConstraintsCheck()).dataset(DatasetRole.TRAINING, training()));
        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(r)).isEqualTo("Not applicable: no rule was declared. Declare rules in the plan's "
                + "\"constraints\" section, e.g. [{\"column\": \"age\", \"min\": 17, \"max\": 90}, {\"rule\": "
                + "\"start <= end\"}], or in code with new ConstraintsCheck(Constraints.builder()...build()).");
    }

    @Test
    void anUnknownColumnOrAWrongTypeIsAnErrorOfTheCheckNamingTheColumns() {
        CheckResult r = check(assessment(new ConstraintsCheck(Constraints.builder().rule("experience >= agee")
                .build())).dataset(DatasetRole.TRAINING, training()));
        assertThat(r.status()).isEqualTo(Status.ERROR);
        assertThat(en(r)).isEqualTo("The check could not plan its statistics: column \"agee\" of the rule "
                + "\"experience >= agee\" not found in the training data train; columns are [id, age, sex, zip, "
                + "education, experience]");
        CheckResult typed = check(assessment(new ConstraintsCheck(Constraints.builder().range("sex", 0, 1).build()))
                .dataset(DatasetRole.TRAINING, training()));
        assertThat(en(typed)).isEqualTo("The check could not plan its statistics: a range needs a numeric column, "
                + "but \"sex\" of the training data train is categorical");
    }

    @Test
    void aConfiguredCheckTakesThePlaceOfTheCataloguesInstance() {
        Assessment a = Assessment.builder().component("c", "d")
                .profile(QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1))
                .dataset(DatasetRole.TRAINING, training())
                .checks(CheckCatalog.load())
                .check(new ConstraintsCheck(rules()))
                .build();
        var result = a.run();
        assertThat(result.checks()).hasSize(CheckCatalog.load().size());
        assertThat(result.check(ID).orElseThrow().status()).isEqualTo(Status.FAIL);
    }
}
