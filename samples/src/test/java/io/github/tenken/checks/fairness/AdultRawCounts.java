package io.github.tenken.checks.fairness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * Rows and {@code >50K} rows per value of one Adult column, counted straight from the shipped gzip file with plain
 * string splitting: an independent second method for the base rates the fairness check computes.
 */
final class AdultRawCounts {

    private static final String FOLDER = "/io/github/tenken/samples/adult/";

    private AdultRawCounts() {
    }

    /** {value: {rows, rows with income >50K}} for the column at {@code index} (sex is 9, race 8). */
    static Map<String, long[]> byColumn(String file, int index) {
        Map<String, long[]> counts = new TreeMap<>();
        try (InputStream in = AdultRawCounts.class.getResourceAsStream(FOLDER + file);
             BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                     StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(", ");
                if (f.length != 15) {
                    continue;   // the junk first line of adult.test and the empty last line
                }
                long[] c = counts.computeIfAbsent(f[index], k -> new long[2]);
                c[0]++;
                c[1] += f[14].startsWith(">50K") ? 1 : 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }
}
