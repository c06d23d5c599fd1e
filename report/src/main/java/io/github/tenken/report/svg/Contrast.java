package io.github.tenken.report.svg;

/**
 * WCAG 2 contrast of two sRGB colours given as {@code #rrggbb}: {@code (L1 + 0.05) / (L2 + 0.05)} of their relative
 * luminances, 1 for equal colours, 21 for black on white. The charts use it to pick dark or light text on a filled
 * cell; the tests use it to hold the report's text colours to 4.5:1.
 */
public final class Contrast {

    private Contrast() {
    }

    /** The contrast ratio of two colours, at least 1. */
    public static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The relative luminance of {@code #rrggbb}. */
    public static double luminance(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("not a colour #rrggbb: \"" + hex + "\"");
        }
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    /** Of two text colours, the one with more contrast on the background. */
    public static String betterText(String background, String dark, String light) {
        return ratio(background, dark) >= ratio(background, light) ? dark : light;
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
