package io.github.tenken.checks.io;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Text that can be read more than once (the second pass of {@link CsvParse}, each scan of a {@link CsvDataset}): a
 * file, re-opened each time, or the bytes of a stream, buffered once. Gzip is recognised by its magic bytes. As a
 * reader, a UTF-8 byte-order mark is dropped and the requested number of physical lines is skipped before the
 * reader is handed out; as bytes ({@link #openDecompressed()}), that is left to the byte-level reader.
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

    /** The bytes of the text from its start, gunzipped when the content starts with gzip's magic bytes. */
    final InputStream openDecompressed() throws IOException {
        BufferedInputStream raw = new BufferedInputStream(openBytes(), BUFFER);
        raw.mark(2);
        int b1 = raw.read();
        int b2 = raw.read();
        raw.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(raw, BUFFER) : raw;
    }

    /** A reader positioned after {@code skipLines} physical lines. */
    final Reader open(int skipLines) throws IOException {
        InputStream bytes = openDecompressed();
        BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8), BUFFER);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        for (int i = 0; i < skipLines; i++) {
            skipLine(reader);
        }
        return reader;
    }

    abstract InputStream openBytes() throws IOException;

    /** Consumes one line with its end ({@code \n}, {@code \r\n} or {@code \r}). */
    private static void skipLine(BufferedReader reader) throws IOException {
        int c;
        while ((c = reader.read()) != -1) {
            if (c == '\n') {
                return;
            }
            if (c == '\r') {
                reader.mark(1);
                if (reader.read() != '\n') {
                    reader.reset();
                }
                return;
            }
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
