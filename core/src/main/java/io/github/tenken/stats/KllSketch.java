package io.github.tenken.stats;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * A KLL quantile sketch of doubles (Karnin, Lang and Liberty, "Optimal Quantile Approximation in Streams", 2016)
 * with the level capacities of Apache DataSketches' {@code KllDoublesSketch} ({@code k} at the top level, two
 * thirds less per level below, at least 8), whose compaction coin is drawn from a seed carried in the sketch.
 *
 * <p>Why not DataSketches' own class: in version 6.2.0 (the last that runs on plain Java 17) every KLL sketch draws
 * its coins from one JVM-wide {@code new Random()} ({@code KllSketch.java}, field {@code random}) that cannot be
 * seeded, so the same data gave different quantiles from run to run, and Tenken's results must be identical for the
 * same inputs and seed. The algorithm and its error bound are the same; a test compares both on real data.
 */
final class KllSketch {

    static final int DEFAULT_K = 200;
    private static final int MIN_CAPACITY = 8;

    private final int k;
    private double[][] levels = {new double[DEFAULT_K]};
    private int[] sizes = {0};
    private long n;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private long seed;
    private long coins;

    KllSketch(int k, long seed) {
        this.k = k;
        this.seed = seed;
    }

    /**
     * The normalised rank error at 99% confidence for a sketch of parameter {@code k}: DataSketches' empirical fit
     * {@code 2.296 / k^0.9723} (1.33% at {@code k = 200}).
     */
    static double rankError(int k) {
        return 2.296 / Math.pow(k, 0.9723);
    }

    int k() {
        return k;
    }

    long count() {
        return n;
    }

    void update(double v) {
        if (Double.isNaN(v)) {
            return;
        }
        n++;
        min = Math.min(min, v);     // as in merge: -0.0 below 0.0, whatever the order of the values
        max = Math.max(max, v);
        append(0, v);
        if (retained() > capacity()) {
            compress();
        }
    }

    /** Adds the other sketch's items (it is not changed); the coin seed becomes a mix of both. */
    void merge(KllSketch other) {
        if (other.n == 0) {
            return;
        }
        for (int h = 0; h < other.levels.length; h++) {
            for (int i = 0; i < other.sizes[h]; i++) {
                append(h, other.levels[h][i]);
            }
        }
        n += other.n;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        seed = mix(seed * 31 + other.seed);
        while (retained() > capacity()) {
            compress();
        }
    }

    private void append(int level, double v) {
        if (level >= levels.length) {
            levels = Arrays.copyOf(levels, level + 1);
            sizes = Arrays.copyOf(sizes, level + 1);
            levels[level] = new double[MIN_CAPACITY];
        }
        if (sizes[level] == levels[level].length) {
            levels[level] = Arrays.copyOf(levels[level], Math.max(MIN_CAPACITY, sizes[level] * 2));
        }
        levels[level][sizes[level]++] = v;
    }

    private int retained() {
        int r = 0;
        for (int s : sizes) {
            r += s;
        }
        return r;
    }

    private int capacity() {
        int c = 0;
        for (int h = 0; h < levels.length; h++) {
            c += levelCapacity(h);
        }
        return c;
    }

    private int levelCapacity(int level) {
        int depth = levels.length - level - 1;
        return Math.max(MIN_CAPACITY, (int) Math.ceil(k * Math.pow(2.0 / 3.0, depth)));
    }

    /** Compacts the lowest level at or over its capacity: half its items, chosen by a coin, move up a level. */
    private void compress() {
        int h = 0;
        while (h < levels.length - 1 && sizes[h] < levelCapacity(h)) {
            h++;
        }
        double[] items = levels[h];
        int size = sizes[h];
        Arrays.sort(items, 0, size);
        int keep = size % 2;              // an odd item stays at this level
        int offset = (int) (mix(seed + coins++) & 1);
        int start = keep;
        double[] promoted = new double[(size - keep) / 2];
        for (int i = 0; i < promoted.length; i++) {
            promoted[i] = items[start + 2 * i + offset];
        }
        double odd = keep == 1 ? items[0] : Double.NaN;
        sizes[h] = 0;
        if (keep == 1) {
            items[sizes[h]++] = odd;
        }
        for (double v : promoted) {
            append(h + 1, v);
        }
    }

    /** The sketch's items with their weights, sorted, as an immutable summary. */
    KllSummary summary() {
        int r = retained();
        double[] values = new double[r];
        long[] weights = new long[r];
        int at = 0;
        for (int h = 0; h < levels.length; h++) {
            for (int i = 0; i < sizes[h]; i++) {
                values[at] = levels[h][i];
                weights[at++] = 1L << h;
            }
        }
        Integer[] order = new Integer[r];
        for (int i = 0; i < r; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] sortedValues = new double[r];
        long[] cumulative = new long[r];
        long sum = 0;
        for (int i = 0; i < r; i++) {
            sortedValues[i] = values[order[i]];
            sum += weights[order[i]];
            cumulative[i] = sum;
        }
        return new KllSummary(sortedValues, cumulative, n, n == 0 ? Double.NaN : min, n == 0 ? Double.NaN : max, k);
    }

    static long mix(long x) {
        x = (x + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
        x ^= x >>> 31;
        x *= 0x94D049BB133111EBL;
        return x ^ (x >>> 29);
    }

    void write(DataOutput out) throws IOException {
        out.writeInt(k);
        out.writeLong(n);
        out.writeDouble(min);
        out.writeDouble(max);
        out.writeLong(seed);
        out.writeLong(coins);
        out.writeInt(levels.length);
        for (int h = 0; h < levels.length; h++) {
            Codecs.writeDoubles(levels[h], sizes[h], out);
        }
    }

    static KllSketch read(DataInput in) throws IOException {
        KllSketch s = new KllSketch(in.readInt(), 0);
        s.n = in.readLong();
        s.min = in.readDouble();
        s.max = in.readDouble();
        s.seed = in.readLong();
        s.coins = in.readLong();
        int levels = in.readInt();
        if (levels < 1 || levels > 64) {
            throw new IOException("KLL sketch with " + levels + " levels");
        }
        s.levels = new double[levels][];
        s.sizes = new int[levels];
        for (int h = 0; h < levels; h++) {
            double[] items = Codecs.readDoubles(in);
            s.levels[h] = items.length == 0 ? new double[MIN_CAPACITY] : items;
            s.sizes[h] = items.length;
        }
        return s;
    }
}
