package io.github.tenken.checks;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.checks.stats.CheckHarness;
import io.github.tenken.engine.CheckCatalog;
import io.github.tenken.result.AssessmentResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every built-in check gives the same result whether the datasets are scanned in batches of 7 rows or in the
 * default batches of 65,536 (one batch here): same status, same sentence, equal measures (value, interval,
 * criterion, approximation), tables and charts. Record equality compares every double bit for bit, which is
 * stricter than equal JSON. d1.latency is the exception: its timings differ from run to run, so only its status and
 * the names of its measures are compared.
 */
class BatchingInvarianceTest {

    @ParameterizedTest(name = "regressor = {0}")
    @ValueSource(booleans = {false, true})
    void batchesOfSevenRowsGiveTheResultsOfOneBatch(boolean regressor) {
        CatalogueFixture fixture = new CatalogueFixture();
        AssessmentResult sevens = fixture.assessment(regressor).batchRows(7).build().run();
        AssessmentResult whole = fixture.assessment(regressor).build().run();
        CheckHarness.assertStrictAndFused(sevens);
        CheckHarness.assertStrictAndFused(whole);

        // the datasets were really cut: 150 training rows in 22 batches of at most 7
        assertThat(sevens.scans()).allSatisfy(s -> assertThat(s.rows()).isGreaterThan(7));
        assertThat(sevens.checks()).hasSize(CheckCatalog.load().size());
        for (CheckResult a : sevens.checks()) {
            CheckResult b = whole.check(a.checkId()).orElseThrow();
            assertThat(a.status()).as("status of %s: %s", a.checkId(), a.error()).isNotEqualTo(Status.ERROR);
            assertThat(a.status()).as("status of %s", a.checkId()).isEqualTo(b.status());
            if (a.checkId().equals("d1.latency")) {
                assertThat(a.measures()).extracting(m -> m.name()).isEqualTo(b.measures().stream().map(m -> m.name())
                        .toList());
                continue;
            }
            assertThat(a.explanation()).as("explanation of %s", a.checkId()).isEqualTo(b.explanation());
            assertThat(a.measures()).as("measures of %s", a.checkId()).isEqualTo(b.measures());
            assertThat(a.tables()).as("tables of %s", a.checkId()).isEqualTo(b.tables());
            assertThat(a.charts()).as("charts of %s", a.checkId()).isEqualTo(b.charts());
        }
        // and what they compared is not empty: the fixture has gaps, repeats, conflicts and drift
        assertThat(measure(sevens, "b3.missing-values", "max_missing_share")).isPositive();
        assertThat(measure(sevens, "b3.duplicates", "duplicate_rows_training")).isPositive();
        // a numeric target conflicts beyond a tolerance of 5: the repeated rows keep their target, so none does
        if (regressor) {
            assertThat(measure(sevens, "b3.label-conflicts", "conflicting_groups")).isZero();
        } else {
            assertThat(measure(sevens, "b3.label-conflicts", "conflicting_groups")).isPositive();
        }
        assertThat(measure(sevens, "e1.operation-drift", "drifted_columns")).isPositive();
        assertThat(measure(sevens, "b1.case-coverage", "cases_assessed")).isGreaterThan(3);
        assertThat(measure(sevens, "b3.constraints", "violated_rules")).isGreaterThan(3);
        // the rule loses to the label oracle on the test data, and equals itself
        assertThat(measure(sevens, "e1.regression-gate", "worse_metrics")).isEqualTo(regressor ? 0 : 4);
        assertThat(measure(sevens, "e1.performance-over-time", "windows")).isEqualTo(regressor ? 3 : 2);
        // the fixture reaches every check: only the model checks of the other kind are not applicable
        // (and d1.round-trip: the rule cannot be stored)
        List<String> notApplicable = regressor
                ? List.of("b2.class-balance", "b2.representation", "c1.classification",
                "fairness.group-parity", "d1.round-trip")  // a numeric label
                : List.of("c1.regression", "fairness.regression", "b2.target-coverage",   // a categorical label
                "d1.round-trip");
        assertThat(sevens.checks()).filteredOn(c -> c.status() == Status.NOT_APPLICABLE)
                .extracting(CheckResult::checkId).containsExactlyInAnyOrderElementsOf(notApplicable);
    }

    private static double measure(AssessmentResult result, String check, String measure) {
        return CheckHarness.measure(result.check(check).orElseThrow(), measure);
    }
}
