package io.github.tenken.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A generated CSV in the layout of the performance workload ({@code tools/perf/gen.py}: 20 columns of ids, counts,
 * skewed and gappy numbers, categories of 5, 50 and about 10,000 values, a sensitive group and a 0/1 label), with
 * planted facts whose counts are known exactly because the generator plants them on rows that cannot collide by
 * chance (every row has a value of {@code income}, {@code score} and {@code latency_ms} drawn at 10^-6 resolution):
 * exact copies of earlier rows, and pairs of rows equal but for the label. A test file drawn with shifted
 * distributions can also copy rows of a training file (leakage).
 *
 * @param rows       rows written
 * @param duplicates rows that copy an earlier row of the same file (id included)
 * @param conflicts  rows that copy an earlier row with the other label, each from a different row
 * @param leaked     rows copied from the training file
 */
record GeneratedCsv(Path file, int rows, int duplicates, int conflicts, int leaked) {

    static final String HEADER = "row_id,age,visits,tenure_days,items,children,income,balance,score,ratio,"
            + "latency_ms,temperature,discount,weight,region,state,merchant,is_member,group,label";

    private static final String[] REGIONS = {"north", "south", "east", "west", "central"};
    private static final double[] REGION_SHARES = {0.35, 0.25, 0.2, 0.15, 0.05};

    /**
     * Writes {@code rows} rows to {@code file} (through a temporary file, so an existing file is complete), drawn
     * from {@code seed}; {@code shifted} moves the distributions; a {@code from} file gives about 2% of the rows.
     */
    static GeneratedCsv write(Path file, int rows, long seed, boolean shifted, GeneratedCsv from) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] merchantCdf = zipf(10_000, 1.1);
        double[] stateCdf = zipf(50, 0.8);
        List<String> fromLines = from == null ? List.of() : originals(from.file());
        List<String> originals = new ArrayList<>();
        List<String> copied = new ArrayList<>();
        int duplicates = 0;
        int conflicts = 0;
        int leaked = 0;
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (int i = 0; i < rows; i++) {
                String line;
                int pick = random.nextInt(1000);
                if (pick < 5 && !originals.isEmpty()) {
                    // 0.5%: an exact copy; its source is never given a conflicting twin
                    line = random.nextBoolean() || copied.isEmpty()
                            ? take(originals, random) : copied.get(random.nextInt(copied.size()));
                    copied.add(line);
                    duplicates++;
                } else if (pick < 6 && originals.size() > 1) {
                    String source = take(originals, random);   // 0.1%, never copied
                    line = source.substring(0, source.length() - 1) + (source.endsWith("1") ? "0" : "1");
                    conflicts++;
                } else if (pick < 26 && !fromLines.isEmpty()) {
                    line = fromLines.get(random.nextInt(fromLines.size()));          // 2%: a training row
                    leaked++;
                } else {
                    line = fresh(random, i, shifted, merchantCdf, stateCdf);
                    originals.add(line);
                }
                w.write(line);
                w.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new GeneratedCsv(file, rows, duplicates, conflicts, leaked);
    }

    /** Removes and returns a random element, in constant time (the last one takes its place). */
    private static String take(List<String> list, SplittableRandom random) {
        int k = random.nextInt(list.size());
        String chosen = list.get(k);
        list.set(k, list.get(list.size() - 1));
        list.remove(list.size() - 1);
        return chosen;
    }

    /** The rows of a training file that neither were copied nor had a conflicting twin: a test file copies these. */
    private static List<String> originals(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> counts = lines.subList(1, lines.size());
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            java.util.Map<String, Integer> features = new java.util.HashMap<>();
            for (String l : counts) {
                seen.merge(l, 1, Integer::sum);
                features.merge(l.substring(l.indexOf(',') + 1, l.length() - 2), 1, Integer::sum);
            }
            return counts.stream().filter(l -> seen.get(l) == 1
                    && features.get(l.substring(l.indexOf(',') + 1, l.length() - 2)) == 1).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fresh(SplittableRandom r, int i, boolean shifted, double[] merchantCdf, double[] stateCdf) {
        StringBuilder b = new StringBuilder(160);
        int age = 18 + r.nextInt(73) + (shifted ? 3 : 0);
        int group = r.nextDouble() < 0.6 ? 0 : r.nextDouble() < 0.75 ? 1 : 2;
        double score = gaussian(r);
        double p = 1 / (1 + Math.exp(-(-1.3 + 0.02 * (age - 40) + 0.6 * score + (group == 2 ? 0.5 : 0))));
        b.append('r').append(String.format("%08d", i)).append(',');
        b.append(age).append(',');
        b.append(poisson(r, 3)).append(',');
        b.append(r.nextInt(3651)).append(',');
        b.append(poisson(r, 2) + poisson(r, 2)).append(',');
        b.append(r.nextInt(6)).append(',');
        b.append(r.nextInt(100) < 3 ? "" : number(Math.exp(10.5 + 0.6 * gaussian(r)) * (shifted ? 1.1 : 1), 6))
                .append(',');
        b.append(r.nextInt(100) < 5 ? "" : number(1000 + 2500 * gaussian(r), 2)).append(',');
        b.append(number(score, 6)).append(',');
        b.append(number(beta25(r), 4)).append(',');
        b.append(number(40 * (-Math.log(1 - r.nextDouble()) - Math.log(1 - r.nextDouble())), 6)).append(',');
        b.append(number(20 + 5 * gaussian(r), 2)).append(',');
        b.append(number(0.5 * r.nextDouble(), 3)).append(',');
        b.append(number(70 + 12 * gaussian(r), 1)).append(',');
        b.append(REGIONS[pickShare(r, shifted ? new double[]{0.2, 0.2, 0.2, 0.2, 0.2} : REGION_SHARES)]).append(',');
        b.append(r.nextInt(100) == 0 ? "" : "s" + pick(r, stateCdf)).append(',');
        b.append('m').append(pick(r, merchantCdf)).append(',');
        b.append(r.nextInt(10) < 4 ? "true" : "false").append(',');
        b.append("ABC".charAt(group)).append(',');
        b.append(r.nextDouble() < p ? '1' : '0');
        return b.toString();
    }

    private static String number(double v, int decimals) {
        return java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString();
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static int poisson(SplittableRandom r, double mean) {
        double limit = Math.exp(-mean);
        double product = r.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= r.nextDouble();
            k++;
        }
        return k;
    }

    private static double beta25(SplittableRandom r) {
        double x = -Math.log(1 - r.nextDouble()) - Math.log(1 - r.nextDouble());
        double y = 0;
        for (int k = 0; k < 5; k++) {
            y -= Math.log(1 - r.nextDouble());
        }
        return x / (x + y);
    }

    private static double[] zipf(int n, double s) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1 / Math.pow(k + 1, s);
            cdf[k] = sum;
        }
        for (int k = 0; k < n; k++) {
            cdf[k] /= sum;
        }
        return cdf;
    }

    private static int pick(SplittableRandom r, double[] cdf) {
        int k = java.util.Arrays.binarySearch(cdf, r.nextDouble());
        return Math.min(k < 0 ? -k - 1 : k, cdf.length - 1);
    }

    private static int pickShare(SplittableRandom r, double[] shares) {
        double u = r.nextDouble();
        for (int k = 0; k < shares.length; k++) {
            u -= shares[k];
            if (u < 0) {
                return k;
            }
        }
        return shares.length - 1;
    }
}
