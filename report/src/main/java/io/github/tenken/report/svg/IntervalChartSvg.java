package io.github.tenken.report.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * Rates per group with their confidence intervals as whiskers: one row per group, one dot per metric, a horizontal
 * axis from 0 to 1 (or to the largest upper bound above 1). A metric without an interval is a hollow dot (e.g.
 * the base rate). The {@code <desc>} lists every value and interval.
 */
public final class IntervalChartSvg {

    private static final double LEFT_MIN = 90;
    private static final double RIGHT = 24;
    private static final double TOP = 34;
    private static final double ROW_GAP = 10;
    private static final double LINE = 15;
    private static final int WIDTH = 560;

    private IntervalChartSvg() {
    }

    /**
     * One metric's value per group with optional bounds ({@code null} lists or cells draw no whisker).
     *
     * @param name   the legend text
     * @param values one value per group
     * @param lower  lower bounds, or {@code null}
     * @param upper  upper bounds, or {@code null}
     */
    public record Metric(String name, List<Double> values, List<Double> lower, List<Double> upper) {
        public Metric {
            Objects.requireNonNull(name, "name");
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
            lower = lower == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(lower));
            upper = upper == null ? null : java.util.Collections.unmodifiableList(new ArrayList<>(upper));
        }

        Double lowerAt(int i) {
            return lower == null ? null : lower.get(i);
        }

        Double upperAt(int i) {
            return upper == null ? null : upper.get(i);
        }
    }

    /** The chart of these groups (data values, shown as they are) and metrics. */
    public static SvgMarkup render(String title, List<String> groups, List<Metric> metrics,
                                   DoubleFunction<String> percent, String ciWord) {
        int longest = groups.stream().mapToInt(g -> Labels.length(Labels.shorten(g, 24))).max().orElse(4);
        double left = Math.min(190, Math.max(LEFT_MIN, 7 * longest + 16));
        double plotWidth = WIDTH - left - RIGHT;
        double rowHeight = metrics.size() * LINE + ROW_GAP;
        double height = TOP + groups.size() * rowHeight + 30;
        double max = 1;
        for (Metric m : metrics) {
            for (int i = 0; i < groups.size(); i++) {
                Double u = m.upperAt(i) != null ? m.upperAt(i) : m.values().get(i);
                if (u != null && Double.isFinite(u)) {
                    max = Math.max(max, u);
                }
            }
        }
        final double top = max;
        SvgBuilder svg = SvgBuilder.svg(WIDTH, height, title, description(groups, metrics, percent, ciWord));
        double lx = left;
        for (int k = 0; k < metrics.size(); k++) {
            svg.empty("circle", "cx", SvgBuilder.num(lx + 5), "cy", "14", "r", "4.5", "class", mark(metrics.get(k), k));
            svg.label(lx + 14, 18, "start", "lbl", metrics.get(k).name(), 26);
            lx += 14 + 7.2 * Math.min(26, metrics.get(k).name().length()) + 18;
        }
        double plotBottom = TOP + groups.size() * rowHeight;
        for (int t = 0; t <= 5; t++) {
            double v = top * t / 5;
            double x = left + v / top * plotWidth;
            svg.line(x, TOP - 4, x, plotBottom, "grid");
            svg.text(x, plotBottom + 16, "middle", "tick", percent.apply(v).replace(".0%", "%"));
        }
        for (int g = 0; g < groups.size(); g++) {
            double y0 = TOP + g * rowHeight;
            svg.label(left - 8, y0 + rowHeight / 2, "end", "lbl", groups.get(g), 24);
            for (int k = 0; k < metrics.size(); k++) {
                Metric m = metrics.get(k);
                double y = y0 + LINE * k + LINE / 2 + 2;
                Double lo = m.lowerAt(g);
                Double hi = m.upperAt(g);
                if (lo != null && hi != null && Double.isFinite(lo) && Double.isFinite(hi)) {
                    double x1 = left + lo / top * plotWidth;
                    double x2 = left + hi / top * plotWidth;
                    // one path per whisker: the bar and its two caps
                    String n1 = SvgBuilder.num(x1);
                    String n2 = SvgBuilder.num(x2);
                    svg.empty("path", "d", "M" + n1 + " " + SvgBuilder.num(y) + "H" + n2 + "M" + n1 + " "
                            + SvgBuilder.num(y - 4) + "v8M" + n2 + " " + SvgBuilder.num(y - 4) + "v8",
                            "class", "whisker w" + k);
                }
                Double v = m.values().get(g);
                if (v != null && Double.isFinite(v)) {
                    svg.empty("circle", "cx", SvgBuilder.num(left + v / top * plotWidth), "cy", SvgBuilder.num(y),
                            "r", "4.5", "class", mark(m, k));
                }
            }
        }
        svg.line(left, plotBottom, left + plotWidth, plotBottom, "base");
        return svg.build();
    }

    private static String mark(Metric m, int k) {
        return m.lower() == null ? "dot hollow" : "dot s" + k;
    }

    /** {@code Male: selection rate 23.7% (95% CI 22.9%-24.5%), base rate 30.0%; Female: ...}. */
    static String description(List<String> groups, List<Metric> metrics, DoubleFunction<String> percent,
                              String ciWord) {
        List<String> parts = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<String> values = new ArrayList<>();
            for (Metric m : metrics) {
                Double v = m.values().get(g);
                String s = m.name() + " " + (v == null ? "-" : percent.apply(v));
                if (m.lowerAt(g) != null && m.upperAt(g) != null) {
                    s += " (" + ciWord + " " + percent.apply(m.lowerAt(g)) + "\u2013" + percent.apply(m.upperAt(g)) + ")";
                }
                values.add(s);
            }
            parts.add(groups.get(g) + ": " + String.join(", ", values));
        }
        return String.join("; ", parts);
    }
}
