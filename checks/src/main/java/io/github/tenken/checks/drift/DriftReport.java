package io.github.tenken.checks.drift;

import io.github.tenken.check.CheckContext;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ResultTable;
import io.github.tenken.internal.Formats;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Turns the per-column drift tests into measures, tables and the one-sentence explanation. */
final class DriftReport {

    private final List<ColumnDrift> drifts;
    private final double[] adjusted;
    private final double alpha;
    private final double minEffect;
    private final String comparedName;

    DriftReport(List<ColumnDrift> drifts, double[] adjusted, double alpha, double minEffect, String comparedName) {
        this.drifts = List.copyOf(drifts);
        this.adjusted = adjusted.clone();
        this.alpha = alpha;
        this.minEffect = minEffect;
        this.comparedName = comparedName;
    }

    /** The numeric column with the largest KS distance, if any column was tested as numeric. */
    Optional<ColumnDrift> mostDriftedNumeric() {
        return drifts.stream().filter(d -> d.numeric() && !Double.isNaN(d.effect()))
                .max(Comparator.comparingDouble(ColumnDrift::effect));
    }

    /** The outcome, still open for a chart. */
    Outcome.Builder outcome(CheckContext ctx) {
        ResultTable.Builder perColumn = ResultTable.builder("per-column", "Drift per column, training vs " + comparedName,
                "column", "test", "statistic", "p-value", "adjusted p", "effect", "drifted");
        ResultTable.Builder unseenTable = ResultTable.builder("unseen-categories",
                "Categories in the " + comparedName + " data never seen in training", "column", "category", "rows");
        int drifted = 0;
        int unseen = 0;
        double maxKs = Double.NaN;
        double maxV = Double.NaN;
        for (int i = 0; i < drifts.size(); i++) {
            ColumnDrift d = drifts.get(i);
            boolean isDrifted = d.isDrifted(adjusted[i], alpha, minEffect);
            drifted += isDrifted ? 1 : 0;
            if (!Double.isNaN(d.effect())) {
                if (d.numeric()) {
                    maxKs = Double.isNaN(maxKs) ? d.effect() : Math.max(maxKs, d.effect());
                } else {
                    maxV = Double.isNaN(maxV) ? d.effect() : Math.max(maxV, d.effect());
                }
            }
            perColumn.row(d.column(), d.note().isEmpty() ? d.test() : d.test() + ": " + d.note(), cell(d.statistic()),
                    cell(d.pValue()), cell(adjusted[i]), cell(d.effect()), isDrifted ? "yes" : "no");
            for (ColumnDrift.UnseenCategory u : d.unseen()) {
                unseenTable.row(d.column(), u.value(), u.rows());
                unseen++;
            }
        }
        Outcome.Builder out = Outcome.builder()
                .measure(ctx.judged("drifted_columns", drifted, "columns"))
                .measure(ctx.judged("max_ks_statistic", maxKs, "ratio"))
                .measure(ctx.judged("unseen_categories", unseen, "categories"))
                .measure(ctx.judged("max_cramers_v", maxV, "ratio"))
                .measure(ctx.judged("columns_tested", drifts.size(), "columns"))
                .table(perColumn.build());
        if (unseen > 0) {
            out.table(unseenTable.build());
        }
        return out.explanation(sentence(drifted, unseen));
    }

    private String sentence(int drifted, int unseen) {
        String worst = mostDriftedNumeric().map(d -> "; the largest KS distance is " + Formats.number(d.effect())
                + " on " + d.column()).orElse("");
        return drifted + " of " + drifts.size() + " columns of the " + comparedName
                + " data drift from training (Benjamini-Hochberg adjusted p < " + Formats.number(alpha)
                + " and effect >= " + Formats.number(minEffect) + ")" + worst + "; " + unseen
                + (unseen == 1 ? " category" : " categories") + " never seen in training.";
    }


    private static Object cell(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
