package io.github.tenken.checks.outliers;

import io.github.tenken.check.Approximation;
import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
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
import io.github.tenken.data.Schema;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.stats.ExtremeRowList;
import io.github.tenken.stats.ExtremeRows;
import io.github.tenken.stats.QuantileSummary;
import io.github.tenken.stats.Quantiles;
import io.github.tenken.stats.RowValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code b3.outliers}: univariate outliers of every numeric feature and of a numeric label, in the training data and,
 * when given, the test and operation data (guideline B-3.1b: outliers found and handled). Two rules, both reported
 * per column: the robust z ({@code 0.6745 (x - median) / MAD}, beyond {@code maxRobustZ}, default 3.5 as Iglewicz and
 * Hoaglin recommend; see {@link RobustFences} for a MAD of 0) and Tukey's fences at {@code iqrFactor} interquartile
 * ranges outside the quartiles (default 3.0, Tukey's "far out": 1.5 flags 0.7% of a normal sample, thousands of
 * ordinary rows in a large dataset). The most extreme {@code listRows} rows beyond either fence are listed per column
 * with their 1-based row numbers.
 *
 * <p>{@code max_outlier_share}, the largest share of a column's values beyond the robust-z fences, is judged
 * (default {@code max_outlier_share <= 0.01}): the median and MAD are not pulled by the outliers they look for, while
 * the quartiles of a skewed or discrete column put Tukey's fences where many ordinary values lie (an IQR of 0 flags
 * every value off the quartile); Tukey's share is reported beside it ({@code max_iqr_outlier_share}). The label is
 * included because an outlying target weighs most in a regressor's loss; identifier and ignored columns are not.
 * Distributions are exact up to the assessment's {@code exactUpTo} values and KLL sketches beyond, whose rank error
 * the judged measure carries.
 */
public final class OutliersCheck implements Check {

    private static final String ID = "b3.outliers";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Univariate outliers", InternalCharacteristic.B_3)
            .description("Finds the values of each numeric feature and a numeric label that lie far from the "
                    + "others: robust z-scores from the median and the median absolute deviation, and Tukey's fences "
                    + "from the quartiles, with the most extreme rows listed, so that each outlier can be checked "
                    + "and handled by a documented policy.")
            .concerns(ExternalCharacteristic.PERFORMANCE, ExternalCharacteristic.RISK_AVOIDANCE)
            .items("B-3.1b")
            .shows("B-3.1b", "outliers")
            .needs(Input.TRAINING_DATA)
            .parameters(
                    ParameterSpec.real("maxRobustZ", 3.5, 0.5, 1000,
                            "a value is an outlier when its robust z 0.6745 (x - median) / MAD exceeds this"),
                    ParameterSpec.real("iqrFactor", 3.0, 0.5, 1000,
                            "Tukey's fences lie this many interquartile ranges below Q1 and above Q3"),
                    ParameterSpec.integer("listRows", 10, 1, 1000, "most extreme rows listed per column"),
                    ParameterSpec.integer("isolationTrees", 0, 0, 1000,
                            "trees of a seeded isolation forest over the numeric features of the training data, "
                                    + "the multivariate detector; 0 leaves it off (it keeps the rows in memory)"),
                    ParameterSpec.real("isolationScore", 0.65, 0.5, 1,
                            "an isolation score from which a training row counts as a multivariate outlier"))
            .criteria("max_outlier_share <= 0.01")
            .measures("columns_with_outliers", "max_outlier_share", "max_iqr_outlier_share",
                    "isolation_outlier_share")
            .build();

