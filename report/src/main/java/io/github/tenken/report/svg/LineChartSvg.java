package io.github.tenken.report.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * Curves on the unit square (ROC, precision-recall, reliability diagram): axes from 0 to 1, an optional dashed
 * diagonal (chance for ROC, perfect calibration for reliability), a legend, a {@code <title>} and a {@code <desc>}
 * that lists the points of each curve (every point up to 12, else a sample of 11 spread evenly).
 *
 * <pre>{@code
 * LineChartSvg.render("ROC curve", "false positive rate", "true positive rate",
 *         List.of(new LineChartSvg.Curve("model", xs, ys, false)), true, "chance", Formats::number);
 * }</pre>
 */
public final class LineChartSvg {

    static final double LEFT = 64;
    static final double TOP = 16;
    static final double SIDE = 300;
    static final int WIDTH = 560;
    static final int HEIGHT = 380;

    private LineChartSvg() {
    }

    /**
     * One curve: its legend name and points; {@code markers} draws a dot at each point (few points, e.g. the bins of
     * a reliability diagram).
     */
    public record Curve(String name, List<Double> xs, List<Double> ys, boolean markers) {
        public Curve {
            Objects.requireNonNull(name, "name");
            xs = List.copyOf(xs);
            ys = List.copyOf(ys);
            if (xs.size() != ys.size()) {
                throw new IllegalArgumentException("curve " + name + ": " + xs.size() + " x for " + ys.size() + " y");
            }
        }
    }

    /** The chart; {@code diagonal} names the dashed reference line, or is {@code null} for none. */
    public static SvgMarkup render(String title, String xLabel, String yLabel, List<Curve> curves, String diagonal,
                                   DoubleFunction<String> number) {
        SvgBuilder svg = SvgBuilder.svg(WIDTH, HEIGHT, title, description(curves, number));
        for (int i = 0; i <= 5; i++) {
            double t = i / 5.0;
            double x = x(t);
            double y = y(t);
            svg.line(x, TOP, x, TOP + SIDE, "grid").line(LEFT, y, LEFT + SIDE, y, "grid");
            svg.text(x, TOP + SIDE + 16, "middle", "tick", number.apply(t));
            svg.text(LEFT - 6, y + 4, "end", "tick", number.apply(t));
        }
        svg.line(LEFT, TOP + SIDE, LEFT + SIDE, TOP + SIDE, "base").line(LEFT, TOP, LEFT, TOP + SIDE, "base");
        svg.label(LEFT + SIDE / 2, TOP + SIDE + 36, "middle", "axis-title", xLabel, 48);
        svg.open("text", "x", "0", "y", "0", "text-anchor", "middle", "class", "axis-title",
                "transform", "translate(16 " + SvgBuilder.num(TOP + SIDE / 2) + ") rotate(-90)");
        svg.raw(Labels.shorten(yLabel, 40)).close();
        if (diagonal != null) {
            svg.empty("line", "x1", SvgBuilder.num(x(0)), "y1", SvgBuilder.num(y(0)), "x2", SvgBuilder.num(x(1)),
                    "y2", SvgBuilder.num(y(1)), "class", "ref");
        }
        for (int c = 0; c < curves.size(); c++) {
            Curve curve = curves.get(c);
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < curve.xs().size(); i++) {
                Double px = curve.xs().get(i);
                Double py = curve.ys().get(i);
                if (px == null || py == null || !Double.isFinite(px) || !Double.isFinite(py)) {
                    continue;
                }
                d.append(d.length() == 0 ? "M" : "L").append(SvgBuilder.num(x(px))).append(' ')
                        .append(SvgBuilder.num(y(py)));
            }
            svg.empty("path", "d", d.toString(), "class", "curve c" + c);
            if (curve.markers()) {
                for (int i = 0; i < curve.xs().size(); i++) {
                    Double px = curve.xs().get(i);
                    Double py = curve.ys().get(i);
                    if (px != null && py != null && Double.isFinite(px) && Double.isFinite(py)) {
                        svg.empty("circle", "cx", SvgBuilder.num(x(px)), "cy", SvgBuilder.num(y(py)), "r", "3.5",
                                "class", "dot s" + c);
                    }
                }
            }
        }
        double ly = TOP + 14;
        double lx = LEFT + SIDE + 24;
        for (int c = 0; c < curves.size(); c++) {
            svg.line(lx, ly - 4, lx + 22, ly - 4, "curve c" + c);
            svg.label(lx + 28, ly, "start", "lbl", curves.get(c).name(), 22);
            ly += 20;
        }
        if (diagonal != null) {
            svg.line(lx, ly - 4, lx + 22, ly - 4, "ref");
            svg.label(lx + 28, ly, "start", "lbl", diagonal, 22);
        }
        return svg.build();
    }

    /** The text alternative: each curve's points as {@code (x, y)}. */
    static String description(List<Curve> curves, DoubleFunction<String> number) {
        List<String> parts = new ArrayList<>();
        for (Curve c : curves) {
            List<String> points = new ArrayList<>();
            for (int i : sample(c.xs().size())) {
                Double px = c.xs().get(i);
                Double py = c.ys().get(i);
                points.add("(" + (px == null ? "-" : number.apply(px)) + ", " + (py == null ? "-" : number.apply(py))
                        + ")");
            }
            parts.add(c.name() + ": " + String.join(" ", points));
        }
        return String.join("; ", parts);
    }

    /** Every index up to 12 points, else 11 indices spread evenly from the first to the last. */
    static List<Integer> sample(int n) {
        List<Integer> out = new ArrayList<>();
        if (n <= 12) {
            for (int i = 0; i < n; i++) {
                out.add(i);
            }
            return out;
        }
        for (int k = 0; k <= 10; k++) {
            int i = (int) Math.round(k * (n - 1) / 10.0);
            if (out.isEmpty() || out.get(out.size() - 1) != i) {
                out.add(i);
            }
        }
        return out;
    }

    private static double x(double v) {
        return LEFT + Math.max(0, Math.min(1, v)) * SIDE;
    }

    private static double y(double v) {
        return TOP + SIDE - Math.max(0, Math.min(1, v)) * SIDE;
    }
}
