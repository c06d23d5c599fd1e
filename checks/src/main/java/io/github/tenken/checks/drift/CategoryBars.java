package io.github.tenken.checks.drift;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.message.Message;
import io.github.tenken.stats.Frequencies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Paired bars of a categorical column in two samples: the share of each sample's present rows per category, for the
 * {@link #TOP} categories most frequent in the reference (ties by name, so the chart is the same on every run).
 * The title says how many of how many categories are shown.
 */
final class CategoryBars {

    /** The most categories drawn. */
    static final int TOP = 10;

    private CategoryBars() {
    }

    static Chart chart(String column, Frequencies reference, Frequencies compared, String referenceRole,
                       String comparedRole) {
        Set<String> all = new LinkedHashSet<>(reference.values());
        all.addAll(compared.values());
        List<String> order = new ArrayList<>(all);
        order.sort(Comparator.comparingLong((String v) -> -reference.count(v))
                .thenComparingLong(v -> -compared.count(v)).thenComparing(Comparator.naturalOrder()));
        List<String> shown = order.subList(0, Math.min(TOP, order.size()));
        double[] ref = shares(reference, shown);
        double[] cmp = shares(compared, shown);
        return new Chart("categories-" + column, Message.of("drift.chart.categories", column,
                Message.of("role." + referenceRole), Message.of("role." + comparedRole), shown.size(), order.size()),
                ChartKind.BARS, shown,
                List.of(ChartSeries.of(referenceRole, Message.of("role." + referenceRole), ref),
                        ChartSeries.of(comparedRole, Message.of("role." + comparedRole), cmp)),
                Message.literal(column), Message.of("axis.share"));
    }

    private static double[] shares(Frequencies f, List<String> categories) {
        double total = f.present();
        double[] out = new double[categories.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = total == 0 ? 0 : f.count(categories.get(i)) / total;
        }
        return out;
    }
}
