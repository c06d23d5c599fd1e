package io.github.tenken.report.svg;

/** Escapes text for XML and HTML, in element content and in quoted attribute values alike. */
public final class Xml {

    private Xml() {
    }

    /**
     * The text with {@code & < > " '} replaced by entities and characters XML cannot carry (control characters other
     * than tab and line breaks, lone surrogates) replaced by U+FFFD; {@code null} gives an empty string.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&#34;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(ch) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        sb.append(ch).append(text.charAt(++i));
                    } else if (isAllowed(ch)) {
                        sb.append(ch);
                    } else {
                        sb.append('\uFFFD');
                    }
                }
            }
        }
        return sb.toString();
    }

    private static boolean isAllowed(char ch) {
        return ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD);
    }
}