    /** The check with its default criterion {@code max_outlier_share <= 0.01}. */
    public OutliersCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The statistics of one judged column. */
    private record Judged(DatasetRole role, String column, Stat<QuantileSummary> values, Stat<ExtremeRowList> rows) {
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        int listRows = ctx.parameters().getInt("listRows");
        List<Judged> judged = new ArrayList<>();
        for (DatasetRole role : DatasetRole.values()) {
            ctx.schema(role).ifPresent(schema -> {
                for (String c : columns(ctx, schema)) {
                    judged.add(new Judged(role, c, ctx.stat(role, new Quantiles(c, ctx.exactUpTo())),
                            ctx.stat(role, new ExtremeRows(c, listRows))));
                }
            });
        }
        if (judged.isEmpty()) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable"));
        }
        List<String> features = ctx.schema(DatasetRole.TRAINING).map(schema -> ctx.roles().features(schema).stream()
                .filter(c -> schema.type(c) == ColumnType.NUMERIC).toList()).orElse(List.of());
        boolean isolation = ctx.parameters().getInt("isolationTrees") > 0 && !features.isEmpty();
        if (isolation) {
            ctx.needsRows(DatasetRole.TRAINING);
        }
        return run -> {
            Outcome.Builder out = run(run, judged);
            if (isolation) {
                isolate(run, features, out);
            }
            return out.build();
        };
    }

    /** The numeric features (not ignored) and a numeric label, in the schema's order. */
    private static List<String> columns(PlanContext ctx, Schema schema) {
        List<String> features = ctx.roles().features(schema);
        String label = ctx.roles().labelColumn().orElse(null);
        return schema.names().stream()
                .filter(c -> schema.type(c) == ColumnType.NUMERIC && (features.contains(c) || c.equals(label)))
                .toList();
    }

    /**
     * The multivariate detector: isolation scores of the training rows over the numeric features; the share at or
     * above {@code isolationScore} is reported (not judged by default), the highest-scoring rows listed.
     */
    private static void isolate(CheckContext run, List<String> features, Outcome.Builder out) {
        Table training = run.table(DatasetRole.TRAINING);
        List<double[]> columns = features.stream().map(f -> training.numeric(f).copyValues()).toList();
        double[] scores = IsolationForest.scores(columns, run.parameters().getInt("isolationTrees"), 256, run.seed());
        double threshold = run.parameters().getDouble("isolationScore");
        int listRows = run.parameters().getInt("listRows");
        long scored = java.util.Arrays.stream(scores).filter(v -> !Double.isNaN(v)).count();
        List<Integer> flagged = new ArrayList<>();
        for (int r = 0; r < scores.length; r++) {
            if (scores[r] >= threshold) {
                flagged.add(r);
            }
        }
        flagged.sort(java.util.Comparator.comparingDouble((Integer r) -> -scores[r]).thenComparingInt(r -> r));
        ResultTable.Builder table = ResultTable.builder("multivariate", Message.of(ID + ".table.multivariate",
                Arg.num(threshold), Arg.count(listRows)), "row", "isolation_score");
        flagged.stream().limit(listRows).forEach(r -> table.row((long) r + 1, scores[r]));
        double share = scored == 0 ? 0 : (double) flagged.size() / scored;
        out.measure(run.judged("isolation_outlier_share", share, "ratio")).table(table.build());
    }

    private Outcome.Builder run(CheckContext run, List<Judged> judged) {
        double maxZ = run.parameters().getDouble("maxRobustZ");
        double factor = run.parameters().getDouble("iqrFactor");
        int listRows = run.parameters().getInt("listRows");
        ResultTable.Builder columns = ResultTable.builder("per-column", Message.of(ID + ".table.perColumn"),
                "dataset", "column", "values", "median", "mad", "robust_z_rows", "robust_z_share", "q1", "q3",
                "iqr_rows", "iqr_share", "note");
        ResultTable.Builder rows = ResultTable.builder("rows", Message.of(ID + ".table.rows", Arg.count(listRows)),
                "dataset", "column", "row", "value", "robust_z", "beyond");
        Worst worst = null;
        double maxIqrShare = 0;
        Set<String> withOutliers = new TreeSet<>();
        Set<String> sketched = new TreeSet<>();
        String sketch = null;
        double sketchBound = 0;       // the largest share bound of a sketched column: a maximum is off by no more
        for (Judged j : judged) {
            QuantileSummary s = run.get(j.values());
            if (s.count() == 0) {
                columns.row(j.role().key(), j.column(), 0L, null, null, 0L, 0.0, null, null, 0L, 0.0,
                        Message.of(ID + ".note.empty"));
                continue;
            }
            RobustFences f = RobustFences.of(s, maxZ, factor);
            columns.row(j.role().key(), j.column(), f.values(), f.median(), f.spread(), f.robust(), f.robustShare(),
                    f.q1(), f.q3(), f.iqr(), f.iqrShare(), note(f, s));
            for (RowValue r : OutlierRows.select(run.get(j.rows()), f, listRows)) {
                double z = f.z(r.value());
                rows.row(j.role().key(), j.column(), r.row() + 1, r.value(), Double.isNaN(z) ? null : z,
                        beyond(f, r.value()));
            }
            if (f.robust() > 0) {
                withOutliers.add(j.column());
            }
            if (worst == null || f.robustShare() > worst.fences().robustShare()) {
                worst = new Worst(j, f);
            }
            maxIqrShare = Math.max(maxIqrShare, f.iqrShare());
            if (!s.isExact()) {
                sketched.add(j.column());
                sketch = s.method();
                sketchBound = Math.max(sketchBound, 2 * s.rankError());
            }
        }
        Measure share = run.judged("max_outlier_share", worst == null ? 0 : worst.fences().robustShare(), "ratio");
        Measure iqrShare = run.judged("max_iqr_outlier_share", maxIqrShare, "ratio");
        Measure columnCount = run.judged("columns_with_outliers", withOutliers.size(), "columns");
        if (!sketched.isEmpty()) {
            // a maximum over columns is off by at most the largest error of any one of them, whichever column it
            // names; each column whose fences come from a sketch may be counted one way or the other
            share = share.approximatedBy(new Approximation(sketch, sketchBound));
            iqrShare = iqrShare.approximatedBy(new Approximation(sketch, sketchBound));
            columnCount = columnCount.approximatedBy(new Approximation(sketch, sketched.size()));
        }
        return Outcome.builder()
                .measure(share)
                .measure(columnCount)
                .measure(iqrShare)
                .table(columns.build())
                .table(rows.build())
                .explanation(sentence(worst, withOutliers.size(),
                        (int) judged.stream().map(Judged::column).distinct().count(), maxZ, factor, maxIqrShare));
    }

    /** The column with the largest robust-z share (the first among equals). */
    private record Worst(Judged judged, RobustFences fences) {
    }

    private static Message note(RobustFences f, QuantileSummary s) {
        Message scale = switch (f.scale()) {
            case MAD -> null;
            case MEAN_ABSOLUTE -> Message.of(ID + ".note.meanAbsolute");
            case CONSTANT -> Message.of(ID + ".note.constant");
        };
        if (s.isExact()) {
            return scale;
        }
        Message sketch = Message.of(ID + ".note.sketch", s.method(), Arg.share(2 * s.rankError()));
        return scale == null ? sketch : Message.of(ID + ".note.both", scale, sketch);
    }

    private static Message beyond(RobustFences f, double x) {
        boolean robust = f.beyondRobust(x);
        boolean iqr = f.beyondIqr(x);
        return Message.of(ID + ".beyond." + (robust && iqr ? "both" : robust ? "robust" : "iqr"));
    }

    private static Message sentence(Worst worst, int withOutliers, int judged, double maxZ, double factor,
                                    double maxIqrShare) {
        if (worst == null || worst.fences().robust() == 0) {
            return Message.of(ID + ".summary.none", Arg.num(maxZ), Arg.count(judged), Arg.num(factor),
                    Arg.share(maxIqrShare));
        }
        RobustFences f = worst.fences();
        return Message.of(ID + ".summary", Arg.share(f.robustShare()), worst.judged().column(),
                Message.of("role." + worst.judged().role().key()), Arg.num(maxZ), Arg.count(f.robust()),
                Arg.count(withOutliers), Arg.count(judged), Arg.num(factor), Arg.share(f.iqrShare()));
    }
}
