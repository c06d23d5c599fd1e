package io.github.tenken.report.svg;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.message.Message;

import java.util.List;
import java.util.function.Function;

/**
 * A chart with its texts already in the report's language: what the SVG drawers read.
 *
 * @param kind       what to draw
 * @param title      the caption (the accessible label of the SVG)
 * @param categories the category or bin labels
 * @param series     the series, named
 * @param xLabel     the x axis title, or empty
 * @param yLabel     the y axis title, or empty
 */
record Drawing(ChartKind kind, String title, List<String> categories, List<Series> series, String xLabel,
               String yLabel) {

    /**
     * One named series.
     *
     * @param key    the series' stable key (for a matrix row, the category it stands for)
     * @param name   its label in the report's language
     * @param values one value per category
     */
    record Series(String key, String name, List<Double> values) {

        /** Whether this row of a matrix stands for the category: by its key, or by its label as written. */
        boolean standsFor(String category) {
            return key.equals(category) || name.equals(category);
        }
    }

    /** The chart with every message rendered by {@code text}. */
    static Drawing of(Chart chart, Function<Message, String> text) {
        return new Drawing(chart.kind(), text.apply(chart.title()), chart.categories(),
                chart.series().stream().map(s -> new Series(s.key(), text.apply(s.label()), s.values())).toList(),
                chart.xLabel() == null ? "" : text.apply(chart.xLabel()),
                chart.yLabel() == null ? "" : text.apply(chart.yLabel()));
    }

    /**
     * The text alternative: the series' names once, then each category with its values in series order,
     * {@code training / test: [17, 20.65) 0.0123 / 0.0119; [20.65, 24.3) ...}.
     */
    String description() {
        java.util.List<String> names = series.stream().map(Series::name).toList();
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            java.util.List<String> values = new java.util.ArrayList<>();
            for (Series s : series) {
                Double v = s.values().get(i);
                values.add(v == null ? "-" : io.github.tenken.internal.Formats.number(v));
            }
            parts.add(categories.get(i) + " " + String.join(" / ", values));
        }
        return String.join(" / ", names) + ": " + String.join("; ", parts);
    }
}
