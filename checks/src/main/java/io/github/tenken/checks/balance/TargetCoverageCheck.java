package io.github.tenken.checks.balance;

import io.github.tenken.check.Approximation;
import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Stat;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.internal.Formats;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.stats.QuantileSummary;
import io.github.tenken.stats.Quantiles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code b2.target-coverage}: whether the training data hold enough rows across the whole range of a numeric label
 * (guideline B-2.E1 for regression, where {@code b2.class-balance} does not apply). The label's range is cut into
 * {@code bins} bins of equal width between its smallest and largest training value, or at the declared {@code edges};
 * the emptiest bin's rows are judged (default criterion {@code emptiest_bin_rows >= 30}). The counts come from the
 * label's distribution, computed in the one scan of the training data: exact up to the engine's {@code exactUpTo}
 * values, beyond from a KLL sketch whose error the measures carry.
 *
 * <pre>{@code
 * Assessment.builder().check(new TargetCoverageCheck()).parameter("b2.target-coverage", "edges", "0,100,200,350")
 * }</pre>
 */
public final class TargetCoverageCheck implements Check {

    private static final String ID = "b2.target-coverage";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, "Coverage of the target's range",
                    InternalCharacteristic.B_2)
            .description("Cuts the range of a numeric label into bins and counts the training rows in each; a bin "
                    + "with few rows is a part of the range the model has too few examples to learn.")
            .concerns(ExternalCharacteristic.PERFORMANCE, ExternalCharacteristic.FAIRNESS)
            .items("B-2.E1")
            .needs(Input.TRAINING_DATA, Input.LABEL)
            .parameters(
                    ParameterSpec.integer("bins", 10, 1, 1000,
                            "bins of equal width between the smallest and the largest training label"),
                    ParameterSpec.text("edges", "",
                            "the bins' edges instead, ascending, e.g. \"0,100,200,350\": bins [0, 100), [100, 200), "
                                    + "[200, 350]; rows outside are counted apart"))
            .criteria("emptiest_bin_rows >= 30")
            .measures("bins", "emptiest_bin_rows", "min_bin_share", "rows_outside_bins")
            .build();

    /** The check with its default parameters and criterion. */
    public TargetCoverageCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        String label = ctx.roles().label();
        if (ctx.requireSchema(DatasetRole.TRAINING).type(label) != ColumnType.NUMERIC) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable", label));
        }
        double[] declared = edges(ctx.parameters().getString("edges"));
        int bins = ctx.parameters().getInt("bins");
        Stat<QuantileSummary> stat = ctx.stat(DatasetRole.TRAINING, new Quantiles(label, ctx.exactUpTo()));
        return run -> {
            QuantileSummary q = run.get(stat);
            long n = q.count();
            double[] edges = declared.length > 0 ? declared : equalWidth(q.min(), q.max(), bins);
            long[] counts = new long[edges.length - 1];
            long inside = 0;
            for (int b = 0; b < counts.length; b++) {
                boolean last = b == counts.length - 1;
                double upTo = last ? q.cdf(edges[b + 1]) : q.cdfBelow(edges[b + 1]);
                counts[b] = n == 0 ? 0 : Math.round(n * (upTo - q.cdfBelow(edges[b])));
                inside += counts[b];
            }
            int emptiest = 0;
            for (int b = 1; b < counts.length; b++) {
                if (counts[b] < counts[emptiest]) {
                    emptiest = b;
                }
            }
            // a sketch's rank error bounds each cdf; a bin's count is a difference of two
            Approximation approx = q.isExact() ? null : new Approximation(q.method(), 2 * q.rankError() * n);
            Approximation approxShare = q.isExact() ? null : new Approximation(q.method(), 2 * q.rankError());
            double minShare = n == 0 ? 0 : (double) counts[emptiest] / n;
            Outcome.Builder out = Outcome.builder()
                    .measure(run.judge(Measure.of("emptiest_bin_rows", counts[emptiest], "rows")
                            .approximatedBy(approx)))
                    .measure(run.judge(Measure.of("min_bin_share", minShare, "ratio").approximatedBy(approxShare)))
                    .measure(run.judged("bins", counts.length, "bins"))
                    .measure(run.judged("rows_outside_bins", n - inside, "rows"))
                    .table(table(edges, counts, n)).chart(chart(label, edges, counts));
            return out.explanation(Message.of(ID + ".summary", label, Arg.count(counts.length),
                    Arg.num(edges[0]), Arg.num(edges[edges.length - 1]), binLabel(edges, emptiest),
                    Arg.count(counts[emptiest]), Arg.count(n), Arg.share(minShare))).build();
        };
    }

    /** {@code bins + 1} edges of equal width from {@code min} to {@code max}; one bin when they are equal. */
    static double[] equalWidth(double min, double max, int bins) {
        if (!(max > min)) {
            return new double[]{min, max};
        }
        double[] edges = new double[bins + 1];
        for (int b = 0; b < bins; b++) {
            edges[b] = min + b * (max - min) / bins;
        }
        edges[bins] = max;   // exactly the largest value, whatever the rounding above
        return edges;
    }

    private static double[] edges(String text) {
        if (text == null || text.isBlank()) {
            return new double[0];
        }
        double[] edges;
        try {
            edges = Arrays.stream(text.split(",")).map(String::trim).mapToDouble(Double::parseDouble).toArray();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the parameter edges of " + ID + " must be numbers separated by "
                    + "commas, was \"" + text + "\"", e);
        }
        for (int i = 0; i < edges.length; i++) {
            if (!Double.isFinite(edges[i]) || (i > 0 && edges[i] <= edges[i - 1])) {
                throw new IllegalArgumentException("the parameter edges of " + ID + " must be finite and strictly "
                        + "increasing, was \"" + text + "\"");
            }
        }
        if (edges.length < 2) {
            throw new IllegalArgumentException("the parameter edges of " + ID + " needs at least two edges (one bin), "
                    + "was \"" + text + "\"");
        }
        return edges;
    }

    /** {@code [10, 20)}, the last bin closed: {@code [90, 100]}. */
    private static String binLabel(double[] edges, int b) {
        boolean last = b == edges.length - 2;
        return "[" + Formats.number(edges[b]) + ", " + Formats.number(edges[b + 1]) + (last ? "]" : ")");
    }

    private static ResultTable table(double[] edges, long[] counts, long n) {
        ResultTable.Builder t = ResultTable.builder("bins", Message.of(ID + ".table"),
                "bin", "lower", "upper", "rows", "share");
        for (int b = 0; b < counts.length; b++) {
            t.row(binLabel(edges, b), nullIfNaN(edges[b]), nullIfNaN(edges[b + 1]), counts[b],
                    n == 0 ? null : (double) counts[b] / n);
        }
        return t.build();
    }

    private static Chart chart(String label, double[] edges, long[] counts) {
        List<String> bins = new ArrayList<>();
        for (int b = 0; b < counts.length; b++) {
            bins.add(binLabel(edges, b));
        }
        return new Chart("target-bins", Message.of(ID + ".chart", label), ChartKind.BARS, bins,
                List.of(ChartSeries.of("training", Message.of("role.training"),
                        Arrays.stream(counts).asDoubleStream().toArray())),
                Message.literal(label), Message.of("axis.rows"));
    }

    private static Double nullIfNaN(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
