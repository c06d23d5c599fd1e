package io.github.tenken.report.svg;


import java.util.List;

/** Draws the legend of a multi-series chart as one row of swatches along the top edge. */
final class Legend {

    /** Height the legend takes when drawn. */
    static final double HEIGHT = 22;

    private Legend() {
    }

    /** Whether a legend is needed: only when more than one series is drawn. */
    static boolean needed(List<Drawing.Series> series) {
        return series.size() > 1;
    }

    /** Draws the legend starting at {@code x}. */
    static void draw(SvgBuilder svg, List<Drawing.Series> series, double x) {
        double cursor = x;
        svg.open("g", "class", "legend");
        for (int i = 0; i < series.size(); i++) {
            String name = series.get(i).name();
            svg.rect(cursor, 5, 10, 10, "s" + (i % 6));
            svg.label(cursor + 14, 14, null, "lbl", name, 24);
            cursor += 28 + 6.5 * Labels.length(Labels.shorten(name, 24));
        }
        svg.close();
    }
}
