package io.github.tenken.checks.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The lines of a test resource read with plain Java (no CSV parser), for computing expected values independently
 * of the reader under test.
 */
public final class RawText {

    private RawText() {
    }

    /** Every line of a class-path resource, gunzipped when its name ends in {@code .gz}. */
    public static List<String> lines(String resource) {
        try (InputStream raw = RawText.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many fields of column {@code column} equal {@code value}, splitting lines on {@code separator}. */
    public static long count(List<String> lines, String separator, int column, String value) {
        return lines.stream().filter(l -> !l.isEmpty())
                .map(l -> l.split(separator, -1))
                .filter(f -> f[column].equals(value))
                .count();
    }
}
