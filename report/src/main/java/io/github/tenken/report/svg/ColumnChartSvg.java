package io.github.tenken.report.svg;

import io.github.tenken.internal.Formats;

import java.util.ArrayList;
import java.util.List;

/** A column chart over ordered bins (a histogram), series side by side within each bin. */
final class ColumnChartSvg {

    private static final double HEIGHT = 240;
    private static final double LEFT = 52;
    private static final double RIGHT = 12;
    private static final double BOTTOM = 46;
    private static final int MAX_X_LABELS = 12;

    private ColumnChartSvg() {
    }

    static SvgMarkup render(Drawing chart) {
        List<String> categories = chart.categories();
        List<Drawing.Series> series = chart.series();
        double top = Legend.needed(series) ? Legend.HEIGHT + 8 : 12;
        double plotBottom = HEIGHT - BOTTOM;
        double width = SvgCharts.WIDTH;
        Scale y = Scale.covering(allValues(series), plotBottom, top);
        SvgBuilder svg = SvgBuilder.svg(width, HEIGHT, chart.title(), chart.description());
        if (Legend.needed(series)) {
            Legend.draw(svg, series, LEFT);
        }
        StringBuilder grid = new StringBuilder();
        svg.open("g", "class", "tick", "text-anchor", "end");
        for (double tick : y.ticks()) {
            grid.append('M').append(SvgBuilder.num(LEFT)).append(' ').append(SvgBuilder.num(y.at(tick)))
                    .append('H').append(SvgBuilder.num(width - RIGHT));
            svg.text(LEFT - 6, y.at(tick) + 3.5, null, null, Formats.number(tick));
        }
        svg.close();
        svg.empty("path", "d", grid.toString(), "class", "grid");
        int n = Math.max(1, categories.size());
        double band = (width - LEFT - RIGHT) / n;
        double groupWidth = band * (series.size() > 1 ? 0.86 : 0.92);
        double barWidth = groupWidth / Math.max(1, series.size());
        double zero = y.at(0);
        for (int s = 0; s < series.size(); s++) {
            // One path per series keeps a 20-bin, two-series histogram near 1 KB of bars.
            BarPath bars = new BarPath();
            List<Double> values = series.get(s).values();
            for (int c = 0; c < categories.size(); c++) {
                Double v = values.get(c);
                if (v == null || !Double.isFinite(v)) {
                    continue;
                }
                double x = LEFT + c * band + (band - groupWidth) / 2 + s * barWidth;
                bars.vertical(x, zero, barWidth, y.at(v) - zero);
            }
            bars.draw(svg, "s" + (s % 6));
        }
        svg.line(LEFT, zero, width - RIGHT, zero, "base");
        int every = (int) Math.ceil(categories.size() / (double) MAX_X_LABELS);
        int maxChars = (int) Math.max(3, band * every / 6.2);
        svg.open("g", "class", "tick", "text-anchor", "middle");
        for (int c = 0; c < categories.size(); c += Math.max(1, every)) {
            svg.label(LEFT + c * band + band / 2, plotBottom + 14, null, null, categories.get(c), maxChars);
        }
        svg.close();
        axisTitles(svg, chart, width, top, plotBottom);
        return svg.build();
    }

    static void axisTitles(SvgBuilder svg, Drawing chart, double width, double top, double plotBottom) {
        if (chart.xLabel() != null && !chart.xLabel().isBlank()) {
            svg.label((LEFT + width - RIGHT) / 2, HEIGHT - 8, "middle", "axis-title", chart.xLabel(), 60);
        }
        if (chart.yLabel() != null && !chart.yLabel().isBlank()) {
            double cy = (top + plotBottom) / 2;
            svg.open("text", "x", "0", "y", "0", "text-anchor", "middle", "class", "axis-title",
                    "transform", "translate(12 " + SvgBuilder.num(cy) + ") rotate(-90)");
            svg.raw(Labels.shorten(chart.yLabel(), 28)).close();
        }
    }

    static List<Double> allValues(List<Drawing.Series> series) {
        List<Double> all = new ArrayList<>();
        series.forEach(s -> all.addAll(s.values()));
        return all;
    }
}
