package io.github.tenken.checks.software;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.ResultTable;
import io.github.tenken.checks.stability.TableRows;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.engine.TenkenVersion;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.model.Model;

import java.util.Arrays;

/**
 * D-1 latency: the 50th, 95th and 99th percentile of the time the model takes to predict one test row, the rows per
 * second it predicts in a batch, and the environment they were measured in (JVM, operating system, processors, heap,
 * Tenken version, model), for guideline D-1.2a (latency) and D-1.1b (environment recorded).
 *
 * <p>Timings differ from run to run, and a result holding them is no longer reproducible byte for byte (the JSON
 * without timings, the batching invariance): the check measures only when asked, with the parameter
 * {@code enabled = true}, and is not applicable otherwise. Each single row is a one-row table predicted on the
 * calling thread after {@code warmupRows} unmeasured predictions; the batch of {@code batchRows} rows (test rows
 * repeated as needed) is predicted once to warm up, then three times, and the median time counts. The default
 * criterion {@code p99_ms <= 100} is a placeholder for the budget of the system the model serves: set your own.
 */
public final class LatencyCheck implements Check {

    private static final String ID = "d1.latency";
    private static final int BATCH_REPEATS = 3;
    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Prediction latency", InternalCharacteristic.D_1)
            .description("Times single-row predictions (p50, p95, p99) and a batch's throughput, and records the "
                    + "environment: JVM, operating system, processors, heap, Tenken version and model.")
            .items("D-1.2a")
            .needs(Input.TEST_DATA, Input.MODEL)
            .parameters(ParameterSpec.bool("enabled", false, "measure latency (timings differ from run to run, so a "
                            + "result that holds them is not reproducible byte for byte)"),
                    ParameterSpec.integer("rows", 200, 1, 1_000_000, "single-row predictions timed"),
                    ParameterSpec.integer("warmupRows", 50, 0, 1_000_000, "single-row predictions made first, untimed"),
                    ParameterSpec.integer("batchRows", 1_000, 1, 10_000_000, "rows in the batch whose throughput is timed"))
            .criteria("p99_ms <= 100")
            .measures("p50_ms", "p95_ms", "p99_ms", "batch_rows_per_second", "rows")
            .build();

    /** The check with its default parameters. */
    public LatencyCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        Model model = ctx.model().orElseThrow();
        if (!ctx.parameters().getBoolean("enabled") || !model.predictsNewRows()) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable", model.description(),
                    "enabled = true"));
        }
        ctx.needsRows(DatasetRole.TEST);
        return run -> run(run, model);
    }

    private Outcome run(CheckContext ctx, Model model) {
        Table test = ctx.table(DatasetRole.TEST);
        if (test.rowCount() == 0) {
            throw new IllegalArgumentException("the test data " + test.name() + " have no rows to time");
        }
        int rows = ctx.parameters().getInt("rows");
        int warmup = ctx.parameters().getInt("warmupRows");
        Table[] single = new Table[Math.min(test.rowCount(), rows + warmup)];
        for (int i = 0; i < single.length; i++) {
            single[i] = TableRows.select(test, new int[] {i}, test.name());
        }
        for (int i = 0; i < warmup; i++) {
            model.predict(single[i % single.length]);
        }
        double[] ms = new double[rows];
        for (int i = 0; i < rows; i++) {
            Table row = single[(warmup + i) % single.length];
            long t0 = System.nanoTime();
            model.predict(row);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        double perSecond = throughput(model, test, ctx.parameters().getInt("batchRows"));
        double p50 = quantile(ms, 0.50);
        double p95 = quantile(ms, 0.95);
        double p99 = quantile(ms, 0.99);
        return Outcome.builder()
                .measure(ctx.judged("p50_ms", p50, "ms"))
                .measure(ctx.judged("p95_ms", p95, "ms"))
                .measure(ctx.judged("p99_ms", p99, "ms"))
                .measure(ctx.judged("batch_rows_per_second", perSecond, ""))
                .measure(ctx.judged("rows", rows, "rows"))
                .table(environment(model))
                .explanation(Message.of(ID + ".summary", Arg.count(rows), Arg.num(p50), Arg.num(p95), Arg.num(p99),
                        Arg.count(ctx.parameters().getInt("batchRows")), Arg.num(perSecond)))
                .build();
    }

    private static double throughput(Model model, Table test, int batchRows) {
        int[] index = new int[batchRows];
        Arrays.setAll(index, i -> i % test.rowCount());
        Table batch = TableRows.select(test, index, test.name());
        model.predict(batch);
        long[] nanos = new long[BATCH_REPEATS];
        for (int i = 0; i < BATCH_REPEATS; i++) {
            long t0 = System.nanoTime();
            model.predict(batch);
            nanos[i] = Math.max(1, System.nanoTime() - t0);
        }
        Arrays.sort(nanos);
        return batchRows / (nanos[BATCH_REPEATS / 2] / 1e9);
    }

    /** The {@code p}-quantile of sorted values, linear between order statistics (R's type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static ResultTable environment(Model model) {
        Runtime runtime = Runtime.getRuntime();
        return ResultTable.builder("environment", Message.of(ID + ".table.environment"), "property", "value")
                .row("java.version", System.getProperty("java.version"))
                .row("java.vm.name", System.getProperty("java.vm.name"))
                .row("java.vm.version", System.getProperty("java.vm.version"))
                .row("os.name", System.getProperty("os.name"))
                .row("os.version", System.getProperty("os.version"))
                .row("os.arch", System.getProperty("os.arch"))
                .row("availableProcessors", (long) runtime.availableProcessors())
                .row("maxMemoryMiB", runtime.maxMemory() / (1024 * 1024))
                .row("tenken.version", TenkenVersion.get())
                .row("model", model.description())
                .build();
    }
}
