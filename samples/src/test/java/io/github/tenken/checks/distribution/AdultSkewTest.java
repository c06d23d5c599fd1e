package io.github.tenken.checks.distribution;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.Condition;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.samples.SampleData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.contentHash;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code b1.skew} on the shipped Adult training data: within "women of 60 and over", marital status and working
 * hours differ strongly from the rest (widows; part-time), against values from an independent pandas/scipy script
 * ({@code chi2_contingency(crosstab(marital-status, inside), correction=False)}, {@code ks_2samp}).
 */
class AdultSkewTest {

    @Test
    void olderWomenAreMoreOftenWidowedAndWorkFewerHoursThanTheRest() {
        Table training = SampleData.adultTraining(new Dictionaries());
        String before = contentHash(training);
        CaseDefinition olderWomen = CaseDefinition.of("older women", Condition.equalTo("sex", "Female"),
                Condition.between("age", 60, Double.POSITIVE_INFINITY));
        CheckResult r = run(assessment(new CaseSkewCheck()).roles(ColumnRoles.label("income").withIgnored("fnlwgt"))
                .dataset(DatasetRole.TRAINING, training).cases(List.of(olderWomen)), "b1.skew");

        var pairs = table(r, "pairs");
        int marital = pairs.rowWhere("attribute", "marital-status").map(pairs.rows()::indexOf).orElseThrow();
        int hours = pairs.rowWhere("attribute", "hours-per-week").map(pairs.rows()::indexOf).orElseThrow();
        // scipy: 821 rows inside, 31,740 outside; Cramér's V 0.45599236503919793; KS D 0.351446166976354
        assertThat(pairs.cell(marital, "rows_inside")).isEqualTo(821L);
        assertThat(pairs.cell(marital, "rows_outside")).isEqualTo(31_740L);
        assertThat((double) pairs.cell(marital, "effect")).isCloseTo(0.45599236503919793, within(1e-9));
        assertThat((double) pairs.cell(hours, "effect")).isCloseTo(0.351446166976354, within(1e-12));
        // sex and age define the case; the label and fnlwgt are not attributes: 11 pairs remain
        assertThat(pairs.rows()).hasSize(11);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        // associations (B-1.3a) of the categorical features and the label, scipy chi2_contingency without correction:
        // relationship by sex V 0.6490003367665137 (a candidate: "Husband" is male), sex by income 0.21598015058403633
        var assoc = table(r, "associations");
        int relationship = assoc.rows().indexOf(assoc.rows().stream()
                .filter(row -> row.get(0).equals("relationship") && row.get(1).equals("sex")).findFirst().orElseThrow());
        int sexIncome = assoc.rows().indexOf(assoc.rows().stream()
                .filter(row -> row.get(0).equals("sex") && row.get(1).equals("income")).findFirst().orElseThrow());
        assertThat((double) assoc.cell(relationship, "cramers_v")).isCloseTo(0.6490003367665137, within(1e-9));
        assertThat((double) assoc.cell(sexIncome, "cramers_v")).isCloseTo(0.21598015058403633, within(1e-9));
        assertThat(assoc.rows()).hasSize(36);     // 8 categorical features and the label: 9 choose 2
        assertThat(contentHash(training)).isEqualTo(before);
    }
}
