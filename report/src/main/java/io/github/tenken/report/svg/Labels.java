package io.github.tenken.report.svg;

/** Shortens chart labels to fit, counting code points so that no character is cut in half. */
final class Labels {

    private Labels() {
    }

    /** The text cut to {@code maxChars} code points with an ellipsis when longer; {@code null} gives empty. */
    static String shorten(String text, int maxChars) {
        if (text == null) {
            return "";
        }
        int limit = Math.max(2, maxChars);
        if (text.codePointCount(0, text.length()) <= limit) {
            return text;
        }
        int end = text.offsetByCodePoints(0, limit - 1);
        return text.substring(0, end) + "\u2026";
    }

    /** The length in code points. */
    static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}
