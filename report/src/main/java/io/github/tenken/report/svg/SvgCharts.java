package io.github.tenken.report.svg;

import io.github.tenken.check.Chart;
import io.github.tenken.message.Message;

import java.util.Objects;
import java.util.function.Function;

/**
 * Draws a check's {@link Chart} as a small inline SVG (about 1-2 KB): a column chart for
 * {@link io.github.tenken.check.ChartKind#HISTOGRAM}, horizontal bars for
 * {@link io.github.tenken.check.ChartKind#BARS}, heat cells for {@link io.github.tenken.check.ChartKind#MATRIX}.
 * Colours come from CSS classes ({@code s0}..{@code s5}, {@code heat}); every label is escaped.
 *
 * <pre>{@code
 * SvgMarkup svg = SvgCharts.render(chart, messages::render);   // a gg.jte.Content a template writes
 * }</pre>
 */
public final class SvgCharts {

    /** Width of every chart in CSS pixels; charts shrink to their container with {@code max-width: 100%}. */
    public static final int WIDTH = 560;

    private SvgCharts() {
    }

    /** The chart as SVG markup, its texts rendered by {@code text} (the report's language). */
    public static SvgMarkup render(Chart chart, Function<Message, String> text) {
        Objects.requireNonNull(chart, "chart");
        Drawing d = Drawing.of(chart, text);
        return switch (d.kind()) {
            case HISTOGRAM -> ColumnChartSvg.render(d);
            case BARS -> BarChartSvg.render(d);
            case MATRIX -> MatrixSvg.render(d);
        };
    }
}
