package io.github.tenken.report.svg;

/**
 * Collects many bars into one compact SVG path of one series: {@code M x y v h v z} for the first bar, then a relative
 * {@code m dx dy} from the previous bar's start.
 */
final class BarPath {

    private final StringBuilder d = new StringBuilder();
    private long lastX;
    private long lastY;
    private String lastBase;

    /**
     * A bar from the baseline {@code (x, base)} of width {@code w} and signed height {@code dy} (negative is up),
     * with its sides on whole pixels so that bars stay crisp and the path short.
     */
    void vertical(double x, double base, double w, double dy) {
        long left = Math.round(x);
        long right = Math.max(left + 1, Math.round(x + w));
        String baseText = SvgBuilder.num(base);
        if (d.length() == 0 || !baseText.equals(lastBase)) {
            d.append('M').append(left).append(' ').append(baseText);
        } else {
            d.append('m').append(left - lastX).append(" 0");
        }
        lastX = left;
        lastBase = baseText;
        d.append('v').append(SvgBuilder.num(dy)).append('h').append(right - left)
                .append('v').append(SvgBuilder.num(-dy)).append('z');
    }

    /**
     * A bar from the baseline {@code (base, y)} of height {@code h} and signed length {@code dx} (negative is left),
     * with its top and bottom on whole pixels.
     */
    void horizontal(double base, double y, double h, double dx) {
        long top = Math.round(y);
        long bottom = Math.max(top + 1, Math.round(y + h));
        String baseText = SvgBuilder.num(base);
        if (d.length() == 0 || !baseText.equals(lastBase)) {
            d.append('M').append(baseText).append(' ').append(top);
        } else {
            d.append("m0 ").append(top - lastY);
        }
        lastY = top;
        lastBase = baseText;
        d.append('h').append(SvgBuilder.num(dx)).append('v').append(bottom - top)
                .append('h').append(SvgBuilder.num(-dx)).append('z');
    }

    /** Draws the path, if any bar was added. */
    void draw(SvgBuilder svg, String cssClass) {
        if (d.length() > 0) {
            svg.empty("path", "d", d.toString(), "class", cssClass);
        }
    }
}
