package io.github.tenken.checks.balance;

import io.github.tenken.check.CheckResult;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.samples.SampleData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code b2.representation} on the shipped Adult training data, against pandas ({@code groupby(...).income ==
 * ">50K"}) and the dataset README: Female 1,179 of 10,771 earn over 50K, Male 6,662 of 21,790; by race the lowest
 * rate is Other (25 of 271), the highest Asian-Pac-Islander (276 of 1,039).
 */
class AdultRepresentationTest {

    @Test
    void theDataOwnParityRatioIsTheRaceRatio() {
        Table training = SampleData.adultTraining(new Dictionaries());
        CheckResult r = run(assessment(new RepresentationCheck()).dataset(DatasetRole.TRAINING, training)
                .roles(ColumnRoles.label("income").withSensitive("sex", "race")), "b2.representation");

        assertThat(rows(table(r, "groups"), "attribute", "group", "rows", "positive_rate")).contains(
                List.of("sex", "Male", 21_790L, 6_662.0 / 21_790), List.of("sex", "Female", 10_771L, 1_179.0 / 10_771),
                List.of("race", "Other", 271L, 25.0 / 271));
        // sex: 0.3580225496813511; race: (25 / 271) / (276 / 1039) = 0.34727792930103213, the smaller
        assertThat(measure(r, "base_rate_ratio")).isEqualTo((25.0 / 271) / (276.0 / 1039));
        assertThat(measure(r, "smallest_group_rows")).isEqualTo(271);
    }
}
