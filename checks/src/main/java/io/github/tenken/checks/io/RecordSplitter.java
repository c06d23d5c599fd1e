package io.github.tenken.checks.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Cuts the decompressed bytes of a file into {@link RawBatch}es of a given number of rows, sequentially and cheaply
 * so that parsing can run in parallel: one pass over the bytes with a small quote-aware state machine finds where
 * each record ends (RFC 4180 as the reference reader reads it: a quote opens a quoted field only at the start of a
 * field, {@code ""} inside is a quote, line breaks inside quotes belong to the field), counts physical lines, and
 * tells rows from blank and junk records, which do not count.
 *
 * <p>Most records hold no quote: their end is the first line break, found eight bytes at a time (SWAR). Only a
 * record with a quote byte is walked field by field, since a quote opens a quoted field only at a field's start.
 *
 * <p>A UTF-8 byte-order mark is dropped and the option's leading lines are skipped first, as the reference reader
 * does. The bytes are read through a window that only keeps the current batch; a record longer than the window
 * grows it. A record that is not valid CSV (an unclosed quote, text after a closing quote), a field longer than
 * {@link CsvOptions#maxFieldBytes()} (found while the record is read, before it is held whole), a skipped line that
 * is not UTF-8, {@code skipLines} past the end, or an I/O error (such as a gzipped file larger than
 * {@link CsvOptions#maxBytes()}) ends the splitting: the batch handed out then carries a
 * {@link RawBatch.SplitFailure} after its complete records, which the reference reader words. Blank records are
 * counted ({@link #blankLines()}).
 */
final class RecordSplitter implements Closeable {

    private static final int READ = 1 << 20;
    private static final int NEED_MORE = -1;
    private static final int MALFORMED = -2;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LF_BYTES = '\n' * ONES;
    private static final long CR_BYTES = '\r' * ONES;

    private final InputStream in;
    private final CsvSyntax syntax;
    private final FieldLexer lexer;
    private final int skipLines;
    private final byte delimiter;
    private final byte quote;
    private final long quoteBytes;
    private final boolean trim;
    private final int maxField;
    private final FieldSpans spans;

    private long consumed;          // bytes of the input before window[0]
    private long blankLines;
    private long checkedLength;     // how much of the record at pos was measured for field lengths
    private boolean startFailed;
    private byte[] window = new byte[64 * 1024];
    private int limit;
    private int pos;
    private int keepFrom;
    private boolean eof;
    private boolean started;
    private boolean done;
    private int breaks;
    private int recordBreaks;
    /** Whether the record just scanned is surely no blank line (it has a delimiter or starts visibly). */
    private boolean certainRow;
    private byte[] scratch = new byte[256];

    RecordSplitter(InputStream in, CsvSyntax syntax, CsvOptions options) {
        this.in = in;
        this.syntax = syntax;
        this.lexer = new FieldLexer(syntax);
        this.skipLines = options.skipLines();
        this.maxField = options.maxFieldBytes();
        this.spans = new FieldSpans(options);
        this.delimiter = syntax.delimiter;
        this.quote = syntax.quote;
        this.quoteBytes = (syntax.quote & 0xFFL) * ONES;
        this.trim = syntax.trim;
    }

    /**
     * The next {@code rows} rows (fewer at the end of the file), or {@code null} when no row is left. A batch with
     * a failure may hold no row.
     */
    RawBatch next(int rows) {
        if (done) {
            return null;
        }
        int found = 0;
        int firstLine = 0;
        long firstOffset = 0;
        RawBatch.SplitFailure failure = null;
        try {
            if (!started) {
                start();
            }
            keepFrom = pos;
            firstLine = line();
            firstOffset = consumed + pos;
            if (startFailed) {
                failure = new RawBatch.SplitFailure(firstLine, null);
            }
            while (failure == null && found < rows) {
                if (pos >= limit) {
                    if (eof) {
                        done = true;
                        break;
                    }
                    refill();
                    continue;
                }
                int end = scanPlainRecord(pos);
                if (end == NEED_MORE) {
                    if (tooLongSoFar()) {
                        failure = new RawBatch.SplitFailure(line(), null);
                        break;
                    }
                    refill();
                    continue;
                }
                if (end == MALFORMED || end - pos > maxField && spans.exceeds(window, pos, end)) {
                    failure = new RawBatch.SplitFailure(line(), null);
                    break;
                }
                if (isRow(pos, end)) {
                    found++;
                }
                breaks += recordBreaks;
                pos = end;
                checkedLength = 0;
            }
        } catch (IOException e) {
            failure = new RawBatch.SplitFailure(line(), e);
        }
        if (failure != null) {
            done = true;
        } else if (found == 0) {
            done = true;
            // blank and junk records at the end reach no parser: their bytes are checked here
            if (new Utf8Validator().firstInvalid(window, keepFrom, pos) < 0) {
                return null;
            }
            failure = new RawBatch.SplitFailure(firstLine, null);
        }
        byte[] bytes = Arrays.copyOfRange(window, keepFrom, pos);
        keepFrom = pos;
        return new RawBatch(bytes, firstLine, firstOffset, found, failure);
    }

    /** How many blank records (white space only) were split off so far. */
    long blankLines() {
        return blankLines;
    }

    /**
     * Whether the unfinished record at {@link #pos} already holds a field longer than the limit; measured again each
     * time the record doubled, so that a long record costs linear time.
     */
    private boolean tooLongSoFar() {
        long length = limit - pos;
        if (length <= maxField || length < 2 * checkedLength) {
            return false;
        }
        checkedLength = length;
        return spans.exceeds(window, pos, limit);
    }

    /** The physical line of the record that starts at {@link #pos}. */
    private int line() {
        return skipLines + breaks + 1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * Drops a byte-order mark and skips the leading lines, as {@link TextSource#open} does; notes a failure when a
     * skipped line is not UTF-8 or the file ends first.
     */
    private void start() throws IOException {
        started = true;
        while (limit < 3 && !eof) {
            refill();
        }
        if (limit >= 3 && window[0] == (byte) 0xEF && window[1] == (byte) 0xBB && window[2] == (byte) 0xBF) {
            pos = 3;
        }
        Utf8Validator utf8 = new Utf8Validator();
        for (int i = 0; i < skipLines && !startFailed; i++) {
            if (!skipLine(utf8)) {
                startFailed = true;
            }
        }
    }

    /** Skips one line; {@code false} when no line was left or its bytes are not UTF-8. */
    private boolean skipLine(Utf8Validator utf8) throws IOException {
        boolean any = false;
        while (true) {
            keepFrom = pos;
            if (pos >= limit) {
                if (eof) {
                    return any && utf8.finish();
                }
                refill();
                continue;
            }
            byte c = window[pos++];
            any = true;
            if ((c < 0 || !utf8.atBoundary()) && !utf8.accept(c)) {
                return false;
            }
            if (c == '\n') {
                return true;
            }
            if (c == '\r') {
                while (pos >= limit && !eof) {
                    refill();
                }
                if (pos < limit && window[pos] == '\n') {
                    pos++;
                }
                return true;
            }
        }
    }

    /**
     * Reads more bytes after moving the bytes still needed (from {@link #keepFrom}) to the front of the window,
     * growing it when they fill most of it. Sets {@link #eof} at the end of the input.
     */
    private void refill() throws IOException {
        if (keepFrom > 0) {
            System.arraycopy(window, keepFrom, window, 0, limit - keepFrom);
            limit -= keepFrom;
            pos -= keepFrom;
            consumed += keepFrom;
            keepFrom = 0;
        }
        if (window.length - limit < window.length / 4) {
            window = Arrays.copyOf(window, window.length * 2);
        }
        int wanted = Math.min(READ, window.length - limit);
        int n = in.readNBytes(window, limit, wanted);
        limit += n;
        if (n < wanted) {
            eof = true;
        }
    }

    /**
     * Finds the end of the record that starts at {@code p} when it holds no quote, by looking for the first line
     * break or quote eight bytes at a time; a quote hands the record to {@link #scanRecord}. Returns what that
     * does.
     */
    private int scanPlainRecord(int p) {
        byte[] b = window;
        int lim = limit;
        int i = p;
        while (i + 8 <= lim) {
            long w = (long) LONGS.get(b, i);
            long found = zeroBytes(w ^ LF_BYTES) | zeroBytes(w ^ CR_BYTES) | zeroBytes(w ^ quoteBytes);
            if (found != 0) {
                i += Long.numberOfTrailingZeros(found) >>> 3;
                break;
            }
            i += 8;
        }
        while (i < lim) {
            byte c = b[i];
            if (c == '\n' || c == '\r' || c == quote) {
                break;
            }
            i++;
        }
        if (i >= lim) {
            return eof ? plainEnd(p, lim) : NEED_MORE;
        }
        byte c = b[i];
        if (c == quote) {
            return scanRecord(p);
        }
        if (c == '\r' && i + 1 >= lim && !eof) {
            return NEED_MORE;
        }
        return plainEnd(p, c == '\r' && i + 1 < lim && b[i + 1] == '\n' ? i + 2 : i + 1);
    }

    /**
     * The end of a record without quotes, with its line break counted and {@link #certainRow} set.
     */
    private int plainEnd(int p, int end) {
        recordBreaks = end > p && (window[end - 1] == '\n' || window[end - 1] == '\r') ? 1 : 0;
        int first = p < end ? window[p] : '\n';
        // a record starting with a visible ASCII character (or a delimiter) is no blank line
        certainRow = first > ' ' && first < 0x7F || first == delimiter;
        return end;
    }

    /** A word with the high bit set in each byte of {@code v} that is zero (and maybe above one), else 0. */
    private static long zeroBytes(long v) {
        return (v - ONES) & ~v & HIGHS;
    }

    /**
     * Finds the end of the record that starts at {@code p}: the position after its line break, or the end of the
     * input. Returns {@link #NEED_MORE} when the window ends first, or {@link #MALFORMED}. Sets
     * {@link #recordBreaks} and {@link #certainRow}.
     */
    private int scanRecord(int p) {
        byte[] b = window;
        int lim = limit;
        recordBreaks = 0;
        certainRow = false;
        boolean fieldStart = true;
        while (true) {
            if (p >= lim) {
                return eof ? lim : NEED_MORE;
            }
            byte c = b[p];
            if (c == delimiter) {
                certainRow = true;
                fieldStart = true;
                p++;
                continue;
            }
            if (c == '\n') {
                recordBreaks++;
                return p + 1;
            }
            if (c == '\r') {
                if (p + 1 >= lim && !eof) {
                    return NEED_MORE;
                }
                recordBreaks++;
                return p + 1 < lim && b[p + 1] == '\n' ? p + 2 : p + 1;
            }
            if (fieldStart) {
                if (c == quote) {
                    p = scanQuoted(p + 1);
                    if (p < 0) {
                        return p;
                    }
                    fieldStart = false;
                    continue;
                }
                if (trim) {
                    if (Utf8.isAsciiWhitespace(c)) {
                        p++;
                        continue;
                    }
                    if (c < 0) {
                        if (p + 2 >= lim && !eof) {
                            return NEED_MORE;
                        }
                        int w = Utf8.whitespaceLength(b, p, lim);
                        if (w > 0) {
                            p += w;
                            continue;
                        }
                    }
                }
                fieldStart = false;
            }
            p++;
            while (p < lim) {
                c = b[p];
                if (c == delimiter || c == '\n' || c == '\r') {
                    break;
                }
                p++;
            }
        }
    }

    /**
     * Skips a quoted field from just after its opening quote, and the white space after its closing quote; returns
     * the position of the delimiter, line break or end that follows, or {@link #NEED_MORE} or {@link #MALFORMED}.
     */
    private int scanQuoted(int p) {
        byte[] b = window;
        int lim = limit;
        while (true) {
            if (p >= lim) {
                return eof ? MALFORMED : NEED_MORE;
            }
            byte c = b[p];
            if (c == quote) {
                if (p + 1 >= lim && !eof) {
                    return NEED_MORE;
                }
                if (p + 1 < lim && b[p + 1] == quote) {
                    p += 2;
                    continue;
                }
                p++;
                break;
            }
            if (c == '\n') {
                recordBreaks++;
            } else if (c == '\r') {
                if (p + 1 >= lim && !eof) {
                    return NEED_MORE;
                }
                recordBreaks++;
                if (p + 1 < lim && b[p + 1] == '\n') {
                    p++;
                }
            }
            p++;
        }
        while (true) {
            if (p >= lim) {
                return eof ? p : NEED_MORE;
            }
            byte c = b[p];
            if (c == delimiter || c == '\n' || c == '\r') {
                return p;
            }
            if (Utf8.isAsciiWhitespace(c)) {
                p++;
                continue;
            }
            if (c < 0) {
                if (p + 2 >= lim && !eof) {
                    return NEED_MORE;
                }
                int w = Utf8.whitespaceLength(b, p, lim);
                if (w > 0) {
                    p += w;
                    continue;
                }
            }
            return MALFORMED;
        }
    }

    /** Whether the record {@code [from, end)} is a row rather than a blank or junk record. */
    private boolean isRow(int from, int end) {
        if (certainRow && !syntax.hasJunkPrefix()) {
            return true;
        }
        lexer.lex(window, from, end);
        byte[] b = window;
        int s = lexer.start;
        int e = lexer.end;
        if (lexer.escaped) {
            if (scratch.length < e - s) {
                scratch = new byte[e - s];
            }
            System.arraycopy(window, s, scratch, 0, e - s);
            b = scratch;
            e = FieldLexer.collapseQuotes(scratch, 0, e - s, quote);
            s = 0;
        }
        if (syntax.isBlank(b, s, e, lexer.last)) {
            blankLines++;
            return false;
        }
        return !syntax.isJunk(b, s, e);
    }
}
