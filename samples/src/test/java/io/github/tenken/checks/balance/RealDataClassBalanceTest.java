package io.github.tenken.checks.balance;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.CsvTableReader;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.samples.SampleData;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.contentHash;
import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Class balance on the shipped Adult data and on red wine quality, against the dataset README's counts. */
class RealDataClassBalanceTest {

    @Test
    void adultIsImbalancedThreeToOneWhichPasses() {
        Dictionaries dictionaries = new Dictionaries();
        Table training = SampleData.adultTraining(dictionaries);
        Table test = SampleData.adultTest(dictionaries);
        String before = contentHash(training) + contentHash(test);
        CheckResult r = run(assessment(new ClassBalanceCheck()).roles(ColumnRoles.label("income"))
                .dataset(DatasetRole.TRAINING, training).dataset(DatasetRole.TEST, test), "b2.class-balance");

        // train 24,720 / 7,841; test 12,435 / 3,846
        assertThat(measure(r, "minority_share")).isCloseTo(7841.0 / 32561, within(1e-15));
        assertThat(measure(r, "minority_share")).isCloseTo(0.2408, within(5e-5));
        assertThat(measure(r, "imbalance_ratio")).isCloseTo(24720.0 / 7841, within(1e-12));
        assertThat(measure(r, "minority_share_test")).isCloseTo(3846.0 / 16281, within(1e-15));
        assertThat(measure(r, "classes")).isEqualTo(2);
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(rows(table(r, "classes"), "class", "training_rows", "training_share", "test_rows", "test_share"))
                .containsExactly(
                List.of("<=50K", 24720L, 24720.0 / 32561, 12435L, 12435.0 / 16281),
                List.of(">50K", 7841L, 7841.0 / 32561, 3846L, 3846.0 / 16281));
        assertThat(en(r)).isEqualTo("The smallest training class, income = >50K, has 7,841 of 32,561 rows "
                + "(24.1%); the largest class is 3.1527 times as large.");
        assertThat(contentHash(training) + contentHash(test)).isEqualTo(before);
    }

    @Test
    void redWineQualityHasARareClassThatFails() throws IOException {
        // quality 3/4/5/6/7/8 = 10/53/681/638/199/18: minority 10/1,599, ratio 681/10
        Table red;
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/datasets/winequality-red.csv.gz"))) {
            red = CsvTableReader.read("winequality-red.csv", in,
                    CsvOptions.builder().delimiter(';').categorical("quality").build(), new Dictionaries());
        }
        CheckResult r = run(assessment(new ClassBalanceCheck()).roles(ColumnRoles.label("quality"))
                .dataset(DatasetRole.TRAINING, red), "b2.class-balance");
        assertThat(measure(r, "classes")).isEqualTo(6);
        assertThat(measure(r, "minority_share")).isCloseTo(10.0 / 1599, within(1e-15));
        assertThat(measure(r, "imbalance_ratio")).isCloseTo(68.1, within(1e-12));
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.charts().get(0).series().get(0).values()).containsExactlyInAnyOrder(10.0, 53.0, 681.0, 638.0,
                199.0, 18.0);
    }
}
