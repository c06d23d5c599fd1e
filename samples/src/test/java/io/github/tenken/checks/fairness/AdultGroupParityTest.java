package io.github.tenken.checks.fairness;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Status;
import io.github.tenken.checks.correctness.AdultForest;
import io.github.tenken.checks.correctness.CheckRun;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** fairness.group-parity on Adult with a seeded random forest: the known gap between women and men. */
class AdultGroupParityTest {

    private static final ColumnRoles ROLES = ColumnRoles.label("income").withSensitive("sex", "race", "age");

    private static CheckResult run(Table test) {
        return CheckRun.with().test(test).roles(ROLES).model(AdultForest.get().forest()).runOne(new GroupParityCheck());
    }

    /** A cell of the groups table's row of one attribute's group, read by column key. */
    private static Object group(CheckResult r, String attribute, String group, String key) {
        ResultTable groups = table(r, "groups");
        for (int row = 0; row < groups.rows().size(); row++) {
            if (attribute.equals(groups.cell(row, "attribute")) && group.equals(groups.cell(row, "group"))) {
                return groups.cell(row, key);
            }
        }
        throw new AssertionError("no group " + attribute + " = " + group);
    }

    @Test
    void womenAreSelectedFarLessOftenThanMenAndTheBaseRatesMatchACountOfTheFile() {
        CheckResult r = run(AdultForest.get().test());

        double female = (Double) group(r, "sex", "Female", "selection_rate");
        double male = (Double) group(r, "sex", "Male", "selection_rate");
        assertThat(female).isLessThan(male / 2);
        assertThat(r.measure("disparate_impact_ratio.sex").orElseThrow().value()).isLessThan(0.5);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        // age has no declared edges: cut at its quartiles, 28, 37 and 48 (pandas quantile([.25, .5, .75]) of
        // adult.test's ages), into groups of 3,981, 3,890, 4,226 and 4,184 rows (pandas cut, right=False)
        assertThat(en(r)).contains("No edges are declared for age, so it is grouped at the quartiles of its "
                + "labelled test values (28, 37, 48).");
        assertThat(group(r, "age", "< 28", "rows")).isEqualTo(3_981L);
        assertThat(group(r, "age", "28 to < 37", "rows")).isEqualTo(3_890L);
        assertThat(group(r, "age", "37 to < 48", "rows")).isEqualTo(4_226L);
        assertThat(group(r, "age", ">= 48", "rows")).isEqualTo(4_184L);

        Map<String, long[]> sex = AdultRawCounts.byColumn("adult.test.gz", 9);
        Map<String, long[]> race = AdultRawCounts.byColumn("adult.test.gz", 8);
        sex.forEach((value, c) -> {
            assertThat(group(r, "sex", value, "rows")).isEqualTo(c[0]);
            assertThat(group(r, "sex", value, "base_rate")).isEqualTo((double) c[1] / c[0]);
        });
        race.forEach((value, c) -> {
            assertThat(group(r, "race", value, "rows")).isEqualTo(c[0]);
            assertThat(group(r, "race", value, "base_rate")).isEqualTo((double) c[1] / c[0]);
        });
    }

    @Test
    void onTheTrainingDataTheBaseRatesAreTheReadmeFigures() {
        CheckResult r = run(AdultForest.get().training());

        // exact, by a count of the raw file: Female 1,179 of 10,771 above 50K, Male 6,662 of 21,790
        Map<String, long[]> sex = AdultRawCounts.byColumn("adult.data.gz", 9);
        assertThat(sex.get("Female")).containsExactly(10_771L, 1_179L);
        sex.forEach((value, c) -> assertThat(group(r, "sex", value, "base_rate")).isEqualTo((double) c[1] / c[0]));
        // shared/data/README.md gives three decimals: Female 0.110 (0.1095 exactly), Male 0.306; White 0.256,
        // Black 0.124
        assertThat((Double) group(r, "sex", "Female", "base_rate")).isCloseTo(0.110, within(0.001));
        assertThat((Double) group(r, "sex", "Male", "base_rate")).isCloseTo(0.306, within(0.0005));
        assertThat((Double) group(r, "race", "White", "base_rate")).isCloseTo(0.256, within(0.0005));
        assertThat((Double) group(r, "race", "Black", "base_rate")).isCloseTo(0.124, within(0.0005));
    }
}
