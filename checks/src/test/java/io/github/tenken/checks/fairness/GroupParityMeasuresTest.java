package io.github.tenken.checks.fairness;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Status;
import io.github.tenken.checks.correctness.CheckRun;
import io.github.tenken.checks.correctness.FixedModel;
import io.github.tenken.checks.correctness.PoissonBootstrap;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.RiskAttribute;
import io.github.tenken.data.Table;
import io.github.tenken.message.Arg;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.rowsEn;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The figures added to {@code fairness.group-parity}, each on a fixture computed by hand. */
class GroupParityMeasuresTest {

    private static final String ID = "fairness.group-parity";
    private final GroupParityCheck check = new GroupParityCheck();

    /**
     * sex M rows 0-3: truth yes yes no no, predicted yes yes yes no (TP 2, FP 1: TPR 1, FPR 1/2, precision 2/3);
     * sex F rows 4-7: truth yes yes no no, predicted yes no no no (TP 1, FP 0: TPR 1/2, FPR 0, precision 1);
     * sex X row 8: yes predicted yes; region A rows 0-4, B rows 5-8; age 20 30 40 50 20 30 40 50 60.
     */
    private static Table fixture() {
        return Table.of("test", List.of(
                CategoricalColumn.of("sex", new CategoryDictionary(), "M", "M", "M", "M", "F", "F", "F", "F", "X"),
                CategoricalColumn.of("region", new CategoryDictionary(), "A", "A", "A", "A", "A", "B", "B", "B", "B"),
                NumericColumn.of("age", 20, 30, 40, 50, 20, 30, 40, 50, 60),
                CategoricalColumn.of("y", new CategoryDictionary(), "yes", "yes", "no", "no", "yes", "yes", "no",
                        "no", "yes")));
    }

    private static FixedModel model() {
        return FixedModel.classifier("no", "yes").on("test", "yes", "yes", "yes", "no", "yes", "no", "no", "no", "yes");
    }

    private static CheckRun fixtureRun(String... sensitive) {
        return CheckRun.with().test(fixture()).roles(ColumnRoles.label("y").withSensitive(sensitive)).model(model())
                .parameter(ID, "positiveClass", "yes").parameter(ID, "minGroupSize", "2");
    }

    private static double value(CheckResult r, String measure) {
        return r.measure(measure).orElseThrow().value();
    }

    @Test
    void equalizedOddsPredictiveParityAndFalsePositiveRateDifferences() {
        CheckResult r = fixtureRun("sex").parameter(ID, "bootstrap", "0").runOne(check);

        assertThat(value(r, "equal_opportunity_difference.sex")).isEqualTo(0.5);          // 1 - 1/2
        assertThat(value(r, "false_positive_rate_difference.sex")).isEqualTo(0.5);        // 1/2 - 0
        assertThat(value(r, "equalized_odds_difference.sex")).isEqualTo(0.5);             // max(0.5, 0.5)
        assertThat(value(r, "predictive_parity_difference.sex")).isEqualTo(1 - 2.0 / 3);  // 1 - 2/3
        assertThat(value(r, "predictive_parity_difference")).isEqualTo(1 - 2.0 / 3);      // the worst of one
        assertThat(r.measure("equalized_odds_difference").orElseThrow().isJudged()).isFalse();
        assertThat(r.measures()).allMatch(m -> m.interval() == null);
        assertThat(rowsEn(table(r, "groups"), "group", "false_positive_rate", "precision")).containsExactly(
                List.of("F", 0.0, 1.0), List.of("M", 0.5, 2.0 / 3), Arrays.asList("X", null, 1.0));
        assertThat(rowsEn(table(r, "attributes"), "attribute", "equalized_odds_difference",
                "predictive_parity_difference", "false_positive_rate_difference"))
                .containsExactly(List.of("sex", 0.5, 1 - 2.0 / 3, 0.5));
    }

