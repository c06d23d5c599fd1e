package io.github.tenken.checks.distribution;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.ExpectedShares;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExpectedDistributionCheckTest {

    private static final String ID = "b1.expected-distribution";

    private final CategoryDictionary colours = CategoryDictionary.of("red", "green", "blue", "yellow");
    // training: red 6, green 3, blue 1, 2 missing -> 10 present rows
    private final Table training = Table.of("train", List.of(
            CategoricalColumn.of("colour", colours, "red", "red", "green", "red", null, "blue", "red", "green",
                    "red", null, "green", "red"),
            NumericColumn.of("x", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)));
    // test: red 1, green 2, yellow 1
    private final Table test = Table.of("test", List.of(
            CategoricalColumn.of("colour", colours, "green", "red", "yellow", "green"),
            NumericColumn.of("x", 1, 2, 3, 4)));

    private static ExpectedShares redHalfGreenFourTenths() {
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("red", 0.5);
        shares.put("green", 0.4);
        return new ExpectedShares("colour", shares);
    }

    @Test
    void comparesEveryValueWithItsExpectedShareByHand() {
        CheckResult r = run(assessment(new ExpectedDistributionCheck()).dataset(DatasetRole.TRAINING, training)
                .dataset(DatasetRole.TEST, test).expect(redHalfGreenFourTenths()), ID);

        // training: expected rows 5, 4, 1 (other = 0.1) vs 6, 3, 1: chi2 = 1/5 + 1/4 = 0.45 (scipy: p 0.798516)
        // test: expected 2, 1.6, 0.4 vs 1, 2, 1: chi2 = 0.5 + 0.1 + 0.9 = 1.5 (scipy: p 0.472367); red is 0.25 off
        assertThat(rows(table(r, "columns"), "dataset", "column", "rows")).containsExactly(
                List.of("training", "colour", 10L), List.of("test", "colour", 4L));
        List<List<Object>> stats = rows(table(r, "columns"), "chi_square", "p_value", "total_variation");
        assertThat((double) stats.get(0).get(0)).isCloseTo(0.45, within(1e-12));
        assertThat((double) stats.get(0).get(1)).isCloseTo(0.798516218759377, within(1e-9));
        assertThat((double) stats.get(0).get(2)).isCloseTo(0.1, within(1e-12));
        assertThat((double) stats.get(1).get(0)).isCloseTo(1.5, within(1e-12));
        assertThat((double) stats.get(1).get(1)).isCloseTo(0.4723665527410149, within(1e-9));
        assertThat((double) stats.get(1).get(2)).isCloseTo(0.25, within(1e-12));
        assertThat(rows(table(r, "cells"), "dataset", "value", "expected_share", "rows")).containsExactly(
                List.of("training", "red", 0.5, 6L), List.of("training", "green", 0.4, 3L),
                List.of("training", "(other)", 0.09999999999999998, 1L),
                List.of("test", "red", 0.5, 1L), List.of("test", "green", 0.4, 2L),
                List.of("test", "(other)", 0.09999999999999998, 1L));

        assertThat(measure(r, "max_share_deviation")).isCloseTo(0.25, within(1e-12));
        assertThat(measure(r, "min_p_value")).isCloseTo(0.4723665527410149, within(1e-9));
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(en(r)).isEqualTo("The largest deviation is in colour (test): \"red\" takes 25.0% of the "
                + "rows where 50.0% is expected; total variation distance 25.0%, chi-square p = 0.4724.");
    }

    @Test
    void aValueTheSharesLeaveNoRoomForMakesTheExpectationImpossible() {
        // red 0.6 + green 0.4 = 1: blue (1 row) cannot occur -> p = 0, its residual has no finite value
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("red", 0.6);
        shares.put("green", 0.4);
        CheckResult r = run(assessment(new ExpectedDistributionCheck()).dataset(DatasetRole.TRAINING, training)
                .expect(new ExpectedShares("colour", shares)), ID);

        assertThat(rows(table(r, "cells"), "value", "expected_share", "observed_share", "residual"))
                .containsExactly(List.of("red", 0.6, 0.6, 0.0), List.of("green", 0.4, 0.3, -0.5),
                        java.util.Arrays.asList("(other)", 0.0, 0.1, null));
        assertThat(measure(r, "min_p_value")).isZero();
        assertThat(measure(r, "max_share_deviation")).isCloseTo(0.1, within(1e-12));
        assertThat(r.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void withoutDeclaredSharesItIsNotApplicableAndSaysHowToDeclareThem() {
        CheckResult r = run(assessment(new ExpectedDistributionCheck()).dataset(DatasetRole.TRAINING, training), ID);
        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(r)).startsWith("Not applicable: no expected shares were declared.")
                .contains("\"expected\": {\"sex\": {\"Female\": 0.5, \"Male\": 0.5}}");
    }

    @Test
    void aNumericOrUnknownColumnIsAnErrorThatSaysWhatToDo() {
        CheckResult numeric = run(assessment(new ExpectedDistributionCheck()).dataset(DatasetRole.TRAINING, training)
                .expect(new ExpectedShares("x", Map.of("1", 0.5))), ID);
        assertThat(numeric.status()).isEqualTo(Status.ERROR);
        assertThat(numeric.error()).contains("expected shares need a categorical column, but \"x\" is numeric in train");
        CheckResult unknown = run(assessment(new ExpectedDistributionCheck()).dataset(DatasetRole.TRAINING, training)
                .expect(new ExpectedShares("color", Map.of("red", 0.5))), ID);
        assertThat(unknown.error()).contains("the column \"color\", which train does not have; its columns are "
                + "[colour, x]");
    }

    @Test
    void sharesOutsideZeroToOneOrSummingAboveOneAreRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ExpectedShares("c", Map.of("a", 0.7, "b", 0.4)))
                .hasMessage("expected shares of \"c\" sum to 1.1; they may sum to at most 1 (the rest goes to the "
                        + "values not named)");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ExpectedShares("c", Map.of("a", -0.1)))
                .hasMessage("expected share of \"c\" = a is -0.1; expected a share from 0 to 1");
        assertThat(new ExpectedShares("c", Map.of("b", 0.2, "a", 0.1, "c", 0.7)).shares().keySet())
                .containsExactly("a", "b", "c");
    }

    @Test
    void aCaseWithAnExpectedShareIsComparedWithItsShareOfAllRows() {
        // red: 6 of the 12 training rows (the two with a missing colour count among all rows): 0.5 against 0.3
        CheckResult r = run(assessment(new ExpectedDistributionCheck()).dataset(DatasetRole.TRAINING, training)
                .cases(List.of(io.github.tenken.data.CaseDefinition.of("red things",
                        io.github.tenken.data.Condition.equalTo("colour", "red"))))
                .expectCase("red things", 0.3), ID);
        assertThat(rows(table(r, "cases"), "dataset", "case", "rows", "expected_share", "observed_share")).containsExactly(
                List.of("training", "red things", 6L, 0.3, 0.5));
        assertThat(measure(r, "max_share_deviation")).isCloseTo(0.2, within(1e-12));
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(en(r)).isEqualTo("The largest deviation is the case red things (training): it takes 50.0% of the "
                + "rows where 30.0% is expected.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> assessment(new ExpectedDistributionCheck())
                        .dataset(DatasetRole.TRAINING, training).expectCase("blue things", 0.3).build())
                .hasMessage("an expected share is given for the case \"blue things\", which is not declared; "
                        + "declared cases are []");
    }
}
