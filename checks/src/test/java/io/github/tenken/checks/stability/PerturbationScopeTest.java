package io.github.tenken.checks.stability;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.checks.correctness.CheckRun;
import io.github.tenken.checks.stats.CheckHarness;
import io.github.tenken.checks.model.FunctionModel;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.Column;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * c2.perturbation perturbs only the columns the model reads: numeric ones with noise, categorical ones by value
 * swaps; columns it does not read, identifiers and the label are never touched (the issue: a model of three
 * categorical columns was "stable" because only five numeric columns it never reads were perturbed).
 */
class PerturbationScopeTest {

    private static final String ID = "c2.perturbation";
    private static final List<String> CLASSES = List.of("neg", "pos");

    /** {@code n} rows: id, five numeric columns n1..n5, categorical c1..c3 cycling over a, b, c, and a label. */
    private static Table table(int n) {
        List<Column> columns = new ArrayList<>();
        columns.add(IdentifierColumn.of("id", IntStream.range(0, n).mapToObj(i -> "r" + i).toArray(String[]::new)));
        for (int k = 1; k <= 5; k++) {
            int step = k;
            columns.add(NumericColumn.of("n" + k, IntStream.range(0, n).mapToDouble(i -> (i * step) % 97).toArray()));
        }
        String[] abc = {"a", "b", "c"};
        for (int k = 1; k <= 3; k++) {
            int shift = k;
            columns.add(CategoricalColumn.of("c" + k, new CategoryDictionary(),
                    IntStream.range(0, n).mapToObj(i -> abc[(i / shift) % 3]).toArray(String[]::new)));
        }
        columns.add(CategoricalColumn.of("y", new CategoryDictionary(),
                IntStream.range(0, n).mapToObj(i -> i % 2 == 0 ? "pos" : "neg").toArray(String[]::new)));
        return Table.of("test", columns);
    }

    @Test
    void aModelOfOneCategoricalColumnSeesItsValuesSwappedAtRateEpsilonAndNothingElseChanges() {
        int n = 3000;
        Table test = table(n);
        ReadingModel model = ReadingModel.of(FunctionModel.classifier(CLASSES,
                row -> "a".equals(row.text("c1")) ? "pos" : "neg"), "c1");

        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.label("y")).model(model)
                .parameter(ID, "maxRows", "3000").parameter(ID, "epsilon", "0.2").runOne(check());