    @Test
    void aCriterionOnANewFigureJudgesIt() {
        CheckResult r = fixtureRun("sex").criterion(ID, "equalized_odds_difference <= 0.2").runOne(check);

        assertThat(r.measure("equalized_odds_difference").orElseThrow().passed()).isFalse();
        assertThat(r.measure("equalized_odds_difference").orElseThrow().sentence())
                .startsWith("equalized_odds_difference <= 0.2: was 0.5 (95% CI ");
    }

    @Test
    void intersectionalGroupsArePairsOfValuesWithEnoughRows() {
        CheckResult r = fixtureRun("sex", "region").parameter(ID, "bootstrap", "0").runOne(check);

        // M & A rows 0-3 selected 3/4; F & B rows 5-7 selected 0/3; F & A and X & B have one row each
        assertThat(rowsEn(table(r, "intersections"), "attribute", "group", "rows", "selection_rate", "in_verdict"))
                .containsExactly(List.of("sex & region", "M & A", 4L, 0.75, "yes"),
                        List.of("sex & region", "F & B", 3L, 0.0, "yes"),
                        List.of("sex & region", "F & A", 1L, 1.0, "no: fewer than 2 rows"),
                        List.of("sex & region", "X & B", 1L, 1.0, "no: fewer than 2 rows"));
        assertThat(value(r, "intersectional_disparate_impact_ratio")).isEqualTo(0.0);
        // the pair shows in the attributes table but adds no per-attribute measures
        assertThat(rowsEn(table(r, "attributes"), "attribute")).containsExactly(List.of("sex"), List.of("region"),
                List.of("sex & region"));
        assertThat(r.measure("disparate_impact_ratio.sex & region")).isEmpty();
    }

    @Test
    void aNumericAttributeIsCutAtTheEdgesOfTheParameterOrOfItsRiskAttribute() {
        // age < 35: rows 0 1 4 5, selected yes yes yes no (3/4); >= 35: rows 2 3 6 7 8, yes no no no yes (2/5)
        double expected = (2.0 / 5) / (3.0 / 4);
        CheckResult byParameter = fixtureRun("age").parameter(ID, "edges", "age:35").runOne(check);
        CheckResult byRisk = run(assessment(check).dataset(DatasetRole.TEST, fixture())
                .roles(ColumnRoles.label("y").withSensitive("age")).model(model())
                .riskAttributes(RiskAttribute.binned("age", 35)).positiveClass("yes")
                .parameter(ID, "minGroupSize", "2"), ID);

        for (CheckResult r : List.of(byParameter, byRisk)) {
            assertThat(value(r, "disparate_impact_ratio.age")).isEqualTo(expected);
            assertThat(rowsEn(table(r, "groups"), "group", "rows")).containsExactly(List.of(">= 35", 5L),
                    List.of("< 35", 4L));
            assertThat(en(r)).doesNotContain("quartiles");
        }
    }

    @Test
    void malformedEdgesAreAnErrorNamingThem() {
        CheckResult notNumeric = fixtureRun("sex", "age").parameter(ID, "edges", "sex:1").runOne(check);
        CheckResult unordered = fixtureRun("age").parameter(ID, "edges", "age:40,30").runOne(check);

        assertThat(notNumeric.status()).isEqualTo(Status.ERROR);
        assertThat(notNumeric.error()).contains("the parameter edges names \"sex\", which is not a numeric sensitive "
                + "attribute; the sensitive attributes are [sex, age]");
        assertThat(unordered.status()).isEqualTo(Status.ERROR);
        assertThat(unordered.error()).contains("must be finite and strictly increasing, got [40.0, 30.0]");
    }

