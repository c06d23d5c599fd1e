package io.github.tenken.report.svg;

import io.github.tenken.internal.Formats;

import java.util.List;

/**
 * A confusion matrix as a row-normalised heat map: each cell shows the share of its row (actual class) that fell in
 * its column (predicted class), the fill darkens with that share and the text is dark or white, whichever has more
 * contrast on the fill (WCAG, {@link Contrast}). Rows of zero count show a dash. The {@code <desc>} gives each row's
 * counts and shares.
 */
final class MatrixSvg {

    /** Fills from light to dark; the text colour of a cell is chosen against them. */
    static final String[] FILLS = {"#f1f5f9", "#dbeafe", "#bfdbfe", "#93c5fd", "#60a5fa", "#3b82f6", "#2563eb",
        "#1d4ed8"};
    static final String DARK_TEXT = "#0f172a";
    static final String LIGHT_TEXT = "#ffffff";
    private static final double TOP = 46;

    private MatrixSvg() {
    }

    static SvgMarkup render(Drawing chart) {
        List<String> columns = chart.categories();
        List<Drawing.Series> rows = chart.series();
        int n = Math.max(1, Math.max(columns.size(), rows.size()));
        double cell = Math.max(30, Math.min(72, 400.0 / n));
        int longest = rows.stream().mapToInt(r -> Labels.length(Labels.shorten(r.name(), 20))).max().orElse(4);
        double left = Math.min(160, Math.max(52, 7 * longest + 14)) + 22;
        double gridWidth = cell * columns.size();
        double width = Math.max(left + gridWidth + 16, 260);
        double height = TOP + cell * rows.size() + 12;
        SvgBuilder svg = SvgBuilder.svg(width, height, chart.title(), description(chart));
        if (chart.xLabel() != null && !chart.xLabel().isBlank()) {
            svg.label(left + gridWidth / 2, 14, "middle", "axis-title", chart.xLabel(), 50);
        }
        int colChars = (int) Math.max(3, cell / 6.5);
        for (int c = 0; c < columns.size(); c++) {
            svg.label(left + c * cell + cell / 2, TOP - 8, "middle", "tick", columns.get(c), colChars);
        }
        if (chart.yLabel() != null && !chart.yLabel().isBlank()) {
            double cy = TOP + cell * rows.size() / 2;
            svg.open("text", "x", "0", "y", "0", "text-anchor", "middle", "class", "axis-title",
                    "transform", "translate(12 " + SvgBuilder.num(cy) + ") rotate(-90)");
            svg.raw(Labels.shorten(chart.yLabel(), 24)).close();
        }
        for (int r = 0; r < rows.size(); r++) {
            Drawing.Series row = rows.get(r);
            double total = total(row.values());
            double y = TOP + r * cell;
            svg.label(left - 6, y + cell / 2 + 4, "end", "lbl", row.name(), 20);
            for (int c = 0; c < columns.size(); c++) {
                Double v = row.values().get(c);
                double share = total > 0 && v != null && Double.isFinite(v) ? v / total : Double.NaN;
                String fill = FILLS[shade(share)];
                double x = left + c * cell;
                svg.empty("rect", "x", SvgBuilder.num(x + 1), "y", SvgBuilder.num(y + 1),
                        "width", SvgBuilder.num(cell - 2), "height", SvgBuilder.num(cell - 2),
                        "fill", fill, "class", row.standsFor(columns.get(c)) ? "heat diag" : "heat");
                String text = Double.isNaN(share) ? "\u2013" : percent(share);
                svg.open("text", "x", SvgBuilder.num(x + cell / 2), "y", SvgBuilder.num(y + cell / 2 + 4),
                        "text-anchor", "middle", "class", "cell", "fill",
                        Contrast.betterText(fill, DARK_TEXT, LIGHT_TEXT));
                svg.raw(text).close();
            }
        }
        return svg.build();
    }

    /** Each row's counts and shares of its row total, e.g. {@code <=50K: <=50K 11782 (94.7%), >50K 653 (5.3%)}. */
    static String description(Drawing chart) {
        List<String> parts = new java.util.ArrayList<>();
        for (Drawing.Series row : chart.series()) {
            double total = total(row.values());
            List<String> cells = new java.util.ArrayList<>();
            for (int c = 0; c < chart.categories().size(); c++) {
                Double v = row.values().get(c);
                String count = v == null ? "-" : Formats.number(v);
                String share = total > 0 && v != null ? " (" + percent(v / total) + ")" : "";
                cells.add(chart.categories().get(c) + " " + count + share);
            }
            parts.add(row.name() + ": " + String.join(", ", cells));
        }
        return String.join("; ", parts);
    }

    /** A row share as a percentage with one decimal, never 0.0% or 100.0% for a part. */
    static String percent(double share) {
        return Formats.share(share);
    }

    private static double total(List<Double> values) {
        double t = 0;
        for (Double v : values) {
            if (v != null && Double.isFinite(v) && v > 0) {
                t += v;
            }
        }
        return t;
    }

    private static int shade(double share) {
        if (Double.isNaN(share) || share <= 0) {
            return 0;
        }
        return (int) Math.min(FILLS.length - 1, Math.ceil(share * (FILLS.length - 1)));
    }
}
