package io.github.tenken.checks.coverage;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.Condition;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Risk;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.result.Action;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.ItemReason;
import io.github.tenken.result.ItemResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.ja;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rowsEn;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

class RiskTraceabilityCheckTest {

    private static final String ID = "a2.risk-traceability";
    private static final String[] COLUMNS = {"risk", "cause", "attributes", "case", "link", "training_rows",
            "test_rows", "status"};

    private final CategoryDictionary sex = CategoryDictionary.of("F", "M");
    private final CategoryDictionary light = CategoryDictionary.of("day", "night");

    // training: F at ages 20, 65, 70; M at 30, 40, 50, 66; all by day
    private final Table training = Table.of("train", List.of(
            CategoricalColumn.of("sex", sex, "F", "F", "F", "M", "M", "M", "M"),
            NumericColumn.of("age", 20, 65, 70, 30, 40, 50, 66),
            CategoricalColumn.of("light", light, "day", "day", "day", "day", "day", "day", "day")));
    // test: F at 61; M at 30, 70
    private final Table test = Table.of("test", List.of(
            CategoricalColumn.of("sex", sex, "F", "M", "M"),
            NumericColumn.of("age", 61, 30, 70),
            CategoricalColumn.of("light", light, "day", "day", "day")));

    private final Risk olderWomen = Risk.of("R1", "under-represented older women", "sex", "age");
    private final Risk darkness = Risk.of("R2", "poor lighting at night", "light");
    private final Risk unknown = Risk.of("R3", "sensor drift", "sensor_age");
    private final CaseDefinition women60 = CaseDefinition.of("older women",
            Condition.equalTo("sex", "F"), Condition.between("age", 60, Double.POSITIVE_INFINITY));
    private final CaseDefinition night = CaseDefinition.of("night", Condition.equalTo("light", "night"));
    private final CaseDefinition youngMen = CaseDefinition.of("young men", Condition.between("age", 0, 35))
            .covering("R3");

    @Test
    void tracesEachRiskToItsCasesAndRowsByHand() {
        // R1 reads sex and age: "older women" (training 65, 70 -> 2; test 61 -> 1) and "young men" (reads age:
        // training 20, 30 -> 2; test 30 -> 1) -> traced. R2 reads light: "night" has 0 rows -> untraced.
        // R3's attribute is no column, but "young men" names it -> traced.
        AssessmentResult result = assessment(new RiskTraceabilityCheck(), new CaseCoverageCheck())
                .risk(olderWomen).risk(darkness).risk(Risk.of("R3", "sensor drift"))
                .cases(List.of(women60, night, youngMen))
                .parameter("b1.case-coverage", "minRows", "1")
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test).build().run();
        CheckResult r = result.check(ID).orElseThrow();
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(measure(r, "untraced_risks")).isEqualTo(1);
        assertThat(measure(r, "risks_without_case")).isZero();
        assertThat(measure(r, "risks_recorded")).isEqualTo(3);
        assertThat(rowsEn(table(r, "risks"), COLUMNS)).containsExactly(
                List.of("R1", "under-represented older women", "sex, age", "older women",
                        "its conditions read sex, age", 2L, 1L, "covered"),
                List.of("R1", "under-represented older women", "sex, age", "young men", "its conditions read age",
                        2L, 1L, "covered"),
                List.of("R2", "poor lighting at night", "light", "night", "its conditions read light", 0L, 0L,
                        "no rows"),
                List.of("R3", "sensor drift", "", "young men", "the case names the risk", 2L, 1L, "covered"));
        assertThat(en(r)).isEqualTo("1 of 3 recorded risks have no declared case with rows: R2.");
        assertThat(ja(r.explanation()))
                .isEqualTo("記録された 3 件のリスクのうち 1 件に、行を持つ宣言されたケースがありません: R2。");

        // b1.case-coverage passes A-2.1a's rows per case, but the untraced risk keeps A-2.1a unmet
        assertThat(result.check("b1.case-coverage").orElseThrow().status()).isEqualTo(Status.FAIL);
        ItemResult a21a = result.characteristic(InternalCharacteristic.A_2).items().get(0);
        assertThat(a21a.itemId()).isEqualTo("A-2.1a");
        assertThat(a21a.isSatisfied()).isFalse();
    }

    @Test
    void aRiskNoCaseCoversFailsAndKeepsA21aUnmetThroughTheAssessment() {
        // every case has rows, b1.case-coverage passes; R2 has no case -> A-2.1a unmet for that reason alone
        AssessmentResult result = assessment(new RiskTraceabilityCheck(), new CaseCoverageCheck())
                .risk(olderWomen).risk(darkness)
                .cases(List.of(women60))
                .parameter("b1.case-coverage", "minRows", "1")
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test).build().run();
        assertThat(result.check("b1.case-coverage").orElseThrow().status()).isEqualTo(Status.PASS);
        CheckResult r = result.check(ID).orElseThrow();
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(measure(r, "risks_without_case")).isEqualTo(1);
        assertThat(rowsEn(table(r, "risks"), COLUMNS).get(1)).containsExactly("R2", "poor lighting at night",
                "light", null, null, null, null, "no case covers it");
        ItemResult a21a = result.characteristic(InternalCharacteristic.A_2).items().get(0);
        assertThat(a21a.reason()).isEqualTo(ItemReason.RISK_WITHOUT_CASE);
        Action cover = result.characteristic(InternalCharacteristic.A_2).actions().stream()
                .filter(a -> a.itemId().equals("A-2.1a")).findFirst().orElseThrow();
        assertThat(cover.kind()).isEqualTo(Action.Kind.COVER_RISK);
        assertThat(en(cover.text())).isEqualTo("declare a case for every recorded risk and collect rows for it: "
                + "1 of 2 recorded risks have no declared case with rows: R2.");
    }

    @Test
    void everyRiskCoveredWithRowsPassesAndTrainingOnlyNeedsTrainingRows() {
        CheckResult r = run(assessment(new RiskTraceabilityCheck()).risk(olderWomen).cases(List.of(women60))
                .dataset(DatasetRole.TRAINING, training), ID);
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(rowsEn(table(r, "risks"), COLUMNS)).containsExactly(java.util.Arrays.asList("R1",
                "under-represented older women", "sex, age", "older women", "its conditions read sex, age", 2L,
                null, "covered"));
        assertThat(en(r)).isEqualTo("All 1 recorded risk is covered by declared cases with rows.");
    }

    @Test
    void withoutRisksItIsNotApplicable() {
        CheckResult r = run(assessment(new RiskTraceabilityCheck()).cases(List.of(women60))
                .dataset(DatasetRole.TRAINING, training), ID);
        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(r)).isEqualTo("Not applicable: no risks are recorded (A-1.1a) to trace to declared cases.");
    }

    @Test
    void aCaseNamingAnUndeclaredRiskIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assessment(new RiskTraceabilityCheck())
                        .risk(olderWomen).cases(List.of(youngMen)).dataset(DatasetRole.TRAINING, training).build())
                .hasMessage("case \"young men\" covers risk R3, which is not declared; declared risks are [R1]");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assessment(new RiskTraceabilityCheck())
                        .risk(unknown).dataset(DatasetRole.TRAINING, training).build())
                .hasMessageStartingWith("attribute of risk R3: column \"sensor_age\" not found in training data train");
    }
}