    /**
     * Three classes and no declared favourable one: each class against the rest. sex M rows 0-3 predicted a b b c,
     * F rows 4-7 predicted b b c c: class a selected M 1/4, F 0 (ratio 0, difference 1/4); b 2/4 each (ratio 1);
     * c M 1/4, F 2/4 (ratio 1/2, difference 1/4).
     */
    @Test
    void moreThanTwoClassesWithoutADeclaredOneAreJudgedOneAgainstTheRest() {
        Table test = Table.of("test", List.of(
                CategoricalColumn.of("sex", new CategoryDictionary(), "M", "M", "M", "M", "F", "F", "F", "F"),
                CategoricalColumn.of("y", new CategoryDictionary(), "a", "a", "b", "c", "a", "b", "b", "c")));
        FixedModel model = FixedModel.classifier("a", "b", "c").on("test", "a", "b", "b", "c", "b", "b", "c", "c");
        CheckRun base = CheckRun.with().test(test).roles(ColumnRoles.label("y").withSensitive("sex")).model(model)
                .parameter(ID, "minGroupSize", "2").parameter(ID, "bootstrap", "0");

        CheckResult r = base.runOne(check);
        assertThat(value(r, "disparate_impact_ratio.sex")).isEqualTo(0.0);
        assertThat(value(r, "demographic_parity_difference.sex")).isEqualTo(0.25);
        assertThat(rowsEn(table(r, "groups"), "class", "group", "selection_rate")).containsExactly(
                List.of("a", "F", 0.0), List.of("a", "M", 0.25), List.of("b", "F", 0.5), List.of("b", "M", 0.5),
                List.of("c", "F", 0.5), List.of("c", "M", 0.25));
        assertThat(en(r)).isEqualTo("Selection rates on 8 labelled test rows by group: sex: F 0% vs M 25.0% "
                + "predicted a (ratio 0, difference 0.25).");

        CheckResult declared = base.parameter(ID, "positiveClass", "c").runOne(check);
        assertThat(value(declared, "disparate_impact_ratio.sex")).isEqualTo(0.5);
        assertThat(rowsEn(table(declared, "groups"), "class")).containsOnly(List.of("c"));
    }

    @Test
    void theIntervalsArePercentilesOfPoissonBootstrapReplicates() {
        CheckResult r = fixtureRun("sex").parameter(ID, "bootstrap", "200").seed(7).runOne(check);

        Measure ratio = r.measure("disparate_impact_ratio.sex").orElseThrow();
        ConfidenceInterval ci = ratio.interval();
        assertThat(ci).isNotNull();
        assertThat(ci.level()).isEqualTo(0.95);
        assertThat(en(ci.method())).startsWith("Poisson bootstrap, 200 replicates, seed ");
        // recompute independently of the check: M is rows 0-3 (selected 3), F rows 4-7 (selected 1 = row 4)
        long seed = Long.parseLong(((Arg.Text) ci.method().args().get(1)).value());
        PoissonBootstrap bootstrap = new PoissonBootstrap(200, seed);
        double[] ratios = new double[200];
        double[] maleRates = new double[200];
        for (int b = 0; b < 200; b++) {
            int[] w = bootstrap.weights(b, 9);
            double m = w[0] + w[1] + w[2] + w[3];
            double f = w[4] + w[5] + w[6] + w[7];
            double mRate = m == 0 ? Double.NaN : (w[0] + w[1] + w[2]) / m;
            double fRate = f == 0 ? Double.NaN : w[4] / f;
            maleRates[b] = mRate;
            ratios[b] = Double.isNaN(mRate) || Double.isNaN(fRate) ? Double.NaN
                    : Math.max(mRate, fRate) == 0 ? 1.0 : Math.min(mRate, fRate) / Math.max(mRate, fRate);
        }
        ConfidenceInterval expected = bootstrap.interval(ratios);
        assertThat(ci.lower()).isEqualTo(expected.lower());
        assertThat(ci.upper()).isEqualTo(expected.upper());
        ConfidenceInterval male = bootstrap.interval(maleRates);
        assertThat(rowsEn(table(r, "groups"), "group", "selection_rate_lower", "selection_rate_upper"))
                .contains(List.of("M", male.lower(), male.upper()));
        // the worst over one attribute is that attribute's interval
        assertThat(r.measure("disparate_impact_ratio").orElseThrow().interval()).isEqualTo(ci);
    }

