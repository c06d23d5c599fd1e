package io.github.tenken.checks.balance;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.ExpectedShares;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.RiskAttribute;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.rowsEn;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

class RepresentationCheckTest {

    private static final String ID = "b2.representation";

    private final Table training = Table.of("train", List.of(
            CategoricalColumn.of("sex", CategoryDictionary.of("F", "M"), "F", "F", "F", "F", "M", "M", "M", "M", "M",
                    "M"),
            NumericColumn.of("age", 20, 30, 50, 60, 25, 35, 45, 55, 65, 70),
            CategoricalColumn.of("label", CategoryDictionary.of("no", "yes"), "yes", "no", "no", "no", "yes", "yes",
                    "yes", "no", "no", "no")));

    private static ExpectedShares half() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("F", 0.5);
        m.put("M", 0.5);
        return new ExpectedShares("sex", m);
    }

    @Test
    void groupsEachSensitiveAttributeAndComparesTheLabelsBaseRatesByHand() {
        CheckResult r = run(assessment(new RepresentationCheck()).dataset(DatasetRole.TRAINING, training)
                .roles(ColumnRoles.label("label").withSensitive("sex", "age"))
                .riskAttributes(RiskAttribute.binned("age", 40)).expect(half())
                .parameter(ID, "minGroupRows", "1"), ID);

        // sex: F 1 of 4 "yes", M 3 of 6; age < 40: rows F F M M -> 3 of 4 "yes"; >= 40: 1 of 6
        assertThat(rows(table(r, "groups"), "attribute", "group", "rows", "share", "expected_share",
                "positive_rate")).containsExactly(
                List.of("sex", "F", 4L, 0.4, 0.5, 0.25),
                List.of("sex", "M", 6L, 0.6, 0.5, 0.5),
                Arrays.asList("age", "< 40", 4L, 0.4, null, 0.75),
                Arrays.asList("age", ">= 40", 6L, 0.6, null, 1.0 / 6));
        assertThat(measure(r, "smallest_group_rows")).isEqualTo(4);
        assertThat(measure(r, "base_rate_ratio")).isEqualTo((1.0 / 6) / 0.75);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(en(r)).isEqualTo("The smallest group is sex = F with 4 training rows. Base rate of \"yes\": the "
                + "lowest over the highest group rate is 0.2222 for age.");
    }

    @Test
    void aNumericSensitiveAttributeWithoutEdgesIsNamedAndAPositiveClassMustBeAClass() {
        CheckResult r = run(assessment(new RepresentationCheck()).dataset(DatasetRole.TRAINING, training)
                .roles(ColumnRoles.label("label").withSensitive("sex", "age")), ID);
        assertThat(rowsEn(table(r, "groups"), "attribute", "group")).contains(List.of("age",
                "not grouped: declare age as a risk attribute with edges to cut it into groups"));
        CheckResult wrong = run(assessment(new RepresentationCheck()).dataset(DatasetRole.TRAINING, training)
                .roles(ColumnRoles.label("label").withSensitive("sex")).parameter(ID, "positiveClass", "Yes"), ID);
        assertThat(wrong.status()).isEqualTo(Status.ERROR);
        assertThat(wrong.error()).contains("positiveClass \"Yes\" is not a class of the label \"label\"; its classes "
                + "are [no, yes]");
        assertThat(run(assessment(new RepresentationCheck()).dataset(DatasetRole.TRAINING, training)
                .roles(ColumnRoles.label("label")), ID).status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void beyondMaxListedGroupsTheSmallerGroupsShareOneRow() {
        CheckResult r = run(assessment(new RepresentationCheck()).dataset(DatasetRole.TRAINING, training)
                .roles(ColumnRoles.label("label").withSensitive("sex")).parameter(ID, "minGroupRows", "1")
                .parameter(ID, "maxListedGroups", "1"), ID);
        // M (6 rows, 3 "yes") listed; F (4 rows, 1 "yes") summed in the other row; the measures still see both
        assertThat(rowsEn(table(r, "groups"), "attribute", "group", "rows", "positive_rate")).containsExactly(
                List.of("sex", "M", 6L, 0.5), List.of("sex", "1 more group", 4L, 0.25));
        assertThat(measure(r, "smallest_group_rows")).isEqualTo(4);
        assertThat(measure(r, "base_rate_ratio")).isEqualTo(0.5);
    }
}
