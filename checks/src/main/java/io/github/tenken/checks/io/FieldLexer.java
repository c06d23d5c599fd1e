package io.github.tenken.checks.io;

/**
 * Reads one field of a record held whole in a byte array, with exactly the rules of the reference reader (Apache
 * Commons CSV with {@code ignoreSurroundingSpaces} and {@code trim} both following the trim option):
 * <ul>
 * <li>when trimming, white space (as {@link Character#isWhitespace}) before the field is skipped;</li>
 * <li>a quote opens a quoted field only there, at the start of the field; inside, {@code ""} is a quote and
 *     delimiters and line breaks are content; after the closing quote only white space may come before the
 *     delimiter or the line break;</li>
 * <li>an unquoted field runs to the delimiter or the line break ({@code \n}, {@code \r\n} or {@code \r}); when
 *     trimming, its trailing white space is dropped;</li>
 * <li>when trimming, characters up to {@code U+0020} are then dropped at both ends ({@link String#trim}).</li>
 * </ul>
 * The result is a byte range of the input; doubled quotes inside are collapsed by {@link #collapseQuotes} when
 * {@link #escaped} says there are any. One instance per thread: the fields hold the last result.
 */
final class FieldLexer {

    private final byte delimiter;
    private final byte quote;
    private final boolean trim;

    /** The value's first byte. */
    int start;
    /** The end (exclusive) of the value's bytes, doubled quotes not yet collapsed. */
    int end;
    /** Whether the value holds doubled quotes. */
    boolean escaped;
    /** Whether the field was the record's last. */
    boolean last;
    /** Where the next field, or the next record when {@link #last}, starts. */
    int next;
    /** Line breaks read: inside a quoted value and the one that ends the record. */
    int lineBreaks;

    FieldLexer(CsvSyntax syntax) {
        this.delimiter = syntax.delimiter;
        this.quote = syntax.quote;
        this.trim = syntax.trim;
    }

    /**
     * Reads the field starting at {@code p}; the record ends at {@code limit} at the latest. Returns {@code false}
     * when the record is malformed (the quoted field is not closed, or other text follows its closing quote):
     * the splitter has already refused such records, so a parser never sees one.
     */
    boolean lex(byte[] b, int p, int limit) {
        escaped = false;
        lineBreaks = 0;
        if (p < limit) {
            // the common field: starts and ends with a visible ASCII character, holds no quote: nothing to trim
            byte first = b[p];
            if (first > ' ' && first != quote && first != delimiter) {
                int q = p + 1;
                while (q < limit) {
                    byte c = b[q];
                    if (c == delimiter || c == '\n' || c == '\r') {
                        break;
                    }
                    q++;
                }
                if (!trim || b[q - 1] > ' ') {
                    start = p;
                    end = q;
                    terminate(b, q, limit);
                    return true;
                }
            }
        }
        if (trim) {
            p = skipWhitespace(b, p, limit);
        }
        if (p >= limit) {
            start = p;
            end = p;
            last = true;
            next = p;
            return true;
        }
        byte c = b[p];
        if (c == delimiter || c == '\n' || c == '\r') {
            start = p;
            end = p;
            terminate(b, p, limit);
            return true;
        }
        if (c == quote) {
            return lexQuoted(b, p + 1, limit);
        }
        int s = p;
        while (p < limit) {
            c = b[p];
            if (c == delimiter || c == '\n' || c == '\r') {
                break;
            }
            p++;
        }
        int e = p;
        if (trim) {
            e = trimTrailingWhitespace(b, s, e);
            trimControl(b, s, e);
        } else {
            start = s;
            end = e;
        }
        terminate(b, p, limit);
        return true;
    }

    private boolean lexQuoted(byte[] b, int p, int limit) {
        int s = p;
        while (true) {
            if (p >= limit) {
                return false;
            }
            byte c = b[p];
            if (c == quote) {
                if (p + 1 < limit && b[p + 1] == quote) {
                    escaped = true;
                    p += 2;
                    continue;
                }
                break;
            }
            if (c == '\n') {
                lineBreaks++;
            } else if (c == '\r') {
                lineBreaks++;
                if (p + 1 < limit && b[p + 1] == '\n') {
                    p++;
                }
            }
            p++;
        }
        int e = p;
        p++;
        while (p < limit) {
            byte c = b[p];
            if (c == delimiter || c == '\n' || c == '\r') {
                break;
            }
            if (Utf8.isAsciiWhitespace(c)) {
                p++;
            } else {
                int w = c < 0 ? Utf8.whitespaceLength(b, p, limit) : 0;
                if (w == 0) {
                    return false;
                }
                p += w;
            }
        }
        if (trim) {
            trimControl(b, s, e);
        } else {
            start = s;
            end = e;
        }
        terminate(b, p, limit);
        return true;
    }

    /** Sets {@link #last}, {@link #next} and the line break after a field whose terminator is at {@code p}. */
    private void terminate(byte[] b, int p, int limit) {
        if (p >= limit) {
            last = true;
            next = p;
            return;
        }
        byte c = b[p];
        if (c == delimiter) {
            last = false;
            next = p + 1;
            return;
        }
        last = true;
        lineBreaks++;
        next = c == '\r' && p + 1 < limit && b[p + 1] == '\n' ? p + 2 : p + 1;
    }

    private int skipWhitespace(byte[] b, int p, int limit) {
        while (p < limit) {
            byte c = b[p];
            if (c == delimiter || c == '\n' || c == '\r') {
                return p;
            }
            if (Utf8.isAsciiWhitespace(c)) {
                p++;
            } else {
                int w = c < 0 ? Utf8.whitespaceLength(b, p, limit) : 0;
                if (w == 0) {
                    return p;
                }
                p += w;
            }
        }
        return p;
    }

    /** The end after dropping trailing white space, as Commons CSV does to an unquoted field. */
    private static int trimTrailingWhitespace(byte[] b, int s, int e) {
        while (e > s) {
            byte c = b[e - 1];
            if (Utf8.isAsciiWhitespace(c)) {
                e--;
            } else {
                int w = c < 0 ? Utf8.whitespaceLengthBefore(b, s, e) : 0;
                if (w == 0) {
                    return e;
                }
                e -= w;
            }
        }
        return e;
    }

    /** Sets the value to {@code [s, e)} without bytes up to {@code 0x20} at either end, as {@link String#trim}. */
    private void trimControl(byte[] b, int s, int e) {
        while (s < e && (b[s] & 0xFF) <= ' ') {
            s++;
        }
        while (e > s && (b[e - 1] & 0xFF) <= ' ') {
            e--;
        }
        start = s;
        end = e;
    }

    /**
     * Collapses each doubled quote of {@code [from, to)} into one, in place, and returns the new end. The bytes
     * after the new end up to {@code to} are left as they were.
     */
    static int collapseQuotes(byte[] b, int from, int to, byte quote) {
        int w = from;
        for (int r = from; r < to; r++) {
            byte c = b[r];
            b[w++] = c;
            if (c == quote && r + 1 < to && b[r + 1] == quote) {
                r++;
            }
        }
        return w;
    }
}
