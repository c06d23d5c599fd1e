package io.github.tenken.report.svg;

import io.github.tenken.internal.Formats;

import java.util.List;

/**
 * A matrix of heat cells (a confusion matrix): rows are the series, columns the categories, the shade grows with the
 * count, and cells where row and column name the same class are outlined.
 */
final class MatrixSvg {

    private static final int SHADES = 8;
    private static final double TOP = 46;

    private MatrixSvg() {
    }

    static SvgMarkup render(Drawing chart) {
        List<String> columns = chart.categories();
        List<Drawing.Series> rows = chart.series();
        int n = Math.max(1, Math.max(columns.size(), rows.size()));
        double cell = Math.max(16, Math.min(56, 360.0 / n));
        int longest = rows.stream().mapToInt(r -> Labels.length(Labels.shorten(r.name(), 20))).max().orElse(4);
        double left = Math.min(150, Math.max(48, 6.4 * longest + 14)) + 20;
        double gridWidth = cell * columns.size();
        double width = Math.max(left + gridWidth + 16, 240);
        double height = TOP + cell * rows.size() + 12;
        double max = 0;
        for (Drawing.Series r : rows) {
            for (Double v : r.values()) {
                if (v != null && Double.isFinite(v)) {
                    max = Math.max(max, v);
                }
            }
        }
        SvgBuilder svg = SvgBuilder.svg(width, height, chart.title());
        if (chart.xLabel() != null && !chart.xLabel().isBlank()) {
            svg.label(left + gridWidth / 2, 12, "middle", "axis-title", chart.xLabel(), 50);
        }
        int colChars = (int) Math.max(3, cell / 6.2);
        for (int c = 0; c < columns.size(); c++) {
            svg.label(left + c * cell + cell / 2, TOP - 8, "middle", "tick", columns.get(c), colChars);
        }
        if (chart.yLabel() != null && !chart.yLabel().isBlank()) {
            double cy = TOP + cell * rows.size() / 2;
            svg.open("text", "x", "0", "y", "0", "text-anchor", "middle", "class", "axis-title",
                    "transform", "translate(12 " + SvgBuilder.num(cy) + ") rotate(-90)");
            svg.raw(Labels.shorten(chart.yLabel(), 24)).close();
        }
        boolean showValues = cell >= 26;
        for (int r = 0; r < rows.size(); r++) {
            Drawing.Series row = rows.get(r);
            double y = TOP + r * cell;
            svg.label(left - 6, y + cell / 2 + 3.5, "end", "lbl", row.name(), 20);
            for (int c = 0; c < columns.size(); c++) {
                Double v = row.values().get(c);
                double x = left + c * cell;
                int shade = shade(v, max);
                String cls = "heat h" + shade + (row.standsFor(columns.get(c)) ? " diag" : "");
                svg.rect(x + 1, y + 1, cell - 2, cell - 2, cls);
                if (showValues) {
                    String text = v == null || !Double.isFinite(v) ? "n/a" : Formats.number(v);
                    svg.text(x + cell / 2, y + cell / 2 + 4, "middle", shade >= SHADES / 2 ? "cell-inv" : "cell",
                            Labels.shorten(text, (int) (cell / 6.5)));
                }
            }
        }
        return svg.build();
    }

    /** The shade class 0..7 of a value relative to the largest. */
    private static int shade(Double v, double max) {
        if (v == null || !Double.isFinite(v) || max <= 0 || v <= 0) {
            return 0;
        }
        return (int) Math.min(SHADES - 1, Math.ceil(v / max * (SHADES - 1)));
    }
}
