package io.github.tenken.checks.software;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.checks.model.FunctionModel;
import io.github.tenken.checks.stats.CheckHarness;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.engine.TenkenVersion;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.measure;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static io.github.tenken.checks.stats.CheckHarness.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * d1.latency: off unless asked for; when on, its measures and environment are there and ordered. No assertion on
 * how long anything takes (timings belong to benchmarks): the criterion is set far beyond any run.
 */
class LatencyCheckTest {

    private static final Table TEST = Table.of("test", List.of(NumericColumn.of("x", 1, 2, 3),
            NumericColumn.of("y", 1, 2, 3)));

    @Test
    void isNotApplicableUnlessEnabledSoThatResultsStayReproducible() {
        CheckResult r = CheckHarness.run(CheckHarness.assessment(new LatencyCheck()).roles(ColumnRoles.label("y"))
                .model(FunctionModel.regressor(row -> row.number("x")).describedAs("identity"))
                .dataset(DatasetRole.TEST, TEST), "d1.latency");
        assertThat(r.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(en(r)).isEqualTo("Not applicable: latency is measured only when asked for, with the parameter "
                + "enabled = true (timings differ from run to run), and only of a model that predicts new rows; the "
                + "model is identity.");
    }

    @Test
    void measuresPercentilesThroughputAndTheEnvironment() {
        CheckResult r = CheckHarness.run(CheckHarness.assessment(new LatencyCheck()).roles(ColumnRoles.label("y"))
                .model(FunctionModel.regressor(row -> row.number("x")).describedAs("identity"))
                .parameter("d1.latency", "enabled", "true").parameter("d1.latency", "rows", "25")
                .parameter("d1.latency", "warmupRows", "5").parameter("d1.latency", "batchRows", "10")
                .criterion("d1.latency", "p99_ms <= 1000000")
                .dataset(DatasetRole.TEST, TEST), "d1.latency");
        assertThat(r.status()).isEqualTo(Status.PASS);
        assertThat(measure(r, "rows")).isEqualTo(25);
        assertThat(measure(r, "p50_ms")).isPositive().isLessThanOrEqualTo(measure(r, "p95_ms"));
        assertThat(measure(r, "p95_ms")).isLessThanOrEqualTo(measure(r, "p99_ms"));
        assertThat(measure(r, "batch_rows_per_second")).isPositive();
        assertThat(rows(table(r, "environment"), "property")).extracting(row -> row.get(0)).containsExactly(
                "java.version", "java.vm.name", "java.vm.version", "os.name", "os.version", "os.arch",
                "availableProcessors", "maxMemoryMiB", "tenken.version", "model");
        assertThat(table(r, "environment").rowWhere("property", "java.version").orElseThrow().get(1))
                .isEqualTo(System.getProperty("java.version"));
        assertThat(table(r, "environment").rowWhere("property", "tenken.version").orElseThrow().get(1))
                .isEqualTo(TenkenVersion.get());
        assertThat(table(r, "environment").rowWhere("property", "availableProcessors").orElseThrow().get(1))
                .isEqualTo((long) Runtime.getRuntime().availableProcessors());
        assertThat(en(r)).startsWith("Over 25 single-row predictions the latency is ").contains("a batch of 10 rows");
    }

    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
        assertThat(LatencyCheck.quantile(sorted, 0.5)).isEqualTo(6);
        assertThat(LatencyCheck.quantile(sorted, 0.95)).isEqualTo(10.5);
        assertThat(LatencyCheck.quantile(sorted, 0.99)).isEqualTo(10.9, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(LatencyCheck.quantile(new double[] {4}, 0.99)).isEqualTo(4);
    }
}
