package io.github.tenken.checks.io;

import java.nio.charset.StandardCharsets;

/**
 * What the byte-level reader needs to know about UTF-8 text to give the same values as the reference reader, which
 * decodes first: which bytes are white space to {@link Character#isWhitespace} (ASCII ones, and the few 3-byte
 * sequences of Unicode spaces such as U+3000), blank values, and decoding with the same replacement of malformed
 * input as {@link java.io.InputStreamReader}.
 *
 * <p>The ASCII bytes a CSV parser looks for (delimiter, quote, line breaks) never occur inside a multi-byte UTF-8
 * sequence, and a malformed sequence is replaced without swallowing the ASCII byte after it, so splitting the bytes
 * first and decoding each value afterwards gives the same text as decoding first.
 */
final class Utf8 {

    private Utf8() {
    }

    /** Whether this ASCII byte is white space to {@link Character#isWhitespace}: tab to CR, FS to US, space. */
    static boolean isAsciiWhitespace(int b) {
        return b == ' ' || (b >= '\t' && b <= '\r') || (b >= 0x1C && b <= 0x1F);
    }

    /**
     * The length (3) of the non-ASCII white-space character that starts at {@code p}, or 0. Every such character
     * ({@code U+1680}, {@code U+2000..U+200A} but {@code U+2007}, {@code U+2028}, {@code U+2029}, {@code U+205F},
     * {@code U+3000}) takes three bytes with a lead byte of {@code E1..E3}.
     */
    static int whitespaceLength(byte[] b, int p, int limit) {
        int lead = b[p] & 0xFF;
        if (lead < 0xE1 || lead > 0xE3 || p + 2 >= limit) {
            return 0;
        }
        int b1 = b[p + 1] & 0xFF;
        int b2 = b[p + 2] & 0xFF;
        if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) {
            return 0;
        }
        char c = (char) (((lead & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F));
        return Character.isWhitespace(c) ? 3 : 0;
    }

    /** The length (3) of the non-ASCII white-space character that ends just before {@code end}, or 0. */
    static int whitespaceLengthBefore(byte[] b, int start, int end) {
        return end - 3 >= start ? whitespaceLength(b, end - 3, end) : 0;
    }

    /** Whether the bytes decode to a blank text ({@link String#isBlank}): white space only, or nothing. */
    static boolean isBlank(byte[] b, int from, int to) {
        int p = from;
        while (p < to) {
            if (isAsciiWhitespace(b[p])) {
                p++;
            } else {
                int w = b[p] < 0 ? whitespaceLength(b, p, to) : 0;
                if (w == 0) {
                    return false;
                }
                p += w;
            }
        }
        return true;
    }

    /** Whether every byte is ASCII, so that the bytes are valid UTF-8 and encode their decoded text exactly. */
    static boolean isAscii(byte[] b, int from, int to) {
        for (int p = from; p < to; p++) {
            if (b[p] < 0) {
                return false;
            }
        }
        return true;
    }

    /** The text of the bytes; malformed input becomes U+FFFD as with the reference reader's decoder. */
    static String decode(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }

    /** The UTF-8 bytes of a text. */
    static byte[] encode(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
