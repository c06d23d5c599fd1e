package io.github.tenken.checks.software;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.checks.model.FunctionModel;
import io.github.tenken.checks.stats.CheckHarness;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

/** d1.invalid-input on a model whose answer to each hostile value is known. */
class InvalidInputCheckTest {

    private final CategoryDictionary ab = CategoryDictionary.of("a", "b");
    private final Table test = Table.of("test", List.of(NumericColumn.of("x", 2, 4, 6, 8),
            CategoricalColumn.of("g", ab, "a", "b", "a", "b"),
            NumericColumn.of("unused", 1, 1, 1, 1),
            NumericColumn.of("y", 2, 5, 4, 9)));

    /**
     * {@code x / 2 + (g == "a" ? 1 : 2)}, reading x and g only: NaN for a missing x (returned, not refused),
     * infinite for an infinite x, a NullPointerException for a missing g, an IllegalArgumentException for an
     * unknown g.
     */
    private static final class Sloppy implements Model {
        @Override
        public ModelKind kind() {
            return ModelKind.REGRESSION;
        }

        @Override
        public List<String> classes() {
            return List.of();
        }

        @Override
        public List<String> features() {
            return List.of("x", "g");
        }

        @Override
        public Predictions predict(Table table) {
            double[] v = new double[table.rowCount()];
            for (int i = 0; i < v.length; i++) {
                String g = table.categorical("g").text(i);
                double offset = switch (g) {      // a missing g (null) throws a NullPointerException
                    case "a" -> 1;
                    case "b" -> 2;
                    default -> throw new IllegalArgumentException("unknown g: " + g);
                };
                v[i] = table.numeric("x").get(i) / 2 + offset;
            }
            return Predictions.regression(v);
        }

        @Override
        public String description() {
            return "sloppy";
        }
    }

    @Test
    void recordsEachProbeAndCountsNaNInfinityAndUnexpectedExceptionsAsUnsafe() {
        int dictionarySize = ab.size();
        String before = CheckHarness.contentHash(test);
        CheckResult r = CheckHarness.run(CheckHarness.assessment(new InvalidInputCheck()).roles(ColumnRoles.label("y"))
                .parameter("d1.invalid-input", "rows", "2")
                .model(new Sloppy()).dataset(DatasetRole.TEST, test), "d1.invalid-input");

        // x: NaN -> NaN (unsafe); +-1e308 -> +-5e307 + offset (finite, safe); +-Infinity -> +-Infinity (unsafe)
        // g: missing -> NullPointerException (unsafe); unseen -> IllegalArgumentException (rejected, safe)
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(measure(r, "probes")).isEqualTo(7);
        assertThat(measure(r, "unsafe_outputs")).isEqualTo(4);
        assertThat(measure(r, "rejected_inputs")).isEqualTo(1);
        assertThat(CheckHarness.rowsEn(table(r, "probes"), "feature", "probe", "safe")).containsExactly(
                List.of("x", "missing", false),
                List.of("x", "1e308", true),
                List.of("x", "-1e308", true),
                List.of("x", "Infinity", false),
                List.of("x", "-Infinity", false),
                List.of("g", "missing", false),
                List.of("g", "unseen category \"__tenken_unseen__\"", true));
        List<Object> outcomes = rows(table(r, "probes"), "outcome").stream().map(row -> row.get(0)).toList();
        assertThat(outcomes.get(0)).isEqualTo("NaN; NaN");
        assertThat((String) outcomes.get(5)).startsWith("java.lang.NullPointerException");
        assertThat(outcomes.get(6)).isEqualTo("java.lang.IllegalArgumentException: unknown g: __tenken_unseen__");
        assertThat(en(r)).isEqualTo("7 hostile inputs on 2 features (each on the first 2 test rows): 4 gave an "
                + "unsafe answer (a NaN or infinite prediction, invalid probabilities, or an exception other than "
                + "IllegalArgumentException) and 1 was rejected with IllegalArgumentException.");
        // the test data and their shared dictionary are unchanged
        assertThat(CheckHarness.contentHash(test)).isEqualTo(before);
        assertThat(ab.size()).isEqualTo(dictionarySize);
    }

    @Test
    void invalidProbabilitiesAreUnsafeAndEveryFeatureColumnIsProbedWhenTheModelNamesNone() {
        Model careless = new Model() {
            @Override
            public ModelKind kind() {
                return ModelKind.CLASSIFICATION;
            }

            @Override
            public List<String> classes() {
                return List.of("no", "yes");
            }

            @Override
            public Predictions predict(Table table) {
                double[][] p = new double[table.rowCount()][];
                for (int i = 0; i < p.length; i++) {
                    double x = table.numeric("x").get(i);
                    p[i] = Double.isNaN(x) ? new double[] {Double.NaN, Double.NaN} : new double[] {0.5, 0.5};
                }
                return Predictions.classification(classes(), new int[p.length], p);
            }

            @Override
            public String description() {
                return "careless";
            }
        };
        CheckResult r = CheckHarness.run(CheckHarness.assessment(new InvalidInputCheck()).roles(ColumnRoles.label("y"))
                .model(careless).dataset(DatasetRole.TEST, test).batchRows(7), "d1.invalid-input");
        // features x, g, unused: 5 + 2 + 5 probes; only x = NaN gives NaN probabilities
        assertThat(measure(r, "probes")).isEqualTo(12);
        assertThat(measure(r, "unsafe_outputs")).isEqualTo(1);
        assertThat(rows(table(r, "probes"), "outcome").get(0).get(0)).isEqualTo("no (p = NaN); no (p = NaN); no (p = NaN)");
    }

    @Test
    void aSafeModelPasses() {
        Model careful = FunctionModel.regressor(row -> {
            double x = row.number("x");
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("x must be a finite number, was " + x);
            }
            return Math.min(1e6, Math.max(-1e6, x));
        });
        CheckResult r = CheckHarness.run(CheckHarness.assessment(new InvalidInputCheck()).roles(ColumnRoles.label("y")
                        .withIgnored("unused", "g")).model(careful).dataset(DatasetRole.TEST, test), "d1.invalid-input");
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(measure(r, "unsafe_outputs")).isZero();
        assertThat(measure(r, "rejected_inputs")).isEqualTo(3);
        assertThat(Arrays.asList(measure(r, "probes"))).containsExactly(5.0);
    }
}
