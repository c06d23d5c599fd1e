package io.github.tenken.checks.fairness;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.checks.correctness.CheckRun;
import io.github.tenken.checks.correctness.FixedModel;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.rowsEn;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

class GroupParityCheckTest {

    private static final String ID = "fairness.group-parity";
    private static final String[] GROUPS = {"attribute", "group", "rows", "selection_rate", "base_rate",
        "true_positive_rate", "in_verdict"};
    private final GroupParityCheck check = new GroupParityCheck();

    /**
     * sex M: truth yes yes no no, predicted yes yes yes no (selection 3/4, base 2/4, TPR 2/2);
     * sex F: truth yes yes no no, predicted yes no no no (selection 1/4, base 2/4, TPR 1/2);
     * sex X: one row, yes predicted yes; region: A for the first five rows, B for the rest; site: S but the last (T).
     */
    private static Table fixture(String... sex) {
        CategoryDictionary yn = new CategoryDictionary();
        return Table.of("test", List.of(
                CategoricalColumn.of("sex", new CategoryDictionary(), sex),
                CategoricalColumn.of("region", new CategoryDictionary(), "A", "A", "A", "A", "A", "B", "B", "B", "B"),
                CategoricalColumn.of("site", new CategoryDictionary(), "S", "S", "S", "S", "S", "S", "S", "S", "T"),
                NumericColumn.of("age", 20, 30, 40, 50, 20, 30, 40, 50, 60),
                CategoricalColumn.of("y", yn, "yes", "yes", "no", "no", "yes", "yes", "no", "no", "yes")));
    }

    private static FixedModel model() {
        return FixedModel.classifier("no", "yes").on("test", "yes", "yes", "yes", "no", "yes", "no", "no", "no", "yes");
    }

    private static double value(CheckResult r, String measure) {
        return r.measure(measure).orElseThrow().value();
    }

    @Test
    void ratesOfAHandFixture() {
        CheckResult r = CheckRun.with().test(fixture("M", "M", "M", "M", "F", "F", "F", "F", "X"))
                .roles(ColumnRoles.label("y").withSensitive("sex")).model(model())
                .parameter(ID, "positiveClass", "yes").parameter(ID, "minGroupSize", "2").runOne(check);

        assertThat(value(r, "disparate_impact_ratio")).isEqualTo((1.0 / 4) / (3.0 / 4));
        assertThat(value(r, "demographic_parity_difference")).isEqualTo(0.5);
        assertThat(value(r, "disparate_impact_ratio.sex")).isEqualTo(1.0 / 3);
        assertThat(value(r, "equal_opportunity_difference.sex")).isEqualTo(0.5);
        assertThat(r.measure("disparate_impact_ratio").orElseThrow().passed()).isFalse();
        assertThat(r.measure("disparate_impact_ratio.sex").orElseThrow().isJudged()).isFalse();
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(en(r)).isEqualTo("Selection rates on 9 labelled test rows by group: sex: F 25.0% vs "
                + "M 75.0% predicted yes (ratio 0.3333, difference 0.5).");
        assertThat(rowsEn(table(r, "groups"), GROUPS)).containsExactly(
                List.of("sex", "F", 4L, 0.25, 0.5, 0.5, "yes"),
                List.of("sex", "M", 4L, 0.75, 0.5, 1.0, "yes"),
                List.of("sex", "X", 1L, 1.0, 1.0, 1.0, "no: fewer than 2 rows"));
        Chart chart = r.charts().get(0);
        assertThat(chart.kind()).isEqualTo(ChartKind.BARS);
        assertThat(chart.categories()).containsExactly("F", "M", "X");
        assertThat(chart.series().get(0).values()).containsExactly(0.25, 0.75, 1.0);
    }

