package io.github.tenken.checks.io;

import io.github.tenken.internal.Formats;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The decompressed bytes of a file on their way to the reference reader's decoder, checked as they pass: well-formed
 * UTF-8 (when the file is UTF-8), no field longer than {@link CsvOptions#maxFieldBytes()} and, for a gzipped file, no
 * more than {@link CsvOptions#maxBytes()} in all. At the first problem the guard keeps it as a
 * {@link DataFileException} naming the line (and byte offset) and ends the stream there, so nothing past it is held
 * in memory; the reader throws it when it reaches the record of that line, which keeps an error on an earlier line
 * first, as in the parallel reader.
 */
final class ByteGuard extends FilterInputStream {

    private final String file;
    private final Utf8Validator utf8;
    private final FieldSpans spans;
    private final long maxBytes;
    private final int skipLines;
    private long offset;
    private int line = 1;
    private boolean afterCr;
    private long sequenceStart;
    private int sequenceLine;
    private int fieldLine;
    private DataFileException problem;

    /**
     * A guard over a file's decompressed bytes.
     *
     * @param gzipped whether the file was gzipped (only then is the total size limited)
     */
    ByteGuard(InputStream in, String file, CsvOptions options, boolean gzipped) {
        super(in);
        this.file = file;
        boolean utf = options.encoding().equals(StandardCharsets.UTF_8);
        this.utf8 = utf ? new Utf8Validator() : null;
        // fields are measured in bytes only where a delimiter is one byte: UTF-8 and the one-byte encodings
        this.spans = utf || options.encoding().newEncoder().maxBytesPerChar() == 1 ? new FieldSpans(options) : null;
        this.maxBytes = gzipped ? options.maxBytes() : Long.MAX_VALUE;
        this.skipLines = options.skipLines();
    }

    /** The problem found so far, or {@code null}. */
    DataFileException problem() {
        return problem;
    }

    /** Throws the problem found so far when it is on this line or before. */
    void check(int lastLine) {
        if (problem != null && problem.line() <= lastLine) {
            throw problem;
        }
    }

    /** Throws the problem found so far, if any. */
    void check() {
        if (problem != null) {
            throw problem;
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (problem != null) {
            return -1;
        }
        int n = in.read(b, off, len);
        if (n < 0) {
            if (utf8 != null && !utf8.finish()) {
                problem = DataFileException.ofByte(file, sequenceLine, sequenceStart,
                        Utf8Validator.problem(utf8.broken()));
            }
            return -1;
        }
        for (int i = 0; i < n; i++) {
            if (!take(b[off + i])) {
                return i == 0 ? -1 : i;
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("the guard does not skip");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Checks one byte; {@code false} when it is a problem (which is then kept). */
    private boolean take(byte c) {
        if (offset >= maxBytes) {
            problem = DataFileException.ofLine(file, line, "the file decompresses to more than "
                    + Formats.count(maxBytes) + " bytes (the limit maxBytes); raise the limit if it is meant");
            return false;
        }
        if (utf8 != null && (c < 0 || !utf8.atBoundary())) {
            if (utf8.atBoundary()) {
                sequenceStart = offset;
                sequenceLine = line;
            }
            if (!utf8.accept(c)) {
                problem = DataFileException.ofByte(file, sequenceLine, sequenceStart,
                        Utf8Validator.problem(utf8.broken()));
                return false;
            }
        }
        boolean bom = offset < 3 && utf8 != null && isBom(c);
        offset++;
        if (spans != null && line > skipLines && !bom) {
            if (!spans.inField()) {
                fieldLine = line;
            }
            if (!spans.accept(c)) {
                problem = DataFileException.ofLine(file, fieldLine, FieldSpans.problem(spans.max()));
                return false;
            }
        }
        if (c == '\n') {
            if (!afterCr) {
                line++;
            }
            afterCr = false;
        } else if (c == '\r') {
            line++;
            afterCr = true;
        } else {
            afterCr = false;
        }
        return true;
    }

    private boolean isBom(byte c) {
        return (offset == 0 && c == (byte) 0xEF) || (offset == 1 && c == (byte) 0xBB) || (offset == 2 && c == (byte) 0xBF);
    }
}
