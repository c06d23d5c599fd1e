package io.github.tenken.checks.constraints;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.samples.SampleData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.rowsEn;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code b3.constraints} on the shipped Adult training data, against counts from pandas 1.5.3:
 *
 * <pre>
 * d = pd.read_csv('adult.data.gz', header=None, names=cols, skipinitialspace=True, na_values='?')
 * r1 = (d.age &lt; 18) | (d.age &gt; 80)                                   # 494, first rows 107, 210, 223
 * r2 = ~(d['hours-per-week'] &lt; 99)                                    # 85, first rows 936, 1173, 1888
 * r3 = d.occupation.isna()                                             # 1843, first rows 28, 62, 70
 * r4 = d.fnlwgt.duplicated()                                           # 10913, first rows 444, 461, 595
 * nc = d['native-country']                                             # 583 missing
 * r5 = nc.notna() &amp; ~nc.fillna('').str.fullmatch(r'[A-Za-z-]+')      # 33, first rows 1566, 1795, 2442
 * r6 = ~(d.age - d['education-num'] &gt;= 10)                           # 797, first rows 52, 71, 81
 * (r1 | r2 | r3 | r4 | r5 | r6).sum()                                  # 13263
 * </pre>
 */
class AdultConstraintsTest {

    private static final Constraints RULES = Constraints.builder()
            .range("age", 18, 80)
            .rule("`hours-per-week` < 99")
            .notNull("occupation")
            .unique("fnlwgt")
            .regex("native-country", "[A-Za-z-]+")
            .rule("age - `education-num` >= 10")
            .build();

    @Test
    void theCountsAreThoseOfPandas() {
        Table train = SampleData.adultTraining(new Dictionaries());
        CheckResult r = run(assessment(new ConstraintsCheck(RULES)).parameter("b3.constraints", "listRows", "3")
                .dataset(DatasetRole.TRAINING, train), "b3.constraints");

        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(rows(table(r, "per-rule"), "rows_evaluated", "violations", "rows_not_evaluated")).containsExactly(
                List.of(32_561L, 494L, 0L),
                List.of(32_561L, 85L, 0L),
                List.of(32_561L, 1_843L, 0L),
                List.of(32_561L, 10_913L, 0L),
                List.of(31_978L, 33L, 583L),
                List.of(32_561L, 797L, 0L));
        assertThat(measure(r, "violating_rows")).isEqualTo(13_263);
        assertThat(measure(r, "violated_rules")).isEqualTo(6);
        // the same rows and values as pandas: d.loc[r1].head(3), ...
        assertThat(rowsEn(table(r, "violating-rows"), "row", "offending_values")).containsExactly(
                List.of(107L, "age = 17"), List.of(210L, "age = 17"), List.of(223L, "age = 90"),
                List.of(936L, "hours-per-week = 99"), List.of(1_173L, "hours-per-week = 99"),
                List.of(1_888L, "hours-per-week = 99"),
                List.of(28L, "occupation missing"), List.of(62L, "occupation missing"),
                List.of(70L, "occupation missing"),
                List.of(444L, "fnlwgt = 116632"), List.of(461L, "fnlwgt = 116632"), List.of(595L, "fnlwgt = 117789"),
                List.of(1_566L, "native-country = Outlying-US(Guam-USVI-etc)"),
                List.of(1_795L, "native-country = Trinadad&Tobago"),
                List.of(2_442L, "native-country = Trinadad&Tobago"),
                List.of(52L, "age = 18, education-num = 9"), List.of(71L, "age = 19, education-num = 10"),
                List.of(81L, "age = 18, education-num = 9"));
        assertThat(en(r)).startsWith("13,263 of 32,561 rows (40.7%) break at least one of the 6 declared rules");
    }

    @Test
    void theDocumentedPlanRulesHoldOnTrainingAndTestData() {
        Dictionaries dictionaries = new Dictionaries();
        Constraints documented = Constraints.builder().range("age", 17, 90).max("hours-per-week", 99)
                .allowed("sex", "Male", "Female").range("education-num", 1, 16).rule("`capital-gain` >= 0")
                .build();
        CheckResult r = run(assessment(new ConstraintsCheck(documented))
                .dataset(DatasetRole.TRAINING, SampleData.adultTraining(dictionaries))
                .dataset(DatasetRole.TEST, SampleData.adultTest(dictionaries)), "b3.constraints");
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(en(r)).isEqualTo("All 5 declared rules hold on every row evaluated in the training, test data "
                + "(48,842 rows).");
    }
}
