package io.github.tenken.checks.io;

import java.util.Arrays;

/**
 * The options the byte-level reader compares bytes with, as bytes: delimiter, quote, trimming, the missing-value
 * markers and the junk-line prefix in UTF-8, and the tests of a record that make it blank or junk, shared by the
 * record splitter and the batch parser.
 */
final class CsvSyntax {

    final byte delimiter;
    final byte quote;
    final boolean trim;
    private final byte[][] markers;
    private final int longestMarker;
    private final boolean emptyMarker;
    /** The first bytes of the non-empty markers, as a 256-bit set: most values (digits) start with none of them. */
    private final long[] firstBytes = new long[4];
    private final byte[] junkPrefix;

    CsvSyntax(CsvOptions options) {
        if (!options.fastPathSupported()) {
            throw new IllegalArgumentException("the byte-level reader cannot read with these options");
        }
        this.delimiter = (byte) options.delimiter();
        this.quote = (byte) options.quote();
        this.trim = options.trim();
        this.markers = options.missingMarkers().stream().map(Utf8::encode).toArray(byte[][]::new);
        this.longestMarker = Arrays.stream(markers).mapToInt(m -> m.length).max().orElse(-1);
        this.emptyMarker = Arrays.stream(markers).anyMatch(m -> m.length == 0);
        for (byte[] m : markers) {
            if (m.length > 0) {
                firstBytes[(m[0] & 0xFF) >>> 6] |= 1L << (m[0] & 0x3F);
            }
        }
        this.junkPrefix = options.skipPrefix().map(Utf8::encode).orElse(null);
    }

    /** Whether the value's bytes equal a missing-value marker. */
    boolean isMissing(byte[] b, int from, int to) {
        int length = to - from;
        if (length > longestMarker) {
            return false;
        }
        if (length == 0) {
            return emptyMarker;
        }
        int first = b[from] & 0xFF;
        if ((firstBytes[first >>> 6] & (1L << (first & 0x3F))) == 0) {
            return false;
        }
        // markers are a few bytes long: a plain loop beats Arrays.equals' set-up
        for (byte[] m : markers) {
            if (m.length == length) {
                int i = 0;
                while (i < length && b[from + i] == m[i]) {
                    i++;
                }
                if (i == length) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether junk lines are skipped at all. */
    boolean hasJunkPrefix() {
        return junkPrefix != null;
    }

    /**
     * Whether a record whose first field has the value {@code [from, to)} is skipped: blank (a single field of white
     * space) or junk (its first field starts with the prefix), as the reference reader decides on decoded text.
     */
    boolean isSkipped(byte[] b, int from, int to, boolean singleField) {
        return isBlank(b, from, to, singleField) || isJunk(b, from, to);
    }

    /** Whether a record whose first field has the value {@code [from, to)} is blank: one field of white space. */
    boolean isBlank(byte[] b, int from, int to, boolean singleField) {
        return singleField && Utf8.isBlank(b, from, to);
    }

    /** Whether a record whose first field has the value {@code [from, to)} is junk: it starts with the prefix. */
    boolean isJunk(byte[] b, int from, int to) {
        return junkPrefix != null && to - from >= junkPrefix.length
                && Arrays.equals(b, from, from + junkPrefix.length, junkPrefix, 0, junkPrefix.length);
    }

    /** Whether the value's bytes equal one of these markers (a column's own). */
    static boolean matches(byte[][] markers, byte[] b, int from, int to) {
        int length = to - from;
        for (byte[] m : markers) {
            if (m.length == length && Arrays.equals(b, from, to, m, 0, length)) {
                return true;
            }
        }
        return false;
    }
}
