package io.github.tenken.checks.correctness;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.check.Status;
import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.Condition;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.message.Arg;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PerCaseCheckTest {

    private static final String ID = "c1.per-case";

    /**
     * 60 rows, x = 0..59, sex F on even rows; truth yes on rows divisible by 3. The model is right everywhere but on
     * the women with x < 30 (15 rows): accuracy 45/60 overall, 15/30 for F, 30/30 for M, 15/30 for the case x < 30.
     */
    private static CheckRun fixture() {
        int n = 60;
        double[] x = new double[n];
        String[] sex = new String[n];
        String[] truth = new String[n];
        String[] predicted = new String[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            sex[i] = i % 2 == 0 ? "F" : "M";
            truth[i] = i % 3 == 0 ? "yes" : "no";
            boolean wrong = i % 2 == 0 && i < 30;
            predicted[i] = wrong ? (truth[i].equals("yes") ? "no" : "yes") : truth[i];
        }
        Table test = Table.of("test", List.of(NumericColumn.of("x", x),
                CategoricalColumn.of("sex", new CategoryDictionary(), sex),
                CategoricalColumn.of("y", new CategoryDictionary(), truth)));
        return CheckRun.with().test(test).roles(ColumnRoles.label("y").withSensitive("sex"))
                .model(FixedModel.classifier("no", "yes").on("test", predicted))
                .cases(CaseDefinition.of("young", Condition.between("x", 0, 30)),
                        CaseDefinition.of("tiny", Condition.between("x", 0, 3)));
    }

    @Test
    void everyCaseAndGroupWithItsAccuracyIntervalAndGap() {
        CheckResult r = fixture().runOne(new PerCaseCheck());

        assertThat(r.tables()).hasSize(1);
        List<List<Object>> listed = rows(table(r, "worst-case"), "group", "rows", "accuracy", "in_verdict");
        // F and young tie on their point accuracy; their gaps differ with their intervals; tiny has 3 rows only
        assertThat(listed).extracting(row -> row.get(0)).containsExactlyInAnyOrder("sex = F", "young", "sex = M",
                "tiny");
        assertThat(listed.get(listed.size() - 1)).containsExactly("tiny", 3L, 1 - 2.0 / 3, false);   // 1 - loss share
        assertThat(rows(table(r, "worst-case"), "group", "rows", "accuracy")).contains(List.of("sex = F", 30L, 0.5),
                List.of("sex = M", 30L, 1.0), List.of("young", 30L, 0.5));

        // the F interval recomputed naively: labelled rows 0, 2, ..., 58 weighted by the same Poisson draws
        ConfidenceInterval ci = r.measure("worst_case_accuracy").orElseThrow().interval();
        long seed = Long.parseLong(((Arg.Text) ci.method().args().get(1)).value());
        PoissonBootstrap bootstrap = new PoissonBootstrap(1000, seed);
        int[] women = IntStream.range(0, 60).filter(i -> i % 2 == 0).toArray();
        int[] young = IntStream.range(0, 30).toArray();
        double[] womenCi = naive(bootstrap, women);
        double[] youngCi = naive(bootstrap, young);
        double gapWomen = 0.75 - womenCi[1];
        double gapYoung = 0.75 - youngCi[1];
        double worstGap = Math.max(gapWomen, gapYoung);
        assertThat(r.measure("worst_case_gap").orElseThrow().value()).isCloseTo(worstGap, within(1e-12));
        assertThat(r.measure("worst_case_accuracy").orElseThrow().value()).isEqualTo(0.5);
        assertThat(r.measure("cases_assessed").orElseThrow().value()).isEqualTo(3);
        // 30 rows at 50% cannot prove a gap of 0.1 (the upper bound is near 0.68): the default passes
        assertThat(worstGap).isBetween(0.0, 0.1);
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(en(r)).startsWith("3 cases and groups have at least 30 test rows; the worst, ")
                .contains(", has accuracy 0.5 (95% CI ").contains("against 0.75 on all rows");

        CheckResult strict = fixture().criterion(ID, "worst_case_gap <= 0.05").runOne(new PerCaseCheck());
        assertThat(strict.status()).isEqualTo(Status.FAIL);
        assertThat(en(strict)).endsWith("; not met: worst_case_gap <= 0.05 (was "
                + en(io.github.tenken.message.Message.of("literal", Arg.num(worstGap))) + ").");
    }

    /** The 2.5% and 97.5% percentiles of the replicates' accuracy on these rows (right unless F and x < 30). */
    private static double[] naive(PoissonBootstrap bootstrap, int[] rows) {
        double[] acc = new double[1000];
        for (int b = 0; b < acc.length; b++) {
            double n = 0;
            double right = 0;
            for (int i : rows) {
                int w = bootstrap.weight(b, i);
                n += w;
                right += (i % 2 == 0 && i < 30) ? 0 : w;
            }
            acc[b] = right / n;
        }
        java.util.Arrays.sort(acc);
        return new double[]{PoissonBootstrap.quantile(acc, 0.025), PoissonBootstrap.quantile(acc, 0.975)};
    }

    @Test
    void aModelRightOnEveryGroupPassesAndTinyGroupsOnlyAreWarn() {
        CheckResult r = fixture().criterion(ID, "worst_case_gap <= 0.5").runOne(new PerCaseCheck());
        assertThat(r.status()).isEqualTo(Status.PASS);

        CheckResult tiny = fixture().parameter(ID, "minRows", "100").runOne(new PerCaseCheck());
        assertThat(tiny.status()).isEqualTo(Status.WARN);
        assertThat(en(tiny)).isEqualTo("None of the 4 cases and sensitive groups has 100 test rows or more, so none "
                + "is judged.");
    }

    @Test
    void regressionRmsePerGroup() {
        // 40 rows; group a: errors 1 (RMSE 1); group b: errors 3 (RMSE 3); overall RMSE sqrt(5)
        int n = 40;
        double[] y = new double[n];
        double[] p = new double[n];
        String[] g = new String[n];
        for (int i = 0; i < n; i++) {
            g[i] = i < 20 ? "a" : "b";
            y[i] = i;
            p[i] = i + (i < 20 ? 1 : 3) * (i % 2 == 0 ? 1 : -1);
        }
        Table test = Table.of("test", List.of(CategoricalColumn.of("g", new CategoryDictionary(), g),
                NumericColumn.of("y", y)));
        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.label("y").withSensitive("g"))
                .model(FixedModel.regressor().on("test", p)).parameter(ID, "minRows", "10").runOne(new PerCaseCheck());

        assertThat(rows(table(r, "worst-case"), "group", "rmse")).containsExactly(List.of("g = b", 3.0),
                List.of("g = a", 1.0));
        // every row of b has |error| 3: its interval is [3, 3], the gap 3 / sqrt(5) - 1
        assertThat(r.measure("worst_case_gap").orElseThrow().value()).isCloseTo(3 / Math.sqrt(5) - 1, within(1e-12));
        assertThat(r.measure("worst_case_rmse").orElseThrow().value()).isEqualTo(3.0);
        assertThat(r.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void withoutCasesOrCategoricalSensitiveAttributesItIsNotApplicable() {
        Table test = Table.of("test", List.of(CategoricalColumn.of("y", new CategoryDictionary(), "a", "b")));
        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.label("y"))
                .model(FixedModel.classifier("a", "b").on("test", "a", "b")).runOne(new PerCaseCheck());
        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void aNumericSensitiveAttributeIsCutAtItsRiskAttributeEdges() {
        // x sensitive, declared as a risk attribute cut at 20 and 40: 20 rows each; wrong rows are the even ones
        // below 30, so accuracy is 10/20 below 20, 15/20 from 20 to 40 and 20/20 from 40
        CheckResult r = fixture().roles(ColumnRoles.label("y").withSensitive("x"))
                .riskAttributes(io.github.tenken.data.RiskAttribute.binned("x", 20, 40))
                .parameter(ID, "minRows", "20").runOne(new PerCaseCheck());

        assertThat(rows(table(r, "worst-case"), "group", "rows", "accuracy")).contains(
                List.of("x < 20", 20L, 0.5), List.of("x 20 to < 40", 20L, 0.75), List.of("x >= 40", 20L, 1.0));
        assertThat(r.measure("cases_assessed").orElseThrow().value()).isEqualTo(4);     // young and the three bins
    }
}
