package io.github.tenken.checks.correctness;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Schema;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Message;
import io.github.tenken.model.LabelledPredictions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * C-1.3a support: the slices of the test data where the model does worst, found rather than declared. Every value of a
 * categorical feature, every quantile bin of a numeric one ({@code bins}, default 4) and, with {@code pairs}, every
 * combination of two such levels is a segment; those of at least {@code minRows} rows are ranked by how much worse
 * their accuracy (or RMSE) is than on all rows, the {@code 3 x listed} worst by point value get a bootstrap interval,
 * and the {@code listed} worst by the gap their interval proves (see {@link SegmentScores}) are listed.
 * {@code worst_segment_gap} is the largest proved gap (default criterion {@code <= 0.1}).
 *
 * <p>The cost is bounded: at most {@code maxAttributes} features (the model's own when it names them, else every
 * feature column, in column order), each categorical one with at most {@code maxLevels} most frequent values, so at most
 * {@code maxAttributes^2 / 2} pairs of at most {@code maxLevels^2} cells, each counted in one pass over the rows.
 * Ranking many segments and keeping the worst favours noise, which is why the verdict reads the interval's bound, not
 * the point value, and why small segments are left out.
 */
public final class WeakSegmentsCheck implements Check {

    private static final String ID = "c1.weak-segments";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Weakest segments of the test data", InternalCharacteristic.C_1)
            .description("Slices the test data by one or two features (categorical values, numeric quantile bins) "
                    + "and lists the segments of enough rows where the model's accuracy or RMSE is worst against all "
                    + "rows, each with a bootstrap 95% confidence interval; the largest gap the intervals prove is "
                    + "judged.")
            .concerns(ExternalCharacteristic.PERFORMANCE)
            .items("C-1.3a")
            .needs(Input.TEST_DATA, Input.MODEL, Input.LABEL)
            .parameters(
                    ParameterSpec.integer("bootstrap", 500, 50, 100_000,
                            "bootstrap replicates for the 95% confidence intervals of the worst segments"),
                    ParameterSpec.integer("minRows", 30, 1, Integer.MAX_VALUE,
                            "fewest test rows a segment needs to be ranked"),
                    ParameterSpec.integer("listed", 10, 1, 1000, "how many of the worst segments are listed"),
                    ParameterSpec.integer("bins", 4, 2, 20, "quantile bins of a numeric feature"),
                    ParameterSpec.integer("maxAttributes", 12, 1, 100, "most features sliced, in column order"),
                    ParameterSpec.integer("maxLevels", 30, 2, 1000,
                            "most values of a categorical feature sliced, the most frequent"),
                    ParameterSpec.bool("pairs", true, "also slice by pairs of features"))
            .criteria("worst_segment_gap <= 0.1")
            .measures("segments_assessed", "worst_segment_gap", "worst_segment_accuracy", "worst_segment_rmse")
            .build();

    /** The check with its declared defaults; parameters and criteria come from the assessment. */
    public WeakSegmentsCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        List<String> attributes = attributes(ctx.model().orElseThrow().features(), ctx.roles().features(
                ctx.requireSchema(DatasetRole.TEST)), ctx.requireSchema(DatasetRole.TEST),
                ctx.parameters().getInt("maxAttributes"));
        if (attributes.isEmpty()) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable"));
        }
        ctx.needsRows(DatasetRole.TEST);
        return run -> run(run, attributes);
    }

    private static List<String> attributes(List<String> modelFeatures, List<String> features, Schema schema, int max) {
        List<String> source = modelFeatures.isEmpty() ? features : modelFeatures;
        return source.stream().filter(c -> schema.has(c) && (schema.type(c) == ColumnType.NUMERIC
                || schema.type(c) == ColumnType.CATEGORICAL)).limit(max).toList();
    }

    /** A segment by its attributes and levels (second attribute -1 for a single one), with its counts. */
    private record Candidate(int a, int levelA, int b, int levelB, String name, int rows, double pointGap) {
    }

    private Outcome run(CheckContext ctx, List<String> names) {
        LabelledPredictions labelled = ctx.labelled(DatasetRole.TEST);
        if (labelled.size() == 0) {
            throw new IllegalArgumentException("no row of the test data has a label in column \""
                    + ctx.roles().label() + "\"");
        }
        Table table = ctx.table(DatasetRole.TEST);
        SegmentScores scores = new SegmentScores(labelled);
        int minRows = ctx.parameters().getInt("minRows");
        int listed = ctx.parameters().getInt("listed");
        List<SegmentAttribute> attributes = new ArrayList<>();
        for (String name : names) {
            SegmentAttribute a = SegmentAttribute.of(table.column(name), labelled, ctx.parameters().getInt("bins"),
                    ctx.parameters().getInt("maxLevels"));
            if (a != null) {
                attributes.add(a);
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int a = 0; a < attributes.size(); a++) {
            count(attributes.get(a), null, a, -1, scores, minRows, candidates);
            if (ctx.parameters().getBoolean("pairs")) {
                for (int b = a + 1; b < attributes.size(); b++) {
                    count(attributes.get(a), attributes.get(b), a, b, scores, minRows, candidates);
                }
            }
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.pointGap).thenComparing(Candidate::name));
        PoissonBootstrap bootstrap = new PoissonBootstrap(ctx.parameters().getInt("bootstrap"), ctx.seed());
        List<Segments.Scored> scored = new ArrayList<>();
        for (Candidate c : candidates.subList(0, Math.min(candidates.size(), 3 * listed))) {
            SegmentAttribute first = attributes.get(c.a);
            SegmentAttribute second = c.b < 0 ? null : attributes.get(c.b);
            int[] rows = IntStream.range(0, labelled.size()).filter(i -> first.codes()[i] == c.levelA
                    && (second == null || second.codes()[i] == c.levelB)).toArray();
            scored.add(Segments.score("segment", c.name, c.name, rows, scores, bootstrap, minRows));
        }
        return Segments.outcome(ctx, ID, "worst_segment", scored, scores, minRows, listed, "segments_assessed",
                candidates.size());
    }

    /** Counts the segments of one attribute (second null) or a pair, adding those of at least minRows rows. */
    private static void count(SegmentAttribute first, SegmentAttribute second, int a, int b, SegmentScores scores,
                              int minRows, List<Candidate> out) {
        int levelsB = second == null ? 1 : second.levels();
        int cells = first.levels() * levelsB;
        int[] rows = new int[cells];
        double[] loss = new double[cells];
        for (int i = 0; i < scores.size(); i++) {
            int la = first.codes()[i];
            int lb = second == null ? 0 : second.codes()[i];
            if (la < 0 || lb < 0) {
                continue;
            }
            rows[la * levelsB + lb]++;
            loss[la * levelsB + lb] += scores.loss(i);
        }
        for (int cell = 0; cell < cells; cell++) {
            if (rows[cell] >= minRows) {
                int la = cell / levelsB;
                int lb = cell % levelsB;
                String name = first.labels().get(la) + (second == null ? "" : " AND " + second.labels().get(lb));
                double gap = scores.pointGap(scores.metricOf(loss[cell], rows[cell]));
                out.add(new Candidate(a, la, b, second == null ? -1 : lb, name, rows[cell], gap));
            }
        }
    }
}
