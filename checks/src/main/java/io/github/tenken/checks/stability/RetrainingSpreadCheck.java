package io.github.tenken.checks.stability;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.data.Column;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.model.Model;
import io.github.tenken.model.Predictions;
import io.github.tenken.model.Trainer;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * {@code c2.retraining-spread} (C-2.1a): how much the model's test metric depends on the luck of training. The
 * declared {@link Trainer} retrains the model {@code seeds} times on the whole training data, with seeds
 * {@code s, s + 1, ...} (s the check's seed), and {@code folds} times with seed {@code s}, each time on the training
 * data without one of {@code folds} seeded folds; every model is evaluated on the test data (accuracy and balanced
 * accuracy, or RMSE for a numeric label). The spread is the range (maximum - minimum) over the seeds and over the
 * folds, relative to the mean for RMSE; {@code metric_spread}, the larger of the two for the main metric, is judged
 * (default {@code metric_spread <= 0.05}). Without a trainer the check is not applicable.
 *
 * <pre>{@code
 * Assessment.builder()...trainer((training, roles, seed) -> MyPipeline.fit(training, roles.label(), seed))
 * }</pre>
 */
public final class RetrainingSpreadCheck implements Check {

    static final String ID = "c2.retraining-spread";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Metric spread over retraining seeds and folds", InternalCharacteristic.C_2)
            .description("Retrains the model with the declared trainer on the training data with several seeds and "
                    + "on k folds, evaluates each model on the test data, and measures how far its metric spreads.")
            .items("C-2.1a")
            .needs(Input.TRAINING_DATA, Input.TEST_DATA, Input.LABEL)
            .parameters(
                    ParameterSpec.integer("folds", 5, 2, 50, "folds of the training data, each left out once"),
                    ParameterSpec.integer("seeds", 5, 2, 100, "seeds the model is retrained with on all training data"))
            .criteria("metric_spread <= 0.05")
            .measures("runs", "metric_spread", "accuracy_spread", "accuracy_fold_spread", "balanced_accuracy_spread",
                    "balanced_accuracy_fold_spread", "accuracy_mean", "accuracy_sd", "rmse_relative_spread",
                    "rmse_fold_relative_spread", "rmse_mean", "rmse_sd")
            .build();

    /** The check with its defaults: 5 seeds, 5 folds, criterion {@code metric_spread <= 0.05}. */
    public RetrainingSpreadCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        if (ctx.trainer().isEmpty()) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable.noTrainer"));
        }
        Trainer trainer = ctx.trainer().get();
        String label = ctx.roles().labelColumn().orElseThrow();
        ColumnType type = ctx.requireSchema(DatasetRole.TEST).type(label);
        ctx.needsRows(DatasetRole.TRAINING);
        ctx.needsRows(DatasetRole.TEST);
        return run -> run(run, trainer, label, type == ColumnType.CATEGORICAL);
    }

    private Outcome run(CheckContext ctx, Trainer trainer, String label, boolean classification) {
        Table training = ctx.table(DatasetRole.TRAINING);
        Table test = ctx.table(DatasetRole.TEST);
        Column truth = test.column(label);
        int folds = ctx.parameters().getInt("folds");
        int seeds = ctx.parameters().getInt("seeds");
        long labelled = IntStream.range(0, truth.size()).filter(r -> !truth.isMissing(r)).count();
        if (training.rowCount() < 2L * folds || labelled == 0) {
            return Outcome.notApplicable(Message.of(ID + ".notApplicable.tooFew", Arg.count(training.rowCount()),
                    Arg.count(folds), Arg.count(labelled)));
        }
        List<RetrainingRun> runs = new ArrayList<>();
        for (int i = 0; i < seeds; i++) {
            long seed = ctx.seed() + i;
            runs.add(evaluate(trainer, training, ctx, seed, RetrainingRun.Kind.SEED, i, truth));
        }
        int[] fold = TableRows.folds(training.rowCount(), folds, new SplittableRandom(ctx.seed()));
        for (int k = 0; k < folds; k++) {
            Table part = TableRows.select(training, TableRows.outsideFold(fold, k),
                    training.name() + " without fold " + (k + 1) + " of " + folds);
            runs.add(evaluate(trainer, part, ctx, ctx.seed(), RetrainingRun.Kind.FOLD, k, truth));
        }
        return new RetrainingReport(runs, classification, trainer, training.rowCount(), labelled)
                .outcome(ctx);
    }

    private static RetrainingRun evaluate(Trainer trainer, Table training, CheckContext ctx, long seed,
                                          RetrainingRun.Kind kind, int index, Column truth) {
        Model model = trainer.train(training, ctx.roles(), seed);
        if (model == null) {
            throw new IllegalStateException("trainer " + trainer.description() + " returned no model for seed " + seed);
        }
        Table test = ctx.table(DatasetRole.TEST);
        Predictions p = model.predict(test);
        if (p.size() != test.rowCount()) {
            throw new IllegalStateException("the model trained by " + trainer.description() + " gave " + p.size()
                    + " predictions for " + test.rowCount() + " test rows");
        }
        return new RetrainingRun(kind, index, seed, training.rowCount(), TestMetrics.of(p, truth));
    }

    /** A measure judged by the criterion in force for it, if any. */
    static Measure judged(CheckContext ctx, String name, double value) {
        return ctx.judged(name, value, "ratio");
    }
}
