package io.github.tenken.smile.checks;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.ResultTable;
import io.github.tenken.checks.stability.TableRows;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Schema;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.model.Predictions;
import io.github.tenken.smile.RandomForestTrainer;
import io.github.tenken.smile.SmileClassifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code b3.label-noise}: labels that a model trained without them confidently contradicts (guideline B-3.2b:
 * tolerated label noise stated and measured). The labelled training rows with every feature present (Smile's trees
 * take no missing value) are cut into {@code folds} seeded folds; a
 * seeded random forest trained on the other folds gives each row's out-of-fold probability of its own label; a row
 * whose label gets less than {@code maxLabelProbability} is a noise candidate (the confident-disagreement rule of
 * confident learning, with a fixed threshold). The share of candidates is judged against the tolerated noise, which
 * the team states as the criterion ({@code noise_share <= 0.05} by default). Candidates are listed by row (1-based),
 * with the label and the class the model prefers; they are for a person to review, not proven errors.
 */
public final class LabelNoiseCheck implements Check {

    private static final String ID = "b3.label-noise";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Label noise candidates", InternalCharacteristic.B_3)
            .description("Trains seeded random forests on k-1 of k folds of the labelled training rows and flags "
                    + "each row whose own label the out-of-fold model gives less than maxLabelProbability; the share "
                    + "of such rows is judged against the tolerated label noise.")
            .concerns(ExternalCharacteristic.PERFORMANCE, ExternalCharacteristic.RISK_AVOIDANCE)
            .items("B-3.2b")
            .needs(Input.TRAINING_DATA, Input.LABEL)
            .parameters(
                    ParameterSpec.integer("folds", 3, 2, 20, "folds of the cross-validation"),
                    ParameterSpec.integer("trees", 30, 1, 1_000, "trees of each fold's random forest"),
                    ParameterSpec.real("maxLabelProbability", 0.1, 0, 0.5,
                            "a row is a candidate when the out-of-fold model gives its own label less than this"),
                    ParameterSpec.integer("listRows", 20, 0, 10_000, "candidates listed, the least probable first"))
            .criteria("noise_share <= 0.05")
            .measures("labelled_rows", "noise_candidates", "noise_share")
            .build();

    /** The check with its defaults: 3 folds of 30 trees, threshold 0.1, criterion {@code noise_share <= 0.05}. */
    public LabelNoiseCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        Schema schema = ctx.requireSchema(DatasetRole.TRAINING);
        String label = ctx.roles().labelColumn().orElseThrow();
        if (schema.type(label) != ColumnType.CATEGORICAL) {
            return run -> Outcome.notApplicable(Message.of(ID + ".numericLabel", label));
        }
        List<String> features = ctx.roles().features(schema).stream()
                .filter(c -> schema.type(c) != ColumnType.IDENTIFIER).toList();
        ctx.needsRows(DatasetRole.TRAINING);
        return run -> {
            Table training = run.table(DatasetRole.TRAINING);
            CategoricalColumn labels = training.categorical(label);
            int[] labelled = java.util.stream.IntStream.range(0, training.rowCount())
                    .filter(r -> labels.code(r) != CategoricalColumn.MISSING && complete(training, features, r))
                    .toArray();
            int folds = run.parameters().getInt("folds");
            if (labelled.length < 2L * folds || features.isEmpty()) {
                return Outcome.notApplicable(Message.of(ID + ".tooFew", Arg.count(labelled.length), Arg.count(folds)));
            }
            double threshold = run.parameters().getDouble("maxLabelProbability");
            int trees = run.parameters().getInt("trees");
            double[] own = new double[training.rowCount()];
            String[] preferred = new String[training.rowCount()];
            int[] fold = foldOf(labelled.length, folds, new SplittableRandom(run.seed()));
            for (int k = 0; k < folds; k++) {
                int[] train = rowsOf(labelled, fold, k, false);
                int[] held = rowsOf(labelled, fold, k, true);
                SmileClassifier model = RandomForestTrainer.train(TableRows.select(training, train, "fold-train"),
                        label, features, trees, run.seed() + 1000L * k);
                Predictions p = model.predict(TableRows.select(training, held, "fold-held"));
                for (int i = 0; i < held.length; i++) {
                    int row = held[i];
                    int c = model.classes().indexOf(labels.text(row));
                    own[row] = c < 0 ? 0 : p.probability(i, c);
                    preferred[row] = p.predictedLabel(i);
                }
            }
            List<Integer> candidates = new ArrayList<>();
            for (int row : labelled) {
                if (own[row] < threshold) {
                    candidates.add(row);
                }
            }
            candidates.sort(Comparator.comparingDouble((Integer r) -> own[r]).thenComparingInt(r -> r));
            int list = run.parameters().getInt("listRows");
            ResultTable.Builder table = ResultTable.builder("candidates", Message.of(ID + ".table",
                    Arg.num(threshold), Arg.count(list)), "row", "label", "preferred", "label_probability");
            candidates.stream().limit(list).forEach(r -> table.row((long) r + 1, labels.text(r), preferred[r], own[r]));
            double share = (double) candidates.size() / labelled.length;
            Outcome.Builder out = Outcome.builder()
                    .measure(run.judged("noise_share", share, "ratio"))
                    .measure(run.judged("noise_candidates", candidates.size(), "rows"))
                    .measure(run.judged("labelled_rows", labelled.length, "rows"))
                    .table(table.build());
            return out.explanation(Message.of(ID + ".summary", Arg.count(candidates.size()),
                    Arg.count(labelled.length), Arg.share(share), Arg.count(folds), Arg.num(threshold))).build();
        };
    }

    /** Whether every feature of the row is present: Smile's trees do not take missing values. */
    private static boolean complete(Table table, List<String> features, int row) {
        for (String f : features) {
            Column c = table.column(f);
            if (c instanceof NumericColumn n ? Double.isNaN(n.get(row))
                    : c instanceof CategoricalColumn k && k.code(row) == CategoricalColumn.MISSING) {
                return false;
            }
        }
        return true;
    }

    /** A seeded fold number for each of {@code n} rows: a shuffled round robin, so folds differ by one row at most. */
    static int[] foldOf(int n, int folds, SplittableRandom random) {
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] fold = new int[n];
        for (int i = 0; i < n; i++) {
            fold[order[i]] = i % folds;
        }
        return fold;
    }

    private static int[] rowsOf(int[] labelled, int[] fold, int k, boolean in) {
        return java.util.stream.IntStream.range(0, labelled.length).filter(i -> (fold[i] == k) == in)
                .map(i -> labelled[i]).toArray();
    }
}
