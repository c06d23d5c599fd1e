package io.github.tenken.checks.stability;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Measure;
import io.github.tenken.checks.stats.CheckHarness;
import io.github.tenken.check.Status;
import io.github.tenken.checks.correctness.CheckRun;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PerturbationCheckTest {

    private static final String ID = "c2.perturbation";
    private final PerturbationCheck check = new PerturbationCheck();

    /** {@code n} rows: id 0..n-1 (ignored), x spread around 0 with step {@code step}, a category, a label. */
    private static Table table(String name, int n, double step) {
        double[] id = IntStream.range(0, n).asDoubleStream().toArray();
        double[] x = IntStream.range(0, n).mapToDouble(i -> (i - n / 2) * step).toArray();
        String[] g = IntStream.range(0, n).mapToObj(i -> i % 3 == 0 ? "u" : "v").toArray(String[]::new);
        String[] y = IntStream.range(0, n).mapToObj(i -> x[i] > 0 ? "pos" : "neg").toArray(String[]::new);
        return Table.of(name, List.of(NumericColumn.of("id", id), NumericColumn.of("x", x),
                CategoricalColumn.of("g", new CategoryDictionary(), g), CategoricalColumn.of("y", new CategoryDictionary(), y)));
    }

    private static final ColumnRoles ROLES = ColumnRoles.label("y").withIgnored("id");

    @Test
    void theFlipRateIsTheShareOfSampledRowsWhosePredictedClassChangedWithItsWilsonInterval() {
        Table test = table("test", 500, 0.01);
        double[] before = test.numeric("x").copyValues();
        RecordingModel model = RecordingModel.classifier().reading("x");

        CheckResult r = CheckRun.with().test(test).roles(ROLES).model(model).parameter(ID, "maxRows", "200")
                .parameter(ID, "epsilon", "0.1").runOne(check);

        // the test data were predicted once by the engine; then the perturbed samples: all features at epsilon (0.1,
        // also a level of the sweep), the five other levels, and x alone
        assertThat(model.calls("test")).isEqualTo(1);
        assertThat(model.seen()).hasSize(1 + 1 + 5 + 1);
        Table all = model.seenEndingWith("all at 0.1");
        assertThat(all.rowCount()).isEqualTo(200);
        // independent count: rows whose sign of x differs from the original row's (found by its untouched id)
        int flips = 0;
        double[] ids = all.numeric("id").copyValues();
        for (int i = 0; i < all.rowCount(); i++) {
            double original = before[(int) ids[i]];
            flips += (all.numeric("x").get(i) > 0) != (original > 0) ? 1 : 0;
            assertThat(all.categorical("g").code(i)).isEqualTo(test.categorical("g").code((int) ids[i]));
        }
        assertThat(flips).isPositive();
        Measure flipRate = r.measure("flip_rate").orElseThrow();
        assertThat(flipRate.value()).isEqualTo(flips / 200.0);
        assertThat(r.measure("flip_rate.x").orElseThrow().value()).isEqualTo(flips / 200.0);
        // Wilson's score interval by hand
        double z = 1.959963984540054;
        double p = flips / 200.0;
        double centre = (p + z * z / 400) / (1 + z * z / 200);
        double half = z / (1 + z * z / 200) * Math.sqrt(p * (1 - p) / 200 + z * z / (4 * 200.0 * 200));
        assertThat(flipRate.interval().lower()).isCloseTo(centre - half, within(1e-12));
        assertThat(flipRate.interval().upper()).isCloseTo(centre + half, within(1e-12));
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        // the original is unchanged, and no other column was perturbed
        assertThat(test.numeric("x").copyValues()).isEqualTo(before);
        assertThat(r.measures().stream().map(m -> m.name())).containsExactly("flip_rate", "max_stable_noise",
                "flip_rate.x", "rows", "perturbed_features");
        assertThat(en(r)).contains("changed " + io.github.tenken.internal.Formats.share(p) + " (95% CI ")
                .endsWith(" Only the columns the model reads were perturbed: x.");
    }

    @Test
    void theNoiseIsEpsilonTimesTheTrainingStandardDeviation() {
        Table training = table("training", 1000, 0.1);   // x std = 0.1 * sd(0..999) = 28.88
        Table test = table("test", 1000, 0.001);
        double trainingStd = 0.1 * Math.sqrt(1000.0 * 1001 / 12);
        RecordingModel model = RecordingModel.classifier();

        CheckResult r = CheckRun.with().data(DatasetRole.TRAINING, training).test(test).roles(ROLES).model(model)
                .parameter(ID, "maxRows", "1000").runOne(check);

        assertThat((Double) CheckHarness.table(r, "features").cell(0, "standard_deviation")).isCloseTo(trainingStd, within(1e-9));
        assertThat(CheckHarness.table(r, "features").cell(0, "std_of")).isEqualTo("training");
        assertThat((Double) CheckHarness.table(r, "features").cell(0, "noise_standard_deviation"))
                .isCloseTo(0.05 * trainingStd, within(1e-9));
        Table all = model.seenEndingWith("all at 0.05");
        double[] x = all.numeric("x").copyValues();
        double[] noise = IntStream.range(0, x.length).mapToDouble(i -> x[i] - test.numeric("x").get(i)).toArray();
        double mean = Arrays.stream(noise).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(noise).map(v -> (v - mean) * (v - mean)).sum() / (noise.length - 1));
        assertThat(sd).isCloseTo(0.05 * trainingStd, within(0.05 * 0.05 * trainingStd));
        // the test x lies within +-0.5, noise sd 1.44: about half the signs change
        assertThat(r.measure("flip_rate").orElseThrow().value()).isBetween(0.3, 0.6);
        assertThat(r.status()).isEqualTo(Status.FAIL);
    }

    @Test
    void anIdentifierColumnOfTheTestDataIsCarriedIntoTheSample() {
        // 300 rows, 100 sampled: the sample must keep every column of the test data, the identifier too
        Table test = table("test", 300, 0.01);
        String[] ids = IntStream.range(0, 300).mapToObj(i -> "row-" + i).toArray(String[]::new);
        List<io.github.tenken.data.Column> columns = new java.util.ArrayList<>(test.columns());
        columns.add(IdentifierColumn.of("row_id", ids));
        Table withIds = Table.of("test", columns);
        RecordingModel model = RecordingModel.classifier();

        CheckResult r = CheckRun.with().test(withIds).roles(ROLES).model(model).parameter(ID, "maxRows", "100")
                .runOne(check);

        assertThat(r.status()).as("%s: %s", r.status(), r.error()).isIn(Status.PASS, Status.FAIL);
        Table sample = model.seen().get(1);
        assertThat(sample.rowCount()).isEqualTo(100);
        for (int i = 0; i < sample.rowCount(); i++) {
            int row = (int) sample.numeric("id").get(i);
            assertThat(sample.column("row_id").valueHash(i)).isEqualTo(withIds.column("row_id").valueHash(row));
        }
    }

    @Test
    void noNoiseChangesNothing() {
        CheckResult r = CheckRun.with().test(table("test", 300, 0.01)).roles(ROLES).model(RecordingModel.classifier())
                .parameter(ID, "epsilon", "0").runOne(check);

        assertThat(r.measure("flip_rate").orElseThrow().value()).isEqualTo(0.0);
        assertThat(r.status()).isEqualTo(Status.PASS);
    }

    @Test
    void farFromTheBoundaryNothingFlipsAndTheCheckPasses() {
        // x = +-(1000 + i): noise of 0.05 sd (about 60) never crosses 0
        int n = 400;
        double[] x = IntStream.range(0, n).mapToDouble(i -> (i % 2 == 0 ? 1 : -1) * (1000 + i)).toArray();
        Table test = Table.of("test", List.of(NumericColumn.of("x", x)));

        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.none()).model(RecordingModel.classifier())
                .parameter(ID, "levels", "0.05, 0.01").runOne(check);

        assertThat(r.measure("flip_rate").orElseThrow().value()).isEqualTo(0.0);
        assertThat(r.status()).isEqualTo(Status.PASS);
        // 0 of 400: Wilson's upper bound is z^2 / (400 + z^2) = 0.95%, shown "1.0%"
        assertThat(en(r)).isEqualTo("At noise level 0.05, perturbing 1 feature (1 numeric with Gaussian noise of "
                + "0.05 standard deviations) changed 0% (95% CI 0%-1.0%) of the predictions for 400 test rows; "
                + "alone, x changes most (0%). Over the sweep, the largest noise level up to which every flip rate "
                + "meets flip_rate <= 0.05 is 0.05. The model does not say which columns it reads, so every feature "
                + "column was perturbed.");
        assertThat(r.measure("max_stable_noise").orElseThrow().value()).isEqualTo(0.05);
    }

    @Test
    void aRegressorMovesByEpsilonTimesTheMeanAbsoluteNormal() {
        // predictions = x, so the change is the noise: mean |N(0, 0.05 sd)| / sd = 0.05 sqrt(2 / pi) = 0.0399
        CheckResult r = CheckRun.with().test(table("test", 2000, 1)).roles(ROLES).model(RecordingModel.regressor())
                .runOne(check);

        assertThat(r.measure("mean_abs_change").orElseThrow().value())
                .isCloseTo(0.05 * Math.sqrt(2 / Math.PI), within(0.003));
        // a flip is a move above 0.1 sd: |N(0, 0.05)| > 0.1 has probability 2 (1 - Phi(2)) = 0.0455
        assertThat(r.measure("flip_rate").orElseThrow().value()).isCloseTo(0.0455, within(0.015));
    }

    @Test
    void theSameSeedGivesTheSameMeasuresAndAnotherSeedOtherNoise() {
        Table test = table("test", 3000, 0.01);
        CheckRun run = CheckRun.with().test(test).roles(ROLES).parameter(ID, "epsilon", "0.2");

        CheckResult first = run.seed(3).model(RecordingModel.classifier()).runOne(check);
        CheckResult again = run.seed(3).model(RecordingModel.classifier()).runOne(check);
        CheckResult other = run.seed(4).model(RecordingModel.classifier()).runOne(check);

        assertThat(again.measures()).isEqualTo(first.measures());
        assertThat(other.measures()).isNotEqualTo(first.measures());
        assertThat(first.measure("rows").orElseThrow().value()).isEqualTo(2000);
    }

    @Test
    void aModelThatReadsNoPerturbableColumnIsNotApplicableNeverAPass() {
        Table test = Table.of("test", List.of(IdentifierColumn.of("person", "p1", "p2", "p3"),
                NumericColumn.of("x", 1, 2, 3), CategoricalColumn.of("y", new CategoryDictionary(), "a", "b", "a")));
        RecordingModel model = RecordingModel.classifier();

        CheckResult declared = CheckRun.with().test(test).roles(ColumnRoles.label("y")).model(model.reading("person"))
                .runOne(check);
        CheckResult undeclared = CheckRun.with().test(test).roles(ColumnRoles.label("y").withIgnored("x"))
                .model(model).runOne(check);

        assertThat(declared.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(declared)).isEqualTo("Not applicable: the model reads person, none of which is a numeric or "
                + "categorical column of the test data that could be perturbed.");
        assertThat(undeclared.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(undeclared)).isEqualTo("Not applicable: the test data have no numeric or categorical feature "
                + "to perturb.");
    }

    @Test
    void featuresWithoutVariationLeaveNothingToPerturb() {
        Table test = Table.of("test", List.of(NumericColumn.of("x", 2, 2, 2),
                CategoricalColumn.of("g", new CategoryDictionary(), "a", "a", "a")));

        CheckResult r = CheckRun.with().test(test).roles(ColumnRoles.none()).model(RecordingModel.classifier())
                .runOne(check);

        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(r)).startsWith("Not applicable: no feature the model reads varies in the test data");
    }

    @Test
    void aModelThatOnlyReplaysItsPredictionsIsNotApplicable() {
        Table test = table("test", 50, 0.01);
        RecordingModel inner = RecordingModel.classifier();
        io.github.tenken.model.Model replaying = new io.github.tenken.model.Model() {
            @Override
            public io.github.tenken.model.ModelKind kind() {
                return inner.kind();
            }

            @Override
            public List<String> classes() {
                return inner.classes();
            }

            @Override
            public io.github.tenken.model.Predictions predict(Table table) {
                return inner.predict(table);
            }

            @Override
            public String description() {
                return "predictions file p.csv";
            }

            @Override
            public boolean predictsNewRows() {
                return false;
            }
        };
        CheckResult r = CheckRun.with().test(test).roles(ROLES).model(replaying).runOne(check);
        assertThat(r.status()).isEqualTo(io.github.tenken.check.Status.NOT_APPLICABLE);
        assertThat(en(r)).isEqualTo("Not applicable: the model (predictions file p.csv) only gives the "
                + "predictions it was read with, so perturbed rows cannot be predicted.");
        assertThat(inner.seen()).isEmpty();
    }
}