    @Test
    void anAttributeWithoutTwoLargeGroupsIsNotAVerdictAndANumericOneIsCutAtItsQuartiles() {
        CheckResult r = CheckRun.with().test(fixture("M", "M", "M", "M", "F", "F", "F", "F", "X"))
                .roles(ColumnRoles.label("y").withSensitive("sex", "region", "age")).model(model())
                .parameter(ID, "positiveClass", "yes").parameter(ID, "minGroupSize", "5").runOne(check);

        assertThat(r.status()).isEqualTo(Status.WARN);
        assertThat(value(r, "disparate_impact_ratio")).isNaN();
        assertThat(r.measure("disparate_impact_ratio").orElseThrow().isJudged()).isFalse();
        // region: A has 5 rows (qualifies), B 4: one group only; age 20 20 30 30 40 40 50 50 60 has the quartiles
        // 30, 40, 50 (numpy.quantile, linear), so its bins hold 2, 2, 2 and 3 rows
        assertThat(en(r)).isEqualTo("Selection rates on 9 labelled test rows by group: sex: not a verdict, "
                + "fewer than two groups have 5 rows; region: not a verdict, fewer than two groups have 5 rows; "
                + "age: not a verdict, fewer than two groups have 5 rows. No edges are declared for age, so it is "
                + "grouped at the quartiles of its labelled test values (30, 40, 50).");
        assertThat(rowsEn(table(r, "groups"), "attribute", "group", "rows")).contains(
                List.of("age", ">= 50", 3L), List.of("age", "< 30", 2L), List.of("age", "30 to < 40", 2L),
                List.of("age", "40 to < 50", 2L));
        assertThat(r.measure("disparate_impact_ratio.age").orElseThrow().isJudged()).isFalse();
    }

    @Test
    void aPassingAttributeStillWarnsWhenAnotherGivesNoVerdict() {
        Table test = fixture("M", "M", "M", "M", "F", "F", "F", "F", "X");
        FixedModel model = FixedModel.classifier("no", "yes").on("test", "yes", "yes", "no", "no", "yes", "yes", "no", "no", "no");

        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.label("y").withSensitive("sex", "site"))
                .model(model).parameter(ID, "positiveClass", "yes").parameter(ID, "minGroupSize", "2").runOne(check);

        // sex: M and F both 2/4 -> ratio 1; site: only S has two rows or more
        assertThat(r.measure("disparate_impact_ratio").orElseThrow().passed()).isTrue();
        assertThat(r.status()).isEqualTo(Status.WARN);
        assertThat(en(r)).contains("site: not a verdict, fewer than two groups have 2 rows");
    }

    @Test
    void equalSelectionRatesPass() {
        // M rows 0 1 2 3 and F rows 4 5 6 7 both get "yes" twice when the predictions are mirrored
        Table test = fixture("M", "M", "M", "M", "F", "F", "F", "F", "X");
        FixedModel model = FixedModel.classifier("no", "yes").on("test", "yes", "yes", "no", "no", "yes", "yes", "no", "no", "no");

        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.label("y").withSensitive("sex")).model(model)
                .parameter(ID, "positiveClass", "yes").parameter(ID, "minGroupSize", "2").runOne(check);

        assertThat(value(r, "disparate_impact_ratio")).isEqualTo(1.0);
        assertThat(value(r, "demographic_parity_difference")).isEqualTo(0.0);
        assertThat(r.status()).isEqualTo(Status.PASS);
    }

    @Test
    void rowsWithAMissingGroupFormAGroupOutsideTheVerdict() {
        CheckResult r = CheckRun.with().test(fixture("M", "M", "M", "M", "F", "F", "F", "F", null))
                .roles(ColumnRoles.label("y").withSensitive("sex")).model(model())
                .parameter(ID, "positiveClass", "yes").parameter(ID, "minGroupSize", "1").runOne(check);

        assertThat(rowsEn(table(r, "groups"), GROUPS).get(2)).isEqualTo(Arrays.asList("sex", "(missing)", 1L, 1.0,
                1.0, 1.0, "no: value missing"));
        assertThat(r.charts().get(0).categories()).containsExactly("F", "M", "\u2014");
        assertThat(value(r, "disparate_impact_ratio")).isEqualTo(1.0 / 3);
    }

    @Test
    void thePositiveClassDefaultsToTheMinorityLabel() {
        // labels: yes 5, no 4 -> "no" is the minority and becomes the favourable decision
        CheckResult r = CheckRun.with().test(fixture("M", "M", "M", "M", "F", "F", "F", "F", "X"))
                .roles(ColumnRoles.label("y").withSensitive("sex")).model(model())
                .parameter(ID, "minGroupSize", "2").runOne(check);
        // "no" predicted: M 1/4, F 3/4
        assertThat(value(r, "disparate_impact_ratio.sex")).isEqualTo(1.0 / 3);
        assertThat(en(r)).contains("sex: M 25.0% vs F 75.0% predicted no");
    }
}