    @Test
    void theSameSeedGivesTheSameResultAndAnotherSeedOtherIntervals() {
        CheckResult first = fixtureRun("sex", "region", "age").seed(3).runOne(check);
        CheckResult again = fixtureRun("sex", "region", "age").seed(3).batchRows(7).runOne(check);
        CheckResult other = fixtureRun("sex", "region", "age").seed(4).runOne(check);

        assertThat(again.measures()).isEqualTo(first.measures());
        assertThat(again.tables()).isEqualTo(first.tables());
        assertThat(again.charts()).isEqualTo(first.charts());
        assertThat(again.explanation()).isEqualTo(first.explanation());
        assertThat(other.measures()).isNotEqualTo(first.measures());
        assertThat(other.measure("disparate_impact_ratio.sex").orElseThrow().value())
                .isEqualTo(first.measure("disparate_impact_ratio.sex").orElseThrow().value());
    }

    @Test
    void theFiguresDoNotDependOnTheOrderOfTheRows() {
        // the fixture's rows reversed: the same groups, the same figures (the intervals draw other rows, as the
        // bootstrap weights belong to row numbers)
        Table reversed = Table.of("test", List.of(
                CategoricalColumn.of("sex", new CategoryDictionary(), "X", "F", "F", "F", "F", "M", "M", "M", "M"),
                CategoricalColumn.of("region", new CategoryDictionary(), "B", "B", "B", "B", "A", "A", "A", "A", "A"),
                NumericColumn.of("age", 60, 50, 40, 30, 20, 50, 40, 30, 20),
                CategoricalColumn.of("y", new CategoryDictionary(), "yes", "no", "no", "yes", "yes", "no", "no",
                        "yes", "yes")));
        FixedModel model = FixedModel.classifier("no", "yes").on("test", "yes", "no", "no", "no", "yes", "no", "yes",
                "yes", "yes");
        CheckResult forward = fixtureRun("sex", "region", "age").parameter(ID, "bootstrap", "0").runOne(check);
        CheckResult backward = CheckRun.with().test(reversed)
                .roles(ColumnRoles.label("y").withSensitive("sex", "region", "age")).model(model)
                .parameter(ID, "positiveClass", "yes").parameter(ID, "minGroupSize", "2")
                .parameter(ID, "bootstrap", "0").runOne(check);

        assertThat(backward.measures()).isEqualTo(forward.measures());
        assertThat(backward.tables()).isEqualTo(forward.tables());
    }

    @Test
    void tablesAndChartsListTheFiftyLargestGroups() {
        // 60 groups: g00 has 61 rows, g01 60, ... g59 2 rows; every row is selected
        List<String> groups = new ArrayList<>();
        for (int g = 0; g < 60; g++) {
            for (int k = 0; k < 61 - g; k++) {
                groups.add(String.format("g%02d", g));
            }
        }
        int n = groups.size();
        String[] labels = new String[n];
        String[] predicted = new String[n];
        Arrays.fill(labels, "yes");
        Arrays.fill(predicted, "yes");
        Table test = Table.of("test", List.of(CategoricalColumn.of("g", new CategoryDictionary(),
                groups.toArray(String[]::new)), CategoricalColumn.of("y", CategoryDictionary.of("no", "yes"), labels)));
        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.label("y").withSensitive("g"))
                .model(FixedModel.classifier("no", "yes").on("test", predicted)).parameter(ID, "positiveClass", "yes")
                .parameter(ID, "minGroupSize", "1").parameter(ID, "bootstrap", "20").runOne(check);

        List<List<Object>> rows = rowsEn(table(r, "groups"), "group", "rows");
        assertThat(rows).hasSize(51);
        assertThat(rows.get(0)).isEqualTo(List.of("g00", 61L));
        assertThat(rows.get(49)).isEqualTo(List.of("g49", 12L));
        assertThat(rows.get(50)).isEqualTo(Arrays.asList("10 more groups", null));
        assertThat(r.charts().get(0).categories()).hasSize(50);
        assertThat(value(r, "disparate_impact_ratio")).isEqualTo(1.0);
        assertThat(r.measure("disparate_impact_ratio").orElseThrow().interval().lower()).isCloseTo(1.0, within(0.0));
    }
}
