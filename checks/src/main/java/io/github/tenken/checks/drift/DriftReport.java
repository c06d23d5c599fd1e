package io.github.tenken.checks.drift;

import io.github.tenken.check.Approximation;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ResultTable;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Turns the per-column drift tests into measures, tables and the one-sentence explanation. */
final class DriftReport {

    private final List<ColumnDrift> drifts;
    private final double[] adjusted;
    private final double alpha;
    private final double minEffect;
    private final double threshold;
    private final long largeSample;
    private final String label;
    private final String comparedRole;

    DriftReport(List<ColumnDrift> drifts, double[] adjusted, double alpha, double minEffect, double threshold,
                long largeSample, String label, String comparedRole) {
        this.drifts = List.copyOf(drifts);
        this.adjusted = adjusted.clone();
        this.alpha = alpha;
        this.minEffect = minEffect;
        this.threshold = threshold;
        this.largeSample = largeSample;
        this.label = label;
        this.comparedRole = comparedRole;
    }

    /** The numeric column with the largest KS distance, if any column was tested as numeric. */
    Optional<ColumnDrift> mostDriftedNumeric() {
        return drifts.stream().filter(d -> d.numeric() && !Double.isNaN(d.effect()))
                .max(Comparator.comparingDouble(ColumnDrift::effect));
    }

    /** The columns that drift, in test order. */
    java.util.Set<String> driftedColumns() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i < drifts.size(); i++) {
            if (drifts.get(i).isDrifted(adjusted[i], alpha, minEffect, threshold)) {
                out.add(drifts.get(i).column());
            }
        }
        return out;
    }

    /** The outcome, still open for a chart. */
    Outcome.Builder outcome(CheckContext ctx) {
        Message compared = Message.of("role." + comparedRole);
        ResultTable.Builder perColumn = ResultTable.builder("per-column", Message.of("drift.table.perColumn", compared),
                "column", "test", "statistic", "p_value", "adjusted_p", "effect", "psi", "drifted");
        ResultTable.Builder unseenTable = ResultTable.builder("unseen-categories",
                Message.of("drift.table.unseen", compared), "column", "category", "rows");
        int drifted = 0;
        int unseen = 0;
        double maxKs = Double.NaN;
        double maxKsError = 0;      // the largest error of any sketched column: its true D may be the largest
        String maxKsSketch = "";
        double maxV = Double.NaN;
        double maxPsi = Double.NaN;
        int judged = 0;
        int labelDrifted = 0;
        for (int i = 0; i < drifts.size(); i++) {
            ColumnDrift d = drifts.get(i);
            boolean isDrifted = d.isDrifted(adjusted[i], alpha, minEffect, threshold);
            boolean isLabel = d.column().equals(label);
            if (isLabel) {
                labelDrifted = isDrifted ? 1 : 0;
            }
            drifted += isDrifted ? 1 : 0;
            judged += Double.isNaN(d.statistic()) ? 0 : 1;
            if (!Double.isNaN(d.psi())) {
                maxPsi = Double.isNaN(maxPsi) ? d.psi() : Math.max(maxPsi, d.psi());
            }
            if (!Double.isNaN(d.effect())) {
                if (d.numeric()) {
                    maxKs = Double.isNaN(maxKs) ? d.effect() : Math.max(maxKs, d.effect());
                    if (d.error() > maxKsError) {
                        maxKsError = d.error();
                        maxKsSketch = d.sketch();
                    }
                } else {
                    maxV = Double.isNaN(maxV) ? d.effect() : Math.max(maxV, d.effect());
                }
            }
            perColumn.row(d.column(), d.test(),
                    cell(d.statistic()), cell(d.pValue()), cell(adjusted[i]), cell(d.effect()), cell(d.psi()),
                    isDrifted);
            for (ColumnDrift.UnseenCategory u : d.unseen()) {
                unseenTable.row(d.column(), u.value(), u.rows());
                unseen++;
            }
        }
        Measure ks = ctx.judged("max_ks_statistic", maxKs, "ratio");
        if (maxKsError > 0) {
            ks = ks.approximatedBy(new Approximation(maxKsSketch, maxKsError));
        }
        Outcome.Builder out = Outcome.builder()
                .measure(ctx.judged("drifted_columns", drifted, "columns"))
                .measure(ctx.judged("drifted_share", judged == 0 ? Double.NaN : (double) drifted / judged, "ratio"))
                .measure(ks)
                .measure(ctx.judged("unseen_categories", unseen, "categories"))
                .measure(ctx.judged("max_cramers_v", maxV, "ratio"))
                .measure(ctx.judged("columns_tested", drifts.size(), "columns"))
                .measure(ctx.judged("max_psi", maxPsi, "index"))
                .table(perColumn.build());
        if (unseen > 0) {
            out.table(unseenTable.build());
        }
        if (label != null) {
            out.measure(ctx.judged("label_drifted", labelDrifted, "flag"));
        }
        return out.explanation(sentence(drifted, judged, unseen, compared, labelDrifted));
    }

    private Message sentence(int drifted, int judged, int unseen, Message compared, int labelDrifted) {
        Message worst = mostDriftedNumeric()
                .map(d -> Message.of("drift.worst", Arg.num(d.effect()), d.column()))
                .orElse(Message.literal(""));
        Message labelLine = label == null ? Message.literal("")
                : Message.of(labelDrifted == 1 ? "drift.label.drifted" : "drift.label.stable", label);
        boolean anyDistance = drifts.stream().anyMatch(ColumnDrift::distance);
        boolean anyTest = drifts.stream().anyMatch(d -> !d.distance() && !Double.isNaN(d.statistic()));
        Message byTest = Message.of("drift.rule.test", Arg.num(alpha), Arg.num(minEffect));
        Message byDistance = Message.of("drift.rule.distance", Arg.num(threshold), Arg.count(largeSample));
        Message rule = anyDistance && anyTest ? Message.of("drift.rule.both", byTest, byDistance)
                : anyDistance ? byDistance : byTest;
        return Message.of("drift.summary", Arg.count(drifted), Arg.count(judged), compared, rule, worst,
                Arg.count(unseen), labelLine);
    }

    private static Object cell(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
