package io.github.tenken.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JMH JSON result file ({@code -rf json}) of {@link ProfileBenchmark} and prints each benchmark's score and
 * its ratio to {@code bareParse}, with the range the two 99.9% error bars allow.
 *
 * <pre>{@code
 * java -cp benchmarks.jar io.github.tenken.benchmarks.RatioReport benchmarks/results/profile.json
 * }</pre>
 */
public final class RatioReport {

    /** The baseline benchmark every ratio is taken against. */
    public static final String BASELINE = "bareParse";

    /** One benchmark's average time and the half-width of its 99.9% confidence interval. */
    public record Score(double score, double error, String unit) {

        /** This score over {@code base}, and its lowest and highest values within both error bars. */
        public double[] ratioTo(Score base) {
            return new double[] {score / base.score,
                    (score - error) / (base.score + base.error),
                    (score + error) / (base.score - base.error)};
        }
    }

    private RatioReport() {
    }

    /** The scores in the file, by benchmark method name (the part after the last dot), in file order. */
    public static Map<String, Score> read(Path json) {
        JsonNode runs;
        try {
            runs = new ObjectMapper().readTree(json.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JMH results " + json, e);
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        for (JsonNode run : runs) {
            String benchmark = run.path("benchmark").asText();
            JsonNode metric = run.path("primaryMetric");
            scores.put(benchmark.substring(benchmark.lastIndexOf('.') + 1), new Score(
                    metric.path("score").asDouble(), metric.path("scoreError").asDouble(),
                    metric.path("scoreUnit").asText()));
        }
        return scores;
    }

    /** The report: one line per benchmark with score, error and ratio to {@link #BASELINE}. */
    public static String format(Map<String, Score> scores) {
        Score base = scores.get(BASELINE);
        if (base == null) {
            throw new IllegalArgumentException("no " + BASELINE + " result among " + scores.keySet());
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-10s %-22s   %s%n",
                "benchmark", "score +- error (99.9%)", "ratio to " + BASELINE + " (range within error bars)"));
        scores.forEach((name, s) -> {
            double[] r = s.ratioTo(base);
            boolean bounded = Double.isFinite(r[1]) && Double.isFinite(r[2]) && base.error < base.score;
            out.append(String.format(Locale.ROOT, "%-10s %8.3f +- %5.3f %s   %5.2f %s%n",
                    name, s.score, s.error, s.unit, r[0],
                    bounded ? String.format(Locale.ROOT, "(%.2f-%.2f)", r[1], r[2]) : "(no error bars)"));
        });
        return out.toString();
    }

    /** Prints the report of a JMH JSON file: {@code RatioReport [file]}. */
    public static void main(String[] args) {
        Path json = Path.of(args.length > 0 ? args[0] : "benchmarks/results/profile.json");
        System.out.print(format(read(json)));
    }
}
