package io.github.tenken.checks.io;

/**
 * Measures the fields of records byte by byte, as written (quotes and surrounding spaces included), to stop at the
 * first field longer than the limit before it is held in memory. A quote opens a quoted field only at a field's
 * start (after white space when trimming); inside, line breaks and delimiters are content. Both readers measure with
 * this one rule, so they refuse the same field: the reference reader on the stream it decodes, the parallel reader
 * on a record that grew longer than the limit.
 */
final class FieldSpans {

    private static final int START = 0;
    private static final int PLAIN = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_SEEN = 3;

    private final byte delimiter;
    private final byte quote;
    private final boolean trim;
    private final long max;
    private int state = START;
    private long span;

    FieldSpans(CsvOptions options) {
        this.delimiter = (byte) options.delimiter();
        this.quote = (byte) options.quote();
        this.trim = options.trim();
        this.max = options.maxFieldBytes();
    }

    /** The limit. */
    long max() {
        return max;
    }

    /** Starts afresh at the start of a record. */
    void reset() {
        state = START;
        span = 0;
    }

    /** Whether a field is open (at least one of its bytes was taken). */
    boolean inField() {
        return span > 0;
    }

    /** Takes the next byte; returns {@code false} when the field it belongs to is now longer than the limit. */
    boolean accept(byte c) {
        switch (state) {
            case QUOTED -> {
                if (c == quote) {
                    state = QUOTE_SEEN;
                }
            }
            case QUOTE_SEEN -> {
                if (c == quote) {
                    state = QUOTED;
                } else if (ends(c)) {
                    return true;
                } else {
                    state = PLAIN;
                }
            }
            case PLAIN -> {
                if (ends(c)) {
                    return true;
                }
            }
            default -> {
                if (ends(c)) {
                    return true;
                }
                if (c == quote) {
                    state = QUOTED;
                } else if (!trim || !Utf8.isAsciiWhitespace(c)) {
                    state = PLAIN;
                }
            }
        }
        return ++span <= max;
    }

    /** Ends the field at a delimiter or a line break (outside quotes). */
    private boolean ends(byte c) {
        if (c == delimiter || c == '\n' || c == '\r') {
            state = START;
            span = 0;
            return true;
        }
        return false;
    }

    /** Whether some field of the record bytes {@code [from, to)} is longer than the limit (from a record's start). */
    boolean exceeds(byte[] b, int from, int to) {
        reset();
        for (int p = from; p < to; p++) {
            if (!accept(b[p])) {
                return true;
            }
        }
        return false;
    }

    /** The problem of a field longer than the limit. */
    static String problem(long max) {
        return "a field is longer than " + io.github.tenken.internal.Formats.count(max) + " bytes (the limit "
                + "maxFieldBytes; a quote may be missing); raise the limit if such fields are meant";
    }
}
