package io.github.tenken.report.svg;

import io.github.tenken.internal.Formats;

import java.util.List;

/** Horizontal bars over categories (class balance, selection rate per group), with the value at each bar's end. */
final class BarChartSvg {

    private static final double BAR = 12;
    private static final double GAP = 8;
    private static final double RIGHT = 56;
    private static final int MAX_LABEL_CHARS = 22;

    private BarChartSvg() {
    }

    static SvgMarkup render(Drawing chart) {
        List<String> categories = chart.categories();
        List<Drawing.Series> series = chart.series();
        int longest = categories.stream().mapToInt(c -> Labels.length(Labels.shorten(c, MAX_LABEL_CHARS))).max()
                .orElse(4);
        double left = Math.min(170, Math.max(64, 6.4 * longest + 16));
        double top = (Legend.needed(series) ? Legend.HEIGHT : 0) + 10;
        double row = BAR * Math.max(1, series.size()) + GAP;
        double plotBottom = top + row * Math.max(1, categories.size());
        boolean hasTitle = chart.yLabel() != null && !chart.yLabel().isBlank();
        double height = plotBottom + 20 + (hasTitle ? 16 : 0);
        double width = SvgCharts.WIDTH;
        Scale x = Scale.covering(ColumnChartSvg.allValues(series), left, width - RIGHT);
        SvgBuilder svg = SvgBuilder.svg(width, height, chart.title(), chart.description());
        if (Legend.needed(series)) {
            Legend.draw(svg, series, left);
        }
        StringBuilder grid = new StringBuilder();
        svg.open("g", "class", "tick", "text-anchor", "middle");
        for (double tick : x.ticks()) {
            grid.append('M').append(SvgBuilder.num(x.at(tick))).append(' ').append(SvgBuilder.num(top - 4))
                    .append('V').append(SvgBuilder.num(plotBottom));
            svg.text(x.at(tick), plotBottom + 14, null, null, Formats.number(tick));
        }
        svg.close();
        svg.empty("path", "d", grid.toString(), "class", "grid");
        double zero = x.at(0);
        svg.open("g", "class", "lbl", "text-anchor", "end");
        for (int c = 0; c < categories.size(); c++) {
            double rowTop = top + c * row + GAP / 2;
            svg.label(left - 8, rowTop + row / 2 - GAP / 2 + 3.5, null, null, categories.get(c), MAX_LABEL_CHARS);
        }
        svg.close();
        for (int s = 0; s < series.size(); s++) {
            BarPath bars = new BarPath();
            for (int c = 0; c < categories.size(); c++) {
                Double v = series.get(s).values().get(c);
                if (v != null && Double.isFinite(v)) {
                    bars.horizontal(zero, top + c * row + GAP / 2 + s * BAR + 1, BAR - 2, x.at(v) - zero);
                }
            }
            bars.draw(svg, "s" + (s % 6));
        }
        svg.open("g", "class", "val");
        for (int c = 0; c < categories.size(); c++) {
            for (int s = 0; s < series.size(); s++) {
                Double v = series.get(s).values().get(c);
                double y = top + c * row + GAP / 2 + s * BAR + BAR - 2.5;
                boolean known = v != null && Double.isFinite(v);
                double end = known ? Math.max(zero, x.at(v)) : zero;
                svg.text(end + 4, y, null, null, known ? Formats.number(v) : "n/a");
            }
        }
        svg.close();
        svg.line(zero, top - 4, zero, plotBottom, "base");
        if (hasTitle) {
            svg.label((left + width - RIGHT) / 2, height - 6, "middle", "axis-title", chart.yLabel(), 60);
        }
        return svg.build();
    }
}
