package io.github.tenken.checks.types;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
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
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.rowsEn;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

class TypesCheckTest {

    private static final String ID = "b3.types";
    private static final int N = 21;

    /**
     * 21 rows, every kind once, worked out by hand: age_text holds numbers but "forty" (row 4) and "NaN" (row 11):
     * 19 of 21 are numbers (90.5% >= 90%); answer spells yes three ways (Yes 6, yes 5, " yes" 5; No 5); the label
     * has A (11) and a (1); one and flat are constant; grade (g0, g1, g2) and score (0, 10, 20) are one-to-one
     * (i % 3); y = 3x - 2 exactly (r = 1); z = 7i mod 5 is neither. x and y are not whole, so never paired; age_text
     * has nearly as many values as rows, so its chance pairings are not reported.
     */
    static Table fixture(String name) {
        String[] age = new String[N];
        double[] x = new double[N];
        double[] y = new double[N];
        double[] z = new double[N];
        String[] grade = new String[N];
        double[] score = new double[N];
        String[] answer = new String[N];
        String[] one = new String[N];
        double[] flat = new double[N];
        String[] label = new String[N];
        for (int i = 0; i < N; i++) {
            age[i] = Integer.toString(20 + (i * 13) % 40);
            x[i] = i + 0.5;
            y[i] = 3 * x[i] - 2;
            z[i] = (i * 7) % 5;
            grade[i] = "g" + i % 3;
            score[i] = (i % 3) * 10;
            answer[i] = List.of("Yes", "yes", " yes", "No").get(i % 4);
            one[i] = "k";
            flat[i] = 3;
            label[i] = i % 2 == 0 ? "A" : i == 1 ? "a" : "B";
        }
        age[3] = "forty";
        age[10] = "NaN";
        return Table.of(name, List.of(CategoricalColumn.of("age_text", CategoryDictionary.of(), age),
                NumericColumn.of("x", x), NumericColumn.of("y", y), NumericColumn.of("z", z),
                CategoricalColumn.of("grade", CategoryDictionary.of(), grade), NumericColumn.of("score", score),
                CategoricalColumn.of("answer", CategoryDictionary.of(), answer),
                CategoricalColumn.of("one", CategoryDictionary.of(), one), NumericColumn.of("flat", flat),
                CategoricalColumn.of("label", CategoryDictionary.of(), label)));
    }

    @Test
    void findsEveryKindOnAHandComputedFixtureInBatchesOfSevenAndInOne() {
        for (int batch : new int[]{7, 1 << 16}) {
            CheckResult r = run(assessment(new TypesCheck()).roles(ColumnRoles.label("label")).batchRows(batch)
                    .dataset(DatasetRole.TRAINING, fixture("train")), ID);

            assertThat(measure(r, "stray_token_columns")).isEqualTo(1);
            assertThat(measure(r, "stray_token_rows")).isEqualTo(2);
            assertThat(measure(r, "variant_groups")).isEqualTo(2);
            assertThat(measure(r, "identifier_columns")).isZero();
            assertThat(measure(r, "constant_columns")).isEqualTo(2);
            assertThat(measure(r, "redundant_pairs")).isEqualTo(1);
            assertThat(measure(r, "collinear_pairs")).isEqualTo(1);
            assertThat(r.status()).isEqualTo(Status.FAIL);
            assertThat(rows(table(r, "stray-tokens"), "dataset", "column", "value", "rows", "first_row"))
                    .containsExactly(List.of("training", "age_text", "forty", 1L, 4L),
                            List.of("training", "age_text", "NaN", 1L, 11L));
            assertThat(rowsEn(table(r, "variants"), "dataset", "column", "values", "variants", "rows"))
                    .containsExactly(List.of("training", "answer", "\"Yes\" (6), \" yes\" (5), \"yes\" (5)", 3L, 16L),
                            List.of("training", "label", "\"A\" (11), \"a\" (1)", 2L, 12L));
            assertThat(rows(table(r, "constant"), "column", "value", "rows"))
                    .containsExactly(List.of("one", "k", 21L), List.of("flat", 3.0, 21L));
            assertThat(rows(table(r, "redundant-pairs"), "first", "second", "levels", "rows"))
                    .containsExactly(List.of("grade", "score", 3L, 21L));
            assertThat(rows(table(r, "collinear-pairs"), "first", "second", "correlation", "rows"))
                    .containsExactly(List.of("x", "y", 1.0, 21L));
            assertThat(r.tables()).extracting(t -> t.name()).doesNotContain("identifiers");
            assertThat(en(r)).isEqualTo("Column age_text of the training data holds numbers but for 2 of its 21 "
                    + "values, stray tokens, the first \"forty\" in row 4: the reader keeps such a column as text; fix "
                    + "the tokens or declare them missing. In all: 1 column with stray tokens, 2 spelling variant "
                    + "groups, 0 identifier-like columns, 2 constant columns, 1 one-to-one pair, 1 near-collinear "
                    + "pair.");
        }
    }

