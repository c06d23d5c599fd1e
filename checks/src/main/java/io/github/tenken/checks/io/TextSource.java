package io.github.tenken.checks.io;

import io.github.tenken.internal.Formats;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Text that can be read more than once (the second pass of {@link CsvParse}, each scan of a {@link CsvDataset}): a
 * file, re-opened each time, or the bytes of a stream, buffered once. Gzip is recognised by its magic bytes; a
 * gzipped file may decompress to at most {@link CsvOptions#maxBytes()}. As a reader ({@link #open}), the bytes pass
 * a {@link ByteGuard}, a UTF-8 byte-order mark is dropped and the requested number of physical lines is skipped
 * before the reader is handed out; as bytes ({@link #openDecompressed}), that is left to the byte-level reader.
 */
abstract sealed class TextSource {

    private static final int BUFFER = 1 << 16;

    /** A file, opened afresh for each pass. */
    static TextSource of(Path file) {
        return new FileSource(file);
    }

    /** A stream, read to the end now. */
    static TextSource of(InputStream in) {
        try {
            return new BytesSource(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The bytes of the text from its start, gunzipped when the content starts with gzip's magic bytes; reading more
     * than {@code maxBytes} decompressed bytes then fails with an {@link IOException}.
     */
    final InputStream openDecompressed(long maxBytes) throws IOException {
        Opened opened = openBytesDecompressed();
        return opened.gzipped() ? new Limited(opened.bytes(), maxBytes) : opened.bytes();
    }

    /** The decompressed bytes and whether they were gzipped. */
    private Opened openBytesDecompressed() throws IOException {
        BufferedInputStream raw = new BufferedInputStream(openBytes(), BUFFER);
        raw.mark(2);
        int b1 = raw.read();
        int b2 = raw.read();
        raw.reset();
        boolean gzipped = b1 == 0x1f && b2 == 0x8b;
        return new Opened(gzipped ? new GZIPInputStream(raw, BUFFER) : raw, gzipped);
    }

    private record Opened(InputStream bytes, boolean gzipped) {
    }

    /**
     * A reader of the text in the options' encoding, positioned after {@code options.skipLines()} physical lines,
     * with the guard its bytes pass; a file with fewer lines than that is an error.
     *
     * @param file the file as named in messages
     */
    final Guarded open(CsvOptions options, String file) throws IOException {
        Opened opened = openBytesDecompressed();
        ByteGuard guard = new ByteGuard(opened.bytes(), file, options, opened.gzipped());
        boolean utf8 = options.encoding().equals(StandardCharsets.UTF_8);
        // the guard has refused every malformed UTF-8 byte before the decoder sees it; other encodings report theirs
        InputStreamReader decoder = utf8 ? new InputStreamReader(guard, StandardCharsets.UTF_8)
                : new InputStreamReader(guard, options.encoding().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        BufferedReader reader = new BufferedReader(decoder, BUFFER);
        try {
            if (utf8) {
                reader.mark(1);
                if (reader.read() != '\uFEFF') {
                    reader.reset();
                }
            }
            int skip = options.skipLines();
            for (int i = 0; i < skip; i++) {
                if (!skipLine(reader)) {
                    guard.check();
                    throw DataFileException.ofFile(file, "skipLines is " + Formats.count(skip)
                            + ", but the file has only " + Formats.count(i) + (i == 1 ? " line" : " lines"));
                }
            }
        } catch (RuntimeException | IOException e) {
            reader.close();
            throw e;
        }
        return new Guarded(reader, guard);
    }

    /**
     * A reader and the guard of its bytes.
     *
     * @param reader the text
     * @param guard  its bytes' guard, to throw a problem it found when the reader reaches its line
     */
    record Guarded(Reader reader, ByteGuard guard) {
    }

    abstract InputStream openBytes() throws IOException;

    /** Consumes one line with its end ({@code \n}, {@code \r\n} or {@code \r}); {@code false} when none was left. */
    private static boolean skipLine(BufferedReader reader) throws IOException {
        int c = reader.read();
        if (c == -1) {
            return false;
        }
        while (c != -1) {
            if (c == '\n') {
                return true;
            }
            if (c == '\r') {
                reader.mark(1);
                if (reader.read() != '\n') {
                    reader.reset();
                }
                return true;
            }
            c = reader.read();
        }
        return true;
    }

    /** Decompressed bytes of which at most a given number may be read. */
    private static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (read >= max) {
                if (in.read() < 0) {
                    return -1;
                }
                throw new IOException("the file decompresses to more than " + Formats.count(max) + " bytes");
            }
            int n = in.read(b, off, (int) Math.min(len, max - read));
            if (n > 0) {
                read += n;
            }
            return n;
        }
    }

    private static final class FileSource extends TextSource {
        private final Path file;

        FileSource(Path file) {
            this.file = file;
        }

        @Override
        InputStream openBytes() throws IOException {
            return Files.newInputStream(file);
        }
    }

    private static final class BytesSource extends TextSource {
        private final byte[] bytes;

        BytesSource(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        InputStream openBytes() {
            return new ByteArrayInputStream(bytes);
        }
    }
}