        Table perturbed = model.seenEndingWith("all at 0.2");
        CategoricalColumn before = test.categorical("c1");
        CategoricalColumn after = perturbed.categorical("c1");
        int swapped = 0;
        int flips = 0;
        for (int i = 0; i < n; i++) {
            if (after.code(i) != before.code(i)) {
                swapped++;
                assertThat(after.text(i)).isIn("a", "b", "c");
            }
            // independent count: the rule's answer before and after
            flips += "a".equals(before.text(i)) != "a".equals(after.text(i)) ? 1 : 0;
        }
        // each row is swapped with probability 0.2: 600 expected, binomial sd 21.9; four sd either side
        assertThat(swapped).isBetween(600 - 88, 600 + 88);
        assertThat(r.measure("flip_rate").orElseThrow().value()).isEqualTo(flips / (double) n);
        // a row of a always flips when swapped, a row of b or c when it becomes a (half the time): 0.2 (1/3 + 2/3 x
        // 1/2) = 2/15 = 0.133; the draw's sd is sqrt(0.133 x 0.867 / 3000) = 0.0062
        assertThat(flips / (double) n).isCloseTo(2 / 15.0, within(0.025));
        assertThat(r.status()).isEqualTo(Status.FAIL);
        // nothing the model does not read changed, in any table it was shown
        for (Table seen : model.seen().subList(1, model.seen().size())) {
            for (Column c : test.columns()) {
                if (!c.name().equals("c1")) {
                    for (int i = 0; i < n; i += 97) {
                        assertThat(seen.column(c.name()).valueHash(i)).as("%s row %d of %s", c.name(), i, seen.name())
                                .isEqualTo(c.valueHash(i));
                    }
                }
            }
        }
        assertThat(rows(CheckHarness.table(r, "features"), "feature", "type", "observed_values"))
                .containsExactly(List.of("c1", "categorical", 3L));
        assertThat(en(r)).contains("perturbing 1 feature (1 categorical with each value swapped with probability 0.2)")
                .endsWith("Only the columns the model reads were perturbed: c1.");
    }

    @Test
    void theIssuesModelOfThreeCategoricalColumnsIsNoLongerStableByPerturbingColumnsItNeverReads() {
        Table test = table(2000);
        ReadingModel model = ReadingModel.of(FunctionModel.classifier(CLASSES, row -> "a".equals(row.text("c1"))
                || "b".equals(row.text("c2")) && !"c".equals(row.text("c3")) ? "pos" : "neg"), "c1", "c2", "c3");

        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.label("y")).model(model).runOne(check());

        assertThat(r.measure("perturbed_features").orElseThrow().value()).isEqualTo(3);
        assertThat(r.measures().stream().map(m -> m.name())).contains("flip_rate.c1", "flip_rate.c2", "flip_rate.c3")
                .noneMatch(m -> m.startsWith("flip_rate.n"));
        assertThat(r.measure("flip_rate").orElseThrow().value()).isPositive();
        for (Table seen : model.seen().subList(1, model.seen().size())) {
            for (int k = 1; k <= 5; k++) {
                // 2,000 rows, at most 2,000 sampled: the sample is the test data in order
                assertThat(seen.numeric("n" + k).copyValues()).isEqualTo(test.numeric("n" + k).copyValues());
            }
        }
    }

    @Test
    void aModelOfOneNumericColumnIgnoresNoiseElsewhere() {
        // the model reads n1 only; n2..n5 and c1..c3 are features too, but it never reads them
        Table test = table(1000);
        ReadingModel model = ReadingModel.of(FunctionModel.classifier(CLASSES,
                row -> row.number("n1") > 48 ? "pos" : "neg"), "n1");

        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.label("y")).model(model)
                .parameter(ID, "maxRows", "1000").runOne(check());

        assertThat(rows(CheckHarness.table(r, "features"), "feature")).containsExactly(List.of("n1"));
        Table perturbed = model.seenEndingWith("all at 0.05");
        assertThat(perturbed.numeric("n1").copyValues()).isNotEqualTo(test.numeric("n1").copyValues());
        for (String untouched : List.of("n2", "n3", "n4", "n5")) {
            assertThat(perturbed.numeric(untouched).copyValues()).isEqualTo(test.numeric(untouched).copyValues());
        }
        for (String untouched : List.of("c1", "c2", "c3", "y")) {
            assertThat(perturbed.categorical(untouched).copyCodes()).isEqualTo(test.categorical(untouched).copyCodes());
        }
    }

    @Test
    void theSameSeedSwapsTheSameValues() {
        Table test = table(600);
        ReadingModel first = ReadingModel.of(FunctionModel.classifier(CLASSES,
                row -> "a".equals(row.text("c2")) ? "pos" : "neg"), "c2");
        ReadingModel again = ReadingModel.of(FunctionModel.classifier(CLASSES,
                row -> "a".equals(row.text("c2")) ? "pos" : "neg"), "c2");
        CheckRun run = CheckRun.with().test(test).roles(ColumnRoles.label("y")).seed(11);

        CheckResult a = run.model(first).runOne(check());
        CheckResult b = run.model(again).runOne(check());

        assertThat(b.measures()).isEqualTo(a.measures());
        assertThat(again.seenEndingWith("all at 0.5").categorical("c2").copyCodes())
                .isEqualTo(first.seenEndingWith("all at 0.5").categorical("c2").copyCodes());
    }

    private static PerturbationCheck check() {
        return new PerturbationCheck();
    }
}
