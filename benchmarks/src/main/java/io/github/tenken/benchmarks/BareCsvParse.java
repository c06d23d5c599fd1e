package io.github.tenken.benchmarks;

import io.github.tenken.checks.io.CsvOptions;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline: Commons CSV reading a file with the format and buffering Tenken's reader uses for the same
 * {@link CsvOptions} (see {@code io.github.tenken.checks.io.CsvParse} and {@code TextSource}), touching every field
 * and doing nothing else: no missing markers, no number parsing, no columns.
 */
public final class BareCsvParse {

    private static final int BUFFER = 1 << 16;

    private final CSVFormat format;

    /** A parser with the CSV format Tenken derives from {@code options}. */
    public BareCsvParse(CsvOptions options) {
        this.format = CSVFormat.DEFAULT.builder()
                .setDelimiter(options.delimiter())
                .setQuote(options.quote())
                .setIgnoreEmptyLines(false)
                .setTrim(options.trim())
                .setIgnoreSurroundingSpaces(options.trim())
                .get();
    }

    /** The total length of all fields of the file (header included), so that no field goes unread. */
    public long fieldLengths(Path file) {
        long total = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new BufferedInputStream(Files.newInputStream(file), BUFFER), StandardCharsets.UTF_8), BUFFER);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                for (int i = 0, n = record.size(); i < n; i++) {
                    total += record.get(i).length();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return total;
    }
}
