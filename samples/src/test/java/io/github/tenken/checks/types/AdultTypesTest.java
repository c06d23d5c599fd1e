package io.github.tenken.checks.types;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.checks.stats.CheckHarness;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.samples.SampleData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code b3.types} on the shipped Adult data. Expected numbers from an independent pandas computation (read with
 * {@code skipinitialspace}, {@code ?} missing, test labels without the dot): in both files no categorical column
 * holds a number, no category has two spellings after lower-casing and collapsing white space, no feature is
 * constant, the only whole-number column with 1,000+ rows (fnlwgt) repeats values (21,648 distinct of 32,561),
 * among the features with at most 50 values only education / education-num are one-to-one (16 values, on every
 * row), and the largest |r| between numeric columns is 0.148 (training) and 0.135 (test).
 */
class AdultTypesTest {

    @Test
    void educationAndEducationNumAreOneToOneInBothFilesAndNothingElseIsFound() {
        Dictionaries dictionaries = new Dictionaries();
        Table training = SampleData.adultTraining(dictionaries);
        Table test = SampleData.adultTest(dictionaries);
        CheckResult r = CheckHarness.run(assessment(new TypesCheck()).roles(ColumnRoles.label("income"))
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test), "b3.types");

        assertThat(rows(table(r, "redundant-pairs"), "dataset", "first", "second", "levels", "rows")).containsExactly(
                List.of("training", "education", "education-num", 16L, 32_561L),
                List.of("test", "education", "education-num", 16L, 16_281L));
        assertThat(measure(r, "redundant_pairs")).isEqualTo(2);
        for (String none : List.of("stray_token_columns", "variant_groups", "identifier_columns", "constant_columns",
                "collinear_pairs")) {
            assertThat(measure(r, none)).as(none).isZero();
        }
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(CheckHarness.en(r)).startsWith("Columns education and education-num of the training data are "
                + "one-to-one (16 values each, 32,561 rows): they hold the same information; drop one of them.");
    }
}