    @Test
    void belowTheNumericShareAColumnIsTextNotNumbersWithStrayTokens() {
        CheckResult r = run(assessment(new TypesCheck()).roles(ColumnRoles.label("label"))
                .parameter(ID, "minNumericShare", "0.95")
                .dataset(DatasetRole.TRAINING, fixture("train")), ID);
        assertThat(measure(r, "stray_token_columns")).isZero();
        assertThat(measure(r, "variant_groups")).isEqualTo(2);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(en(r)).startsWith("Column answer of the training data spells one category in 3 ways: "
                + "\"Yes\" (6), \" yes\" (5), \"yes\" (5); normalise case and white space.");
    }

    @Test
    void aCleanDatasetPassesAndTheTestDataAreCheckedToo() {
        CategoryDictionary colours = CategoryDictionary.of("red", "blue");
        Table clean = Table.of("clean", List.of(NumericColumn.of("a", 1, 5, 2, 8, 3),
                NumericColumn.of("b", 2, 1, 2, 1, 7),
                CategoricalColumn.of("c", colours, "red", "blue", "red", "blue", "blue")));
        CheckResult r = run(assessment(new TypesCheck())
                .dataset(DatasetRole.TRAINING, clean).dataset(DatasetRole.TEST, clean.named("clean-test")), ID);
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(r.tables()).isEmpty();
        assertThat(en(r)).isEqualTo("None of the 6 columns checked in 2 datasets has stray tokens or spelling "
                + "variants, is identifier-like or constant, or has a one-to-one or near-collinear partner.");

        CheckResult dirtyTest = run(assessment(new TypesCheck()).roles(ColumnRoles.label("label"))
                .dataset(DatasetRole.TRAINING, fixture("train"))
                .dataset(DatasetRole.TEST, fixture("test")), ID);
        assertThat(measure(dirtyTest, "stray_token_columns")).isEqualTo(2);
        assertThat(measure(dirtyTest, "variant_groups")).isEqualTo(4);
        assertThat(rows(table(dirtyTest, "stray-tokens"), "dataset")).extracting(l -> l.get(0))
                .containsExactly("training", "training", "test", "test");
    }

    @Test
    void identifierLikeColumnsAreListedAndTheDeclaredOnesSaidToBeLeftOut() {
        int n = 1_000;
        double[] number = new double[n];
        double[] repeats = new double[n];
        String[] code = new String[n];
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            number[i] = 5_000 + i;                      // whole and all distinct: a numbered identifier
            repeats[i] = i == 7 ? 5_000 : 5_000 + i;    // one repeat: not every value distinct
            code[i] = i < 960 ? "c" + i : "c0";         // 960 distinct of 1,000 = 96% >= 95%
            ids[i] = "r" + i;
        }
        Table t = Table.of("ids", List.of(IdentifierColumn.of("row_id", ids), NumericColumn.of("number", number),
                NumericColumn.of("repeats", repeats), CategoricalColumn.of("code", CategoryDictionary.of(), code)));
        CheckResult r = run(assessment(new TypesCheck()).batchRows(7).dataset(DatasetRole.TRAINING, t), ID);
        assertThat(measure(r, "identifier_columns")).isEqualTo(3);
        assertThat(rowsEn(table(r, "identifiers"), "column", "type", "distinct", "present", "note")).containsExactly(
                List.of("code", "categorical", 960L, 1000L,
                        "declare it an identifier (or ignore it): row identity and drift still use it"),
                Arrays.asList("row_id", "identifier", null, null, "left out of row identity and drift"),
                List.of("number", "numeric", 1000L, 1000L,
                        "declare it an identifier (or ignore it): row identity and drift still use it"));
        assertThat(r.status()).isEqualTo(Status.PASS);     // informative: no stray tokens, no variants
        assertThat(en(r)).startsWith("Column code of the training data identifies rows (960 distinct of 1,000 "
                + "values); declare it an identifier or ignore it, so that duplicates and drift do not use it.");
    }

    @Test
    void aFindingOfTheLabelColumnIsNamed() {
        // the issue: Yes and yes became two classes without a word
        Table t = Table.of("labels", List.of(NumericColumn.of("x", 1, 2, 3, 4),
                CategoricalColumn.of("label", CategoryDictionary.of(), "Yes", "yes", "No", "Yes")));
        CheckResult r = run(assessment(new TypesCheck()).roles(ColumnRoles.label("label"))
                .dataset(DatasetRole.TRAINING, t), ID);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(en(r)).startsWith("Column label of the training data spells one category in 2 ways: "
                + "\"Yes\" (2), \"yes\" (1);");
    }

    @Test
    void doesNotChangeItsInputs() {
        Table t = fixture("train");
        String before = contentHash(t);
        run(assessment(new TypesCheck()).roles(ColumnRoles.label("label")).dataset(DatasetRole.TRAINING, t), ID);
        assertThat(contentHash(t)).isEqualTo(before);
    }
}
