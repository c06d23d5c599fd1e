package io.github.tenken.stats;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * A KLL quantile sketch of doubles (Karnin, Lang and Liberty, "Optimal Quantile Approximation in Streams", 2016)
 * with the level capacities of Apache DataSketches' {@code KllDoublesSketch} ({@code k} at the top level, two
 * thirds less per level below, at least 8) but a level 0 that buffers {@code k} values, whose compaction coin is
 * drawn from a seed carried in the sketch. Levels above 0 stay sorted, so a compaction merges instead of sorting.
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
    private int[] capacities;
    private int totalCapacity;
    private int retained;
    private long n;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private long seed;
    private long coins;

    KllSketch(int k, long seed) {
        this.k = k;
        this.seed = seed;
        this.capacities = new int[]{Math.max(MIN_CAPACITY, k)};
        this.totalCapacity = capacities[0];
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

    /** Adds a value; {@code NaN} is skipped. */
    void update(double v) {
        if (Double.isNaN(v)) {
            return;
        }
        n++;
        min = Math.min(min, v);     // as in merge: -0.0 below 0.0, whatever the order of the values
        max = Math.max(max, v);
        append0(v);
    }

    /** Adds values {@code from .. to} of an array ({@code NaN}s skipped): the scan's hot path. */
    void update(double[] values, int from, int to) {
        double lo = min;
        double hi = max;
        long count = n;
        for (int i = from; i < to; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                continue;
            }
            count++;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
            append0(v);
        }
        n = count;
        min = lo;
        max = hi;
    }

    private void append0(double v) {
        double[] level0 = levels[0];
        if (sizes[0] == level0.length) {
            levels[0] = level0 = Arrays.copyOf(level0, Math.max(MIN_CAPACITY, level0.length * 2));
        }
        level0[sizes[0]++] = v;
        if (++retained > totalCapacity) {
            compress();
        }
    }

    /** Adds the other sketch's items (it is not changed); the coin seed becomes a mix of both. */
    void merge(KllSketch other) {
        if (other.n == 0) {
            return;
        }
        while (levels.length < other.levels.length) {
            addLevel();
        }
        for (int h = 0; h < other.levels.length; h++) {
            int m = other.sizes[h];
            if (m == 0) {
                continue;
            }
            if (h == 0) {
                double[] level0 = levels[0];
                if (sizes[0] + m > level0.length) {
                    levels[0] = level0 = Arrays.copyOf(level0, sizes[0] + m);
                }
                System.arraycopy(other.levels[0], 0, level0, sizes[0], m);
                sizes[0] += m;
            } else {
                levels[h] = mergeSorted(levels[h], sizes[h], other.levels[h], m);
                sizes[h] += m;
            }
            retained += m;
        }
        n += other.n;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
        seed = mix(seed * 31 + other.seed);
        while (retained > totalCapacity) {
            compress();
        }
    }

    /** Two sorted runs merged into one sorted array. */
    private static double[] mergeSorted(double[] a, int na, double[] b, int nb) {
        double[] out = new double[Math.max(MIN_CAPACITY, na + nb)];
        int i = 0;
        int j = 0;
        int o = 0;
        while (i < na && j < nb) {
            out[o++] = a[i] <= b[j] ? a[i++] : b[j++];
        }
        while (i < na) {
            out[o++] = a[i++];
        }
        while (j < nb) {
            out[o++] = b[j++];
        }
        return out;
    }

    /** A new top level: every level's capacity shrinks by a third, the top one gets {@code k}. */
    private void addLevel() {
        int h = levels.length;
        levels = Arrays.copyOf(levels, h + 1);
        sizes = Arrays.copyOf(sizes, h + 1);
        levels[h] = new double[MIN_CAPACITY];
        capacities = new int[h + 1];
        totalCapacity = 0;
        for (int level = 0; level <= h; level++) {
            int depth = h - level;
            capacities[level] = Math.max(MIN_CAPACITY, (int) Math.ceil(k * Math.pow(2.0 / 3.0, depth)));
            totalCapacity += capacities[level];
        }
        // level 0 buffers k raw values whatever the depth: compactions of level 0 (weight 1, the smallest error)
        // happen every k / 2 values instead of every 4, which is what makes a million updates cheap
        totalCapacity += Math.max(0, k - capacities[0]);
        capacities[0] = Math.max(capacities[0], k);
    }

    /**
     * Compacts the lowest level at or over its capacity: the level is sorted (the levels above level 0 are kept
     * sorted), an odd item stays, and every other item, starting at a coin-chosen offset, moves up a level with twice
     * the weight.
     */
    private void compress() {
        int h = 0;
        while (h < levels.length - 1 && sizes[h] < capacities[h]) {
            h++;
        }
        if (h == levels.length - 1) {
            addLevel();
        }
        double[] items = levels[h];
        int size = sizes[h];
        if (h == 0) {
            Arrays.sort(items, 0, size);
        }
        int keep = size % 2;              // an odd item stays at this level: the smallest
        int offset = (int) (mix(seed + coins++) & 1);
        int m = (size - keep) / 2;
        // every other item moves up: merged into the sorted level above from the back, in place
        int above = sizes[h + 1];
        double[] target = levels[h + 1];
        if (above + m > target.length) {
            levels[h + 1] = target = Arrays.copyOf(target, Math.max(above + m, target.length * 2));
        }
        int i = above - 1;
        int j = m - 1;
        for (int out = above + m - 1; j >= 0; out--) {
            double promoted = items[keep + 2 * j + offset];
            if (i >= 0 && target[i] > promoted) {
                target[out] = target[i--];
            } else {
                target[out] = promoted;
                j--;
            }
        }
        sizes[h] = keep;
        sizes[h + 1] += m;
        retained -= m;
    }

    /** The sketch's items with their weights, sorted, as an immutable summary. */
    KllSummary summary() {
        int r = retained;
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
        for (int h = 1; h < levels; h++) {
            s.addLevel();
        }
        for (int h = 0; h < levels; h++) {
            double[] items = Codecs.readDoubles(in);
            for (int i = 1; h > 0 && i < items.length; i++) {
                if (items[i - 1] > items[i]) {
                    throw new IOException("KLL sketch level " + h + " is not sorted");
                }
            }
            s.levels[h] = items.length == 0 ? new double[MIN_CAPACITY] : items;
            s.sizes[h] = items.length;
            s.retained += items.length;
        }
        return s;
    }
}
