package io.github.tenken.checks.stability;

import io.github.tenken.check.Status;
import io.github.tenken.checks.correctness.CheckRun;
import io.github.tenken.checks.correctness.ClassificationPerformanceCheck;
import io.github.tenken.checks.correctness.RegressionPerformanceCheck;
import io.github.tenken.checks.fairness.GroupParityCheck;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.result.AssessmentResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every model check of an assessment reads the same predictions: the model predicts each dataset once. */
class SharedPredictionsTest {

    private static Table table(String name, int n) {
        double[] x = IntStream.range(0, n).mapToDouble(i -> i - n / 2.0 + 0.5).toArray();
        String[] y = IntStream.range(0, n).mapToObj(i -> i % 4 == 0 ? "neg" : x[i] > 0 ? "pos" : "neg")
                .toArray(String[]::new);
        String[] sex = IntStream.range(0, n).mapToObj(i -> i % 2 == 0 ? "F" : "M").toArray(String[]::new);
        return Table.of(name, List.of(NumericColumn.of("x", x), NumericColumn.of("target", x),
                CategoricalColumn.of("sex", new CategoryDictionary(), sex),
                CategoricalColumn.of("y", new CategoryDictionary(), y)));
    }

    @Test
    void aClassifierPredictsTheTestDataOnceForThreeChecks() {
        RecordingModel model = RecordingModel.classifier();

        AssessmentResult result = CheckRun.with().data(DatasetRole.TRAINING, table("training", 400))
                .test(table("test", 400)).roles(ColumnRoles.label("y").withSensitive("sex").withIgnored("target"))
                .model(model)
                .run(new ClassificationPerformanceCheck(), new GroupParityCheck(), new PerturbationCheck(),
                        new RegressionPerformanceCheck());

        assertThat(model.calls("test")).isEqualTo(1);
        assertThat(model.calls("training")).isZero();
        assertThat(result.checks()).extracting(r -> r.status()).doesNotContain(Status.ERROR);
        assertThat(result.check("c1.regression").orElseThrow().status()).isEqualTo(Status.NOT_APPLICABLE);
        // the perturbed copies are the only other tables predicted: x and sex are the features (the model does
        // not declare what it reads), perturbed together at epsilon and at the five other levels, then one by one
        assertThat(model.seen()).hasSize(1 + 1 + 5 + 2);
        assertThat(model.seen().subList(1, model.seen().size())).allMatch(t -> t.name().startsWith("test (sample)"));
    }

    @Test
    void aRegressorPredictsTheTestDataOnceForTwoChecks() {
        RecordingModel model = RecordingModel.regressor();

        AssessmentResult result = CheckRun.with().test(table("test", 300))
                .roles(ColumnRoles.label("target").withIgnored("y")).model(model)
                .run(new RegressionPerformanceCheck(), new PerturbationCheck(), new ClassificationPerformanceCheck());

        assertThat(model.calls("test")).isEqualTo(1);
        assertThat(result.check("c1.regression").orElseThrow().measure("rmse").orElseThrow().value()).isZero();
        assertThat(result.check("c1.classification").orElseThrow().status()).isEqualTo(Status.NOT_APPLICABLE);
    }
}
