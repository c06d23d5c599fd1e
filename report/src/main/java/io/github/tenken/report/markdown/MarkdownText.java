package io.github.tenken.report.markdown;

/**
 * Escapes data for GitHub-flavoured Markdown, in running text and in table cells alike: every character that could
 * start emphasis, code, a link, a table cell or HTML is backslash-escaped or written as an entity, and a line break
 * becomes {@code <br>} so that a value never ends a table row.
 */
public final class MarkdownText {

    private MarkdownText() {
    }

    /**
     * The text, safe to place in a Markdown paragraph or table cell.
     *
     * @param text data, e.g. a category value read from a file
     * @return the escaped text; empty for {@code null}
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '|', '[', ']', '#', '~', '!', '{', '}', '(', ')', '+', '-', '.', '>'
                        -> escapeIfNeeded(sb, text, i, c);
                case '<' -> sb.append("&lt;");
                case '&' -> sb.append("&amp;");
                case '\r' -> {
                    sb.append("<br>");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> sb.append("<br>");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Characters that change meaning anywhere are always escaped; {@code # + - . ! ( ) { } >} only matter at the
     * start of a line or next to a bracket, and escaping them everywhere would make ids such as
     * {@code b3.missing-values} unreadable in the Markdown source, so they are escaped only at the start of the text.
     */
    private static void escapeIfNeeded(StringBuilder sb, String text, int i, char c) {
        boolean always = c == '\\' || c == '`' || c == '*' || c == '_' || c == '|' || c == '[' || c == ']'
                || c == '~';
        if (always || i == 0) {
            sb.append('\\');
        }
        sb.append(c);
    }
}
