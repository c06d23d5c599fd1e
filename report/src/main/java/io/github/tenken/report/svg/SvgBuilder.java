package io.github.tenken.report.svg;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Writes SVG markup element by element. Element and attribute names come from code; every attribute value and every
 * text node is escaped with {@link Xml#escape}, so data can never open an element of its own.
 *
 * <pre>{@code
 * SvgBuilder svg = SvgBuilder.svg(200, 100, "class balance");
 * svg.rect(0, 0, 50, 80, "series-0");
 * svg.text(25, 95, "middle", "label", "<50K");
 * SvgMarkup markup = svg.build();
 * }</pre>
 */
public final class SvgBuilder {

    private final StringBuilder out = new StringBuilder(1024);
    private final Deque<String> open = new ArrayDeque<>();

    private SvgBuilder() {
    }

    /** Starts an {@code <svg>} of this size with an accessible label. */
    public static SvgBuilder svg(double width, double height, String label) {
        SvgBuilder b = new SvgBuilder();
        b.open("svg", "class", "chart-svg", "width", num(width),
                "height", num(height), "viewBox", "0 0 " + num(width) + " " + num(height), "role", "img",
                "aria-label", label);
        b.open("title").raw(label).close();
        return b;
    }

    /**
     * An {@code <svg>} with {@code role="img"}, a {@code <title>} and a {@code <desc>}: the text alternative that
     * gives the chart's values to a screen reader and to a reader of the source.
     */
    public static SvgBuilder svg(double width, double height, String label, String description) {
        SvgBuilder b = svg(width, height, label);
        if (description != null && !description.isBlank()) {
            b.open("desc").raw(description).close();
        }
        return b;
    }

    /** Opens an element with attributes given as name, value pairs. */
    public SvgBuilder open(String name, String... attributes) {
        tag(name, attributes);
        out.append('>');
        open.push(name);
        return this;
    }

    /** Closes the innermost open element. */
    public SvgBuilder close() {
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /** A self-closing element with attributes given as name, value pairs. */
    public SvgBuilder empty(String name, String... attributes) {
        tag(name, attributes);
        out.append("/>");
        return this;
    }

    /** A rectangle with a CSS class. */
    public SvgBuilder rect(double x, double y, double w, double h, String cssClass) {
        return empty("rect", "x", num(x), "y", num(y), "width", num(Math.max(0, w)), "height", num(Math.max(0, h)),
                "class", cssClass);
    }

    /** A line with a CSS class. */
    public SvgBuilder line(double x1, double y1, double x2, double y2, String cssClass) {
        return empty("line", "x1", num(x1), "y1", num(y1), "x2", num(x2), "y2", num(y2), "class", cssClass);
    }

    /**
     * A text node at (x, y) with an anchor ({@code start}, {@code middle}, {@code end}, or {@code null} to inherit
     * it from an enclosing group) and a CSS class ({@code null} to inherit).
     */
    public SvgBuilder text(double x, double y, String anchor, String cssClass, String text) {
        openText(x, y, anchor, cssClass);
        return raw(text).close();
    }

    /**
     * A label shortened to {@code maxChars}; when shortened, the full text is kept in a {@code <title>} so that it
     * shows on hover and stays in the document.
     */
    public SvgBuilder label(double x, double y, String anchor, String cssClass, String text, int maxChars) {
        String shown = Labels.shorten(text, maxChars);
        openText(x, y, anchor, cssClass);
        if (!shown.equals(text)) {
            open("title").raw(text).close();
        }
        return raw(shown).close();
    }

    /** Text content, escaped. */
    public SvgBuilder raw(String text) {
        out.append(Xml.escape(text));
        return this;
    }

    /** The markup; every open element is closed. */
    public SvgMarkup build() {
        while (!open.isEmpty()) {
            close();
        }
        return new SvgMarkup(out.toString());
    }

    /** A coordinate with at most one decimal, locale-neutral: {@code 12}, {@code 12.5}. */
    public static String num(double v) {
        if (!Double.isFinite(v)) {
            return "0";
        }
        long tenths = Math.round(v * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    private void openText(double x, double y, String anchor, String cssClass) {
        out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
        if (anchor != null) {
            out.append(" text-anchor=\"").append(Xml.escape(anchor)).append('"');
        }
        if (cssClass != null) {
            out.append(" class=\"").append(Xml.escape(cssClass)).append('"');
        }
        out.append('>');
        open.push("text");
    }

    private void tag(String name, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes of <" + name + "> must be name, value pairs");
        }
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"").append(Xml.escape(attributes[i + 1])).append('"');
        }
    }
}
