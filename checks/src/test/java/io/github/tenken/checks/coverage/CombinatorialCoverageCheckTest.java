package io.github.tenken.checks.coverage;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.RiskAttribute;
import io.github.tenken.data.Table;
import io.github.tenken.stats.Combinations;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.github.tenken.checks.stats.CheckHarness.assessment;
import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.run;
import static io.github.tenken.checks.stats.CheckHarness.scan;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CombinatorialCoverageCheckTest {

    private static final String ID = "b1.combinatorial-coverage";

    private final CategoryDictionary sexes = CategoryDictionary.of("F", "M");
    private final CategoryDictionary colours = CategoryDictionary.of("red", "blue", "green");
    private final Table training = Table.of("train", List.of(
            CategoricalColumn.of("sex", sexes, "F", "F", "M", "M", "F", "M", null),
            CategoricalColumn.of("colour", colours, "red", "red", "blue", "blue", "blue", null, "red"),
            NumericColumn.of("age", 20, 40, 25, 35, 50, 22, 33)));
    private final Table test = Table.of("test", List.of(
            CategoricalColumn.of("sex", sexes, "M", "F"),
            CategoricalColumn.of("colour", colours, "green", "red"),
            NumericColumn.of("age", 31, 29)));
    private final RiskAttribute[] attributes = {RiskAttribute.categorical("sex"), RiskAttribute.categorical("colour"),
            RiskAttribute.binned("age", 30)};

    @Test
    void countsEveryPairOfLevelsByHand() {
        CheckResult r = run(assessment(new CombinatorialCoverageCheck()).dataset(DatasetRole.TRAINING, training)
                .dataset(DatasetRole.TEST, test).riskAttributes(attributes), ID);

        // sex x colour 2 x 3: F-red 2, F-blue 1, M-blue 2 covered; F-green, M-red, M-green not (green only in test)
        // sex x age 2 x 2: all four covered; colour x age 3 x 2: green in neither bin. 5 of 16 uncovered.
        assertThat(rows(table(r, "subsets"), "attributes", "combinations", "covered_training", "covered_test",
                "test_only")).containsExactly(
                List.of("sex x colour", 6L, 3L, 2L, 1L),
                List.of("sex x age", 4L, 4L, 2L, 0L),
                List.of("colour x age", 6L, 4L, 2L, 1L));
        assertThat(rows(table(r, "uncovered"), "attributes", "combination", "training_rows", "test_rows"))
                .containsExactly(
                        List.of("sex x colour", "F, green", 0L, 0L),
                        List.of("sex x colour", "M, red", 0L, 0L),
                        List.of("sex x colour", "M, green", 0L, 1L),
                        List.of("colour x age", "green, < 30", 0L, 0L),
                        List.of("colour x age", "green, >= 30", 0L, 1L));
        assertThat(measure(r, "uncovered_combinations")).isEqualTo(5);
        assertThat(measure(r, "combinations")).isEqualTo(16);
        assertThat(measure(r, "coverage")).isEqualTo(11.0 / 16);
        assertThat(measure(r, "uncovered_combinations_test")).isEqualTo(10);
        assertThat(measure(r, "test_only_combinations")).isEqualTo(2);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(en(r)).isEqualTo("5 of 16 2-way combinations of the risk attributes have fewer than 1 training "
                + "rows (coverage 68.8%); the first is sex x colour = F, green.");
    }

    @Test
    void threeWayCoverageSpansAllThreeAttributes() {
        CheckResult r = run(assessment(new CombinatorialCoverageCheck()).dataset(DatasetRole.TRAINING, training)
                .riskAttributes(attributes).parameter(ID, "t", "3"), ID);
        // 2 x 2 x 2 (green is in no dataset here, so colour has two levels): F-red-<30, F-red->=30, M-blue-<30,
        // M-blue->=30, F-blue->=30 seen; 3 of 8 not
        assertThat(rows(table(r, "subsets"), "attributes", "combinations", "covered_training")).containsExactly(
                List.of("sex x colour x age", 8L, 5L));
        assertThat(measure(r, "uncovered_combinations")).isEqualTo(3);
    }

    @Test
    void tooFewAttributesIsNotApplicableAndWrongTypesAreErrorsThatSayWhatToDo() {
        CheckResult one = run(assessment(new CombinatorialCoverageCheck()).dataset(DatasetRole.TRAINING, training)
                .riskAttributes(RiskAttribute.categorical("sex")), ID);
        assertThat(one.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(one)).startsWith("Not applicable: 2-way coverage needs at least 2 declared risk attributes, "
                + "and 1 are declared.");
        CheckResult unbinned = run(assessment(new CombinatorialCoverageCheck()).dataset(DatasetRole.TRAINING, training)
                .riskAttributes(RiskAttribute.categorical("sex"), RiskAttribute.categorical("age")), ID);
        assertThat(unbinned.status()).isEqualTo(Status.ERROR);
        assertThat(unbinned.error()).contains("the risk attribute \"age\" is numeric in train; declare edges");
        assertThatThrownBy(() -> RiskAttribute.binned("age", 30, 20)).hasMessage(
                "edges of the risk attribute \"age\" must be finite and strictly increasing, got [30.0, 20.0]");
    }

    @Test
    void theAnalyzerIsTheSameInBatchesOfOneAndThroughItsCodec() {
        Combinations c = new Combinations(List.of(attributes), 2);
        Combinations.Counts whole = scan(training, c, 100);
        Combinations.Counts ones = scan(training, c, 1);
        assertThat(ones).isEqualTo(whole);
        assertThat(whole.subsets().get(0).rows()).isEqualTo(Map.of(
                List.of("F", "red"), 2L, List.of("M", "blue"), 2L, List.of("F", "blue"), 1L));
        Combinations.State s = c.newState();
        c.update(s, training.asBatch());
        assertThat(c.codec().toBytes(c.codec().fromBytes(c.codec().toBytes(s)))).isEqualTo(c.codec().toBytes(s));
        assertThat(Arrays.asList(RiskAttribute.binned("x", 1, 2).bin(0.5), RiskAttribute.binned("x", 1, 2).bin(1),
                RiskAttribute.binned("x", 1, 2).bin(2.5))).containsExactly(0, 1, 2);
    }
}
