package io.github.tenken.checks.stability;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ResultTable;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.model.Trainer;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** The measures, tables, chart and sentence of {@code c2.retraining-spread}, from its runs. */
final class RetrainingReport {

    private static final String ID = RetrainingSpreadCheck.ID;

    private final List<RetrainingRun> runs;
    private final boolean classification;
    private final Trainer trainer;
    private final int trainingRows;
    private final long testRows;

    RetrainingReport(List<RetrainingRun> runs, boolean classification, Trainer trainer, int trainingRows,
                     long testRows) {
        this.runs = List.copyOf(runs);
        this.classification = classification;
        this.trainer = trainer;
        this.trainingRows = trainingRows;
        this.testRows = testRows;
    }

    private MetricSpread spread(RetrainingRun.Kind kind, ToDoubleFunction<TestMetrics> metric) {
        return MetricSpread.of(runs.stream().filter(r -> r.kind() == kind).mapToDouble(r -> metric.applyAsDouble(
                r.metrics())).toArray());
    }

    Outcome outcome(CheckContext ctx) {
        Outcome.Builder out = Outcome.builder();
        ResultTable.Builder summary = ResultTable.builder("spread", Message.of(ID + ".spreadTable"), "metric",
                "varied", "runs", "mean", "standard_deviation", "minimum", "maximum", "range");
        Message sentence;
        if (classification) {
            MetricSpread accSeeds = spread(RetrainingRun.Kind.SEED, TestMetrics::accuracy);
            MetricSpread accFolds = spread(RetrainingRun.Kind.FOLD, TestMetrics::accuracy);
            MetricSpread balSeeds = spread(RetrainingRun.Kind.SEED, TestMetrics::balancedAccuracy);
            MetricSpread balFolds = spread(RetrainingRun.Kind.FOLD, TestMetrics::balancedAccuracy);
            out.measure(RetrainingSpreadCheck.judged(ctx, "metric_spread", Math.max(accSeeds.range(), accFolds.range())))
                    .measure(RetrainingSpreadCheck.judged(ctx, "accuracy_spread", accSeeds.range()))
                    .measure(RetrainingSpreadCheck.judged(ctx, "accuracy_fold_spread", accFolds.range()))
                    .measure(RetrainingSpreadCheck.judged(ctx, "balanced_accuracy_spread", balSeeds.range()))
                    .measure(RetrainingSpreadCheck.judged(ctx, "balanced_accuracy_fold_spread", balFolds.range()))
                    .measure(RetrainingSpreadCheck.judged(ctx, "accuracy_mean", accSeeds.mean()))
                    .measure(RetrainingSpreadCheck.judged(ctx, "accuracy_sd", accSeeds.sd()));
            row(summary, "accuracy", RetrainingRun.Kind.SEED, accSeeds);
            row(summary, "accuracy", RetrainingRun.Kind.FOLD, accFolds);
            row(summary, "balanced_accuracy", RetrainingRun.Kind.SEED, balSeeds);
            row(summary, "balanced_accuracy", RetrainingRun.Kind.FOLD, balFolds);
            sentence = Message.of(ID + ".summary.classification", common(), Arg.share(accSeeds.min()),
                    Arg.share(accSeeds.max()), Arg.share(accSeeds.range()), Arg.share(accFolds.min()),
                    Arg.share(accFolds.max()), Arg.share(accFolds.range()));
        } else {
            MetricSpread seeds = spread(RetrainingRun.Kind.SEED, TestMetrics::rmse);
            MetricSpread folds = spread(RetrainingRun.Kind.FOLD, TestMetrics::rmse);
            out.measure(RetrainingSpreadCheck.judged(ctx, "metric_spread",
                            Math.max(seeds.relativeRange(), folds.relativeRange())))
                    .measure(RetrainingSpreadCheck.judged(ctx, "rmse_relative_spread", seeds.relativeRange()))
                    .measure(RetrainingSpreadCheck.judged(ctx, "rmse_fold_relative_spread", folds.relativeRange()))
                    .measure(ctx.judged("rmse_mean", seeds.mean(), ""))
                    .measure(ctx.judged("rmse_sd", seeds.sd(), ""));
            row(summary, "rmse", RetrainingRun.Kind.SEED, seeds);
            row(summary, "rmse", RetrainingRun.Kind.FOLD, folds);
            sentence = Message.of(ID + ".summary.regression", common(), Arg.num(seeds.min()), Arg.num(seeds.max()),
                    Arg.share(seeds.relativeRange()), Arg.num(folds.min()), Arg.num(folds.max()),
                    Arg.share(folds.relativeRange()));
        }
        out.measure(Measure.of("runs", runs.size(), "models"));
        return out.table(summary.build()).table(runTable()).chart(chart()).explanation(sentence).build();
    }

    /** The trainer, the row counts and the number of runs of each kind, shared by both sentences. */
    private Message common() {
        long seeds = runs.stream().filter(r -> r.kind() == RetrainingRun.Kind.SEED).count();
        return Message.of(ID + ".retrained", Arg.text(trainer.description()), Arg.count(trainingRows),
                Arg.count(seeds), Arg.count(runs.size() - seeds), Arg.count(testRows));
    }

    private static void row(ResultTable.Builder t, String metric, RetrainingRun.Kind kind, MetricSpread s) {
        t.row(metric, kind(kind), (long) s.runs(), s.mean(), Double.isNaN(s.sd()) ? null : s.sd(), s.min(), s.max(),
                s.range());
    }

    private static Message kind(RetrainingRun.Kind kind) {
        return Message.of(kind == RetrainingRun.Kind.SEED ? ID + ".varied.seed" : ID + ".varied.fold");
    }

    private ResultTable runTable() {
        ResultTable.Builder t = classification
                ? ResultTable.builder("runs", Message.of(ID + ".runsTable"), "varied", "run_number", "seed",
                "training_rows", "accuracy", "balanced_accuracy")
                : ResultTable.builder("runs", Message.of(ID + ".runsTable"), "varied", "run_number", "seed",
                "training_rows", "rmse");
        for (RetrainingRun r : runs) {
            if (classification) {
                t.row(kind(r.kind()), (long) r.index() + 1, r.seed(), (long) r.trainingRows(),
                        r.metrics().accuracy(), r.metrics().balancedAccuracy());
            } else {
                t.row(kind(r.kind()), (long) r.index() + 1, r.seed(), (long) r.trainingRows(), r.metrics().rmse());
            }
        }
        return t.build();
    }

    /** The main metric per run: seeds first ({@code s1...}), then folds ({@code f1...}). */
    private Chart chart() {
        List<String> categories = runs.stream().map(r -> (r.kind() == RetrainingRun.Kind.SEED ? "s" : "f")
                + (r.index() + 1)).toList();
        String metric = classification ? "accuracy" : "rmse";
        double[] values = runs.stream().mapToDouble(r -> classification ? r.metrics().accuracy() : r.metrics().rmse())
                .toArray();
        return new Chart("metric-by-run", Message.of(ID + ".chart"), ChartKind.BARS, categories,
                List.of(ChartSeries.of(metric, Message.of("column." + metric), values)),
                Message.of("axis.retrainingRun"), Message.of(classification ? "axis.share" : "axis.rmse"));
    }
}
