package io.github.tenken.report.svg;

import io.github.tenken.check.Chart;

import java.util.Objects;

/**
 * Draws a check's {@link Chart} as a small inline SVG (about 1-2 KB): a column chart for
 * {@link io.github.tenken.check.ChartKind#HISTOGRAM}, horizontal bars for
 * {@link io.github.tenken.check.ChartKind#BARS}, heat cells for {@link io.github.tenken.check.ChartKind#MATRIX}.
 * Colours come from CSS classes ({@code s0}..{@code s5}, {@code heat}); every label is escaped.
 *
 * <pre>{@code
 * SvgMarkup svg = SvgCharts.render(chart);   // a gg.jte.Content a template writes with ${...}
 * }</pre>
 */
public final class SvgCharts {

    /** Width of every chart in CSS pixels; charts shrink to their container with {@code max-width: 100%}. */
    public static final int WIDTH = 560;

    private SvgCharts() {
    }

    /** The chart as SVG markup. */
    public static SvgMarkup render(Chart chart) {
        Objects.requireNonNull(chart, "chart");
        return switch (chart.kind()) {
            case HISTOGRAM -> ColumnChartSvg.render(chart);
            case BARS -> BarChartSvg.render(chart);
            case MATRIX -> MatrixSvg.render(chart);
        };
    }
}
