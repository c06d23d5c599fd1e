package io.github.tenken.checks.distribution;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.Condition;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.stats.CaseSplitCounts;
import io.github.tenken.stats.CaseSplitQuantiles;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.rowsEn;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static io.github.tenken.checks.stats.CheckHarness.scan;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CaseSkewCheckTest {

    private static final String ID = "b1.skew";

    private final CategoryDictionary colours = CategoryDictionary.of("red", "blue");
    // inside "old" (age >= 60): colour red x5 blue x1, x 10..15; outside: red x1 blue x5, x 1..6
    private final Table training = Table.of("train", List.of(
            NumericColumn.of("age", 61, 30, 62, 31, 63, 32, 64, 33, 65, 34, 66, 35),
            CategoricalColumn.of("colour", colours, "red", "red", "red", "blue", "red", "blue", "red", "blue",
                    "red", "blue", "blue", "blue"),
            NumericColumn.of("x", 10, 1, 11, 2, 12, 3, 13, 4, 14, 5, 15, 6)));
    private final CaseDefinition old = CaseDefinition.of("old", Condition.between("age", 60, 200));
    private final CaseDefinition none = CaseDefinition.of("centenarians", Condition.between("age", 100, 200));

    @Test
    void testsEveryAttributeTheCaseDoesNotConstrainInsideAgainstOutsideByHand() {
        CheckResult r = run(assessment(new CaseSkewCheck()).dataset(DatasetRole.TRAINING, training)
                .cases(List.of(old, none)).parameter(ID, "minRows", "3"), ID);

        // colour: 2x2 table [[1,5],[5,1]]: chi2 16/3, p 0.0209213 (scipy chi2_contingency without correction),
        // V = sqrt(chi2 / 12) = 2/3. x: D = 1 (inside all above outside), asymptotic p 0.00129974.
        // Benjamini-Hochberg of (0.0209213, 0.00129974): 0.0209213 and 0.00259949. Both skewed.
        assertThat(rows(table(r, "pairs"), "case", "attribute", "rows_inside", "rows_outside")).containsExactly(
                List.of("old", "colour", 6L, 6L), List.of("old", "x", 6L, 6L),
                Arrays.asList("centenarians", "colour", null, null), Arrays.asList("centenarians", "x", null, null));
        List<List<Object>> stats = rows(table(r, "pairs"), "statistic", "effect", "p_value", "adjusted_p");
        assertThat((double) stats.get(0).get(0)).isCloseTo(16.0 / 3, within(1e-12));
        assertThat((double) stats.get(0).get(1)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat((double) stats.get(0).get(2)).isCloseTo(0.020921335337794035, within(1e-12));
        assertThat((double) stats.get(0).get(3)).isCloseTo(0.020921335337794035, within(1e-12));
        assertThat((double) stats.get(1).get(1)).isEqualTo(1.0);
        assertThat((double) stats.get(1).get(2)).isCloseTo(0.0012997439853856866, within(1e-12));
        assertThat((double) stats.get(1).get(3)).isCloseTo(0.002599487970771373, within(1e-12));
        assertThat(measure(r, "skewed_pairs")).isEqualTo(2);
        assertThat(measure(r, "pairs_tested")).isEqualTo(2);
        assertThat(measure(r, "max_effect")).isEqualTo(1.0);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(en(r)).isEqualTo("2 of 2 case-attribute pairs are skewed; the largest effect is x within the case "
                + "old (1).");
    }

    @Test
    void aSmallEffectIsNotSkewEvenWhenSignificant() {
        CheckResult r = run(assessment(new CaseSkewCheck()).dataset(DatasetRole.TRAINING, training)
                .cases(List.of(old)).parameter(ID, "minRows", "3").parameter(ID, "minEffect", "0.9"), ID);
        // only x (D = 1) reaches 0.9; colour's V is 2/3
        assertThat(measure(r, "skewed_pairs")).isEqualTo(1);
        assertThat(r.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void withoutCasesItIsNotApplicableAndWithTooFewRowsItSaysSo() {
        assertThat(run(assessment(new CaseSkewCheck()).dataset(DatasetRole.TRAINING, training), ID).status())
                .isEqualTo(Status.NOT_APPLICABLE);
        CheckResult small = run(assessment(new CaseSkewCheck()).dataset(DatasetRole.TRAINING, training)
                .cases(List.of(old)), ID);
        assertThat(small.status()).isEqualTo(Status.WARN);
        assertThat(en(small)).isEqualTo("No attribute could be tested: every case has fewer than 30 rows inside or "
                + "outside it.");
    }

    @Test
    void theSplitAnalyzersGiveTheSameResultInBatchesOfSevenAndThroughTheirCodec() {
        CaseSplitCounts counts = new CaseSplitCounts(old, "colour");
        CaseSplitCounts.Split whole = scan(training, counts, 100);
        CaseSplitCounts.Split sevens = scan(training, counts, 7);
        assertThat(whole.inside().counts()).containsExactly(5, 1);
        assertThat(whole.outside().counts()).containsExactly(1, 5);
        assertThat(sevens.inside().counts()).containsExactly(whole.inside().counts());
        assertThat(sevens.outside().counts()).containsExactly(whole.outside().counts());
        CaseSplitQuantiles quantiles = CaseSplitQuantiles.of(old, "x");
        CaseSplitQuantiles.Split q = scan(training, quantiles, 5);
        assertThat(q.inside().quantile(0)).isEqualTo(10);
        assertThat(q.inside().count()).isEqualTo(6);
        assertThat(q.outside().quantile(1)).isEqualTo(6);

        CaseSplitQuantiles.State state = quantiles.newState();
        quantiles.update(state, training.asBatch());
        CaseSplitQuantiles.State back = quantiles.codec().fromBytes(quantiles.codec().toBytes(state));
        assertThat(quantiles.codec().toBytes(back)).isEqualTo(quantiles.codec().toBytes(state));
        CaseSplitCounts.State c = counts.newState();
        counts.update(c, training.asBatch());
        assertThat(counts.codec().toBytes(counts.codec().fromBytes(counts.codec().toBytes(c))))
                .isEqualTo(counts.codec().toBytes(c));
    }

    @Test
    void declaredRiskAttributesAreTheOnlyAttributesTested() {
        CheckResult r = run(assessment(new CaseSkewCheck()).dataset(DatasetRole.TRAINING, training)
                .cases(List.of(old)).parameter(ID, "minRows", "3")
                .riskAttributes(io.github.tenken.data.RiskAttribute.categorical("colour"),
                        io.github.tenken.data.RiskAttribute.binned("age", 60)), ID);
        // age defines the case; only colour is tested (x is not a risk attribute)
        assertThat(rows(table(r, "pairs"), "case", "attribute")).containsExactly(List.of("old", "colour"));
        assertThat(measure(r, "pairs_tested")).isEqualTo(1);
        // associations of the risk attributes: colour by age bin is the 2x2 table [[5, 1], [1, 5]]: chi2 16/3 over
        // 12 rows, V = sqrt(16 / 3 / 12) = 2/3, at least maxAssociation 0.5: a candidate, reported, not judged
        assertThat(rowsEn(table(r, "associations"), "attribute", "other", "rows", "candidate")).containsExactly(
                List.of("colour", "age", 12L, "yes"));
        assertThat((double) table(r, "associations").cell(0, "cramers_v")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(measure(r, "strong_associations")).isEqualTo(1);
        assertThat(r.status()).isEqualTo(io.github.tenken.check.Status.FAIL); // colour is skewed within the case
    }
}
