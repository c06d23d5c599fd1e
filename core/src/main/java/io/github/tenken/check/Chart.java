package io.github.tenken.check;

import io.github.tenken.internal.Preconditions;
import io.github.tenken.message.Message;

import java.util.List;

/**
 * Data for one chart (never markup): its kind, category labels, series and axis titles. For a
 * {@link ChartKind#MATRIX} the series are the rows, named after the row labels.
 *
 * @param name       a stable key, e.g. {@code histogram-age}
 * @param title      a caption
 * @param kind       what to draw
 * @param categories the category or bin labels along the x axis (data values, shown as they are)
 * @param series     the series, each with one value per category
 * @param xLabel     the x axis title
 * @param yLabel     the y axis title
 */
public record Chart(String name, Message title, ChartKind kind, List<String> categories, List<ChartSeries> series,
                    Message xLabel, Message yLabel) {

    public Chart {
        Preconditions.notBlank(name, "chart name");
        Preconditions.notNull(title, "title of chart " + name);
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (ChartSeries s : series) {
            Preconditions.check(s.values().size() == categories.size(), "chart %s: series %s has %d values for %d categories",
                    name, s.key(), s.values().size(), categories.size());
        }
    }
}
