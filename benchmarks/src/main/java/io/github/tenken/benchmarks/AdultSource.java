package io.github.tenken.benchmarks;

import io.github.tenken.samples.SampleData;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The rows of the shipped Adult training file, verbatim ({@code ", "} separators, {@code ?} for missing), each with
 * the two columns the benchmark data derives from it: an age bucket and the net capital gain.
 */
final class AdultSource {

    static final String RESOURCE = "/io/github/tenken/samples/adult/adult.data.gz";

    private static final int FIELDS = SampleData.ADULT_COLUMNS.size();
    private static final int AGE = SampleData.ADULT_COLUMNS.indexOf("age");
    private static final int GAIN = SampleData.ADULT_COLUMNS.indexOf("capital-gain");
    private static final int LOSS = SampleData.ADULT_COLUMNS.indexOf("capital-loss");

    private final List<String> lines;
    private final List<String> derived;

    private AdultSource(List<String> lines, List<String> derived) {
        this.lines = lines;
        this.derived = derived;
    }

    /** Reads {@code adult.data.gz} from the class path; blank lines are dropped. */
    static AdultSource load() {
        List<String> lines = new ArrayList<>(32_561);
        List<String> derived = new ArrayList<>(32_561);
        try (InputStream raw = AdultSource.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                    StandardCharsets.UTF_8));
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                lines.add(line);
                derived.add(derive(line, lineNumber));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new AdultSource(List.copyOf(lines), List.copyOf(derived));
    }

    /** Number of rows. */
    int size() {
        return lines.size();
    }

    /** Row {@code i} as written in the file, without a line end. */
    String line(int i) {
        return lines.get(i);
    }

    /** The derived fields of row {@code i}, {@code "<age bucket>, <capital-net>"}. */
    String derived(int i) {
        return derived.get(i);
    }

    private static String derive(String line, int lineNumber) {
        String[] fields = line.split(",", -1);
        if (fields.length != FIELDS) {
            throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": " + fields.length
                    + " fields, expected " + FIELDS + ": " + line);
        }
        int age = integer(fields, AGE, lineNumber);
        long net = (long) integer(fields, GAIN, lineNumber) - integer(fields, LOSS, lineNumber);
        return ageBucket(age) + ", " + net;
    }

    private static int integer(String[] fields, int column, int lineNumber) {
        String value = fields[column].trim();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(RESOURCE + " line " + lineNumber + ", column "
                    + SampleData.ADULT_COLUMNS.get(column) + ": \"" + value + "\" is not an integer", e);
        }
    }

    /** Ten-year age bands, the youngest (17-24) and oldest (65+) open-ended. */
    static String ageBucket(int age) {
        if (age < 25) {
            return "17-24";
        }
        if (age >= 65) {
            return "65+";
        }
        int low = age / 10 * 10 + (age % 10 >= 5 ? 5 : -5);
        return low + "-" + (low + 9);
    }
}
