package io.github.tenken.checks.integrity;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.samples.SampleData;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.result.AssessmentResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.assertStrictAndFused;
import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.contentHash;
import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The three B-3 checks together on the shipped UCI Adult data, against the facts the dataset README records. */
class AdultIntegrityTest {

    private static Table training;
    private static Table test;
    private static AssessmentResult result;
    private static String hashesBefore;

    @BeforeAll
    static void assessAdult() {
        Dictionaries dictionaries = new Dictionaries();
        training = SampleData.adultTraining(dictionaries);
        test = SampleData.adultTest(dictionaries);
        hashesBefore = contentHash(training) + contentHash(test);
        result = assessment(new MissingValuesCheck(), new DuplicatesCheck(), new LabelConflictsCheck())
                .roles(ColumnRoles.label(SampleData.ADULT_LABEL))
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test)
                .build().run();
    }

    @Test
    void threeChecksShareOneFusedPassPerDatasetAndChangeNothing() {
        assertStrictAndFused(result);
        assertThat(result.scans()).hasSize(2);
        assertThat(contentHash(training) + contentHash(test)).isEqualTo(hashesBefore);
    }

    @Test
    void missingValuesMatchTheReadme() {
        CheckResult r = result.check("b3.missing-values").orElseThrow();
        // '?' in workclass 1,836 / 963, occupation 1,843 / 966, native-country 583 / 274 (train / test)
        assertThat(rows(table(r, "per-column"), "column", "dataset", "missing", "share"))
                .filteredOn(row -> (Long) row.get(2) > 0).containsExactly(
                List.of("workclass", "training", 1836L, 1836.0 / 32561),
                List.of("occupation", "training", 1843L, 1843.0 / 32561),
                List.of("native-country", "training", 583L, 583.0 / 32561),
                List.of("workclass", "test", 963L, 963.0 / 16281),
                List.of("occupation", "test", 966L, 966.0 / 16281),
                List.of("native-country", "test", 274L, 274.0 / 16281));
        assertThat(measure(r, "rows_with_missing")).isEqualTo(2399);
        assertThat(rows(table(r, "rows-with-missing"), "dataset", "rows", "rows_with_missing", "share"))
                .containsExactly(List.of("training", 32561L, 2399L, 2399.0 / 32561),
                        List.of("test", 16281L, 1221L, 1221.0 / 16281));
        // occupation in the test data: 966 / 16,281 = 5.9% > 5%
        assertThat(measure(r, "max_missing_share")).isCloseTo(966.0 / 16281, within(1e-15));
        assertThat(r.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void duplicatesAndLeakageMatchTheReadme() {
        CheckResult r = result.check("b3.duplicates").orElseThrow();
        assertThat(measure(r, "duplicate_rows_training")).isEqualTo(24);
        assertThat(measure(r, "duplicate_rows_test")).isEqualTo(5);
        assertThat(measure(r, "leaked_test_rows")).isEqualTo(23);
        assertThat(measure(r, "leaked_distinct_rows")).isEqualTo(23);
        assertThat(measure(r, "leaked_test_share")).isCloseTo(23.0 / 16281, within(1e-15));
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(en(r)).isEqualTo("24 of 32,561 training rows (0.1%) duplicate an earlier row, 5 of "
                + "16,281 test rows do; 23 test rows (0.1%) also occur in the training data.");
    }

    @Test
    void oneGroupOfIdenticalInputsCarriesBothLabels() {
        // the 39-year-old white male craft-repair husband with fnlwgt 138192 appears once with each label
        CheckResult r = result.check("b3.label-conflicts").orElseThrow();
        assertThat(measure(r, "conflicting_groups")).isEqualTo(1);
        assertThat(measure(r, "conflicting_rows")).isEqualTo(2);
        assertThat(measure(r, "conflicting_rows_test")).isEqualTo(2);
        assertThat(r.status()).isEqualTo(Status.PASS);
    }
}
