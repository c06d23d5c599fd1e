package io.github.tenken.check;

import io.github.tenken.internal.Preconditions;
import io.github.tenken.message.Message;

import java.util.List;

/**
 * One named series of a chart: a value per category.
 *
 * @param key    a stable key, e.g. {@code training}
 * @param label  the legend text
 * @param values one value per category of the chart
 */
public record ChartSeries(String key, Message label, List<Double> values) {

    public ChartSeries {
        Preconditions.notBlank(key, "series key");
        Preconditions.notNull(label, "label of series " + key);
        values = List.copyOf(values);
    }

    /** A series of these values. */
    public static ChartSeries of(String key, Message label, double... values) {
        return new ChartSeries(key, label, java.util.Arrays.stream(values).boxed().toList());
    }
}
