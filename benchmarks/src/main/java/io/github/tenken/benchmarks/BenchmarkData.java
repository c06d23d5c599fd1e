package io.github.tenken.benchmarks;

import io.github.tenken.samples.SampleData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the benchmark CSV: rows bootstrap-resampled (with replacement, {@link SplittableRandom} seeded) from the
 * shipped Adult training file, kept verbatim with their quirks ({@code ", "} separators, {@code ?} for missing),
 * plus five derived columns, 20 in all, under a header line.
 *
 * <pre>{@code
 * Path csv = BenchmarkData.cached(Path.of("target/bench-data"), BenchmarkData.ROWS);  // generated once
 * }</pre>
 *
 * <p>The derived columns: {@code age-bucket} (categorical, ten-year bands), {@code capital-net} (gain minus loss),
 * {@code noise-gaussian} (standard normal), {@code noise-uniform} (uniform on [0, 1000)) and {@code noise-gappy}
 * (exponential with mean 50, {@code ?} in 2% of the rows). The same rows and seed give the same bytes.
 */
public final class BenchmarkData {

    /** The rows of the benchmark file. */
    public static final int ROWS = 1_000_000;

    /** The seed of the resampling and of the noise columns. */
    public static final long SEED = 42;

    /** The five columns added to Adult's fifteen. */
    public static final List<String> DERIVED_COLUMNS = List.of("age-bucket", "capital-net", "noise-gaussian",
            "noise-uniform", "noise-gappy");

    /** The twenty columns of the file, in order: Adult's, then the derived ones. */
    public static final List<String> COLUMNS = concat(SampleData.ADULT_COLUMNS, DERIVED_COLUMNS);

    /** Bumped whenever the content changes, so that a stale cached file is not reused. */
    private static final int VERSION = 1;
    private static final String SEPARATOR = ", ";
    private static final double GAPPY_MISSING_SHARE = 0.02;

    private BenchmarkData() {
    }

    /**
     * The file for {@code rows} rows and {@link #SEED} in {@code directory}, generated when absent. The name holds
     * rows, columns, seed and generator version, and a file only gets that name once completely written, so an
     * existing file is the right one.
     */
    public static Path cached(Path directory, int rows) {
        Path file = directory.resolve("adult-" + rows + "x" + COLUMNS.size() + "-seed" + SEED + "-v" + VERSION
                + ".csv");
        if (!Files.isRegularFile(file)) {
            write(file, rows, SEED);
        }
        return file;
    }

    /** Writes {@code rows} rows (and the header) to {@code file}, replacing it; atomic where the file system is. */
    public static void write(Path file, int rows, long seed) {
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be >= 1, was " + rows);
        }
        Path absolute = file.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            Path temporary = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    writeRows(out, AdultSource.load(), rows, seed);
                }
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write benchmark data " + absolute, e);
        }
    }

    private static void writeRows(Writer out, AdultSource adult, int rows, long seed) throws IOException {
        out.write(String.join(SEPARATOR, COLUMNS));
        out.write('\n');
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder line = new StringBuilder(256);
        for (int r = 0; r < rows; r++) {
            int source = random.nextInt(adult.size());
            line.setLength(0);
            line.append(adult.line(source)).append(SEPARATOR).append(adult.derived(source)).append(SEPARATOR);
            appendFixed(line, random.nextGaussian(), 4);
            line.append(SEPARATOR);
            appendFixed(line, random.nextDouble(1000), 3);
            line.append(SEPARATOR);
            double exponential = -50 * Math.log1p(-random.nextDouble());
            if (random.nextDouble() < GAPPY_MISSING_SHARE) {
                line.append('?');
            } else {
                appendFixed(line, exponential, 2);
            }
            line.append('\n');
            out.append(line);
        }
    }

    /** Appends {@code x} rounded to {@code decimals} places, in plain notation (never {@code 1.0E-4}). */
    static void appendFixed(StringBuilder b, double x, int decimals) {
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long v = Math.round(x * scale);
        if (v < 0) {
            b.append('-');
            v = -v;
        }
        b.append(v / scale).append('.');
        String fraction = Long.toString(v % scale);
        for (int i = fraction.length(); i < decimals; i++) {
            b.append('0');
        }
        b.append(fraction);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** Generates the file: {@code BenchmarkData <file> [rows]}. */
    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: BenchmarkData <file> [rows, default " + ROWS + "]");
            System.exit(2);
        }
        int rows = args.length == 2 ? Integer.parseInt(args[1]) : ROWS;
        write(Path.of(args[0]), rows, SEED);
        System.out.println("wrote " + rows + " rows x " + COLUMNS.size() + " columns to " + args[0]);
    }
}
