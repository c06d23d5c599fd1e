package io.github.tenken.check;

import java.util.List;

/**
 * One named series of a chart: a value per category.
 *
 * @param name   the series' name, e.g. {@code training}
 * @param values one value per category of the chart
 */
public record ChartSeries(String name, List<Double> values) {

    public ChartSeries {
        values = List.copyOf(values);
    }

    /** A series of these values. */
    public static ChartSeries of(String name, double... values) {
        return new ChartSeries(name, java.util.Arrays.stream(values).boxed().toList());
    }
}
