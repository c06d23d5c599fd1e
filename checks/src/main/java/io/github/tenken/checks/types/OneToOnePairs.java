package io.github.tenken.checks.types;

import io.github.tenken.data.Batch;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.internal.Preconditions;
import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.ScanInfo;
import io.github.tenken.stats.StateCodec;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs of low-cardinality columns that are one-to-one: on the rows where both are present, each value of one goes
 * with exactly one value of the other and back ({@code education} and {@code education-num} in Adult). A column
 * takes part while it has at most {@code maxLevels} distinct values; a numeric column only while every value is a
 * whole number (its values are then categories). Exact: a state keeps, per pair, the partner of each value in both
 * directions; a pair whose rows show one value with two partners is broken for good, since more rows can only add
 * partners, and a column past the limit is out for good, so the answer does not depend on how the scan was cut.
 * A pair is reported when it has at least two values and twice as many rows as values: two columns whose values
 * hardly repeat (a few rows) are one-to-one by chance, not by design.
 *
 * @param columns   the candidate columns (categorical or numeric)
 * @param maxLevels the most distinct values a column may have
 */
public record OneToOnePairs(List<String> columns, int maxLevels)
        implements Analyzer<OneToOnePairs.State, List<OneToOnePairs.Pair>> {

    public OneToOnePairs {
        columns = List.copyOf(columns);
        Preconditions.check(maxLevels >= 2, "maxLevels must be at least 2, was %d", maxLevels);
    }

    /**
     * A one-to-one pair.
     *
     * @param first  a column
     * @param second a later column
     * @param levels the values of each, on the rows where both are present
     * @param rows   the rows where both are present
     */
    public record Pair(String first, String second, int levels, long rows) {
    }

    /** Per column its levels; per pair its partners in both directions (level + 1, 0 for none) and its rows. */
    public static final class State {
        final Levels[] levels;
        final int[][] forward;
        final int[][] backward;
        final boolean[] broken;
        final long[] rows;

        State(int k, int max) {
            levels = new Levels[k];
            for (int c = 0; c < k; c++) {
                levels[c] = new Levels(max);
            }
            int pairs = k * (k - 1) / 2;
            forward = new int[pairs][];
            backward = new int[pairs][];
            broken = new boolean[pairs];
            rows = new long[pairs];
        }

        /** Records that levels {@code a} and {@code b} go together in pair {@code p}; false when that breaks it. */
        boolean link(int p, int a, int b, int max) {
            if (forward[p] == null) {
                forward[p] = new int[max];
                backward[p] = new int[max];
            }
            int f = forward[p][a];
            int g = backward[p][b];
            if ((f != 0 && f != b + 1) || (g != 0 && g != a + 1)) {
                broken[p] = true;
                forward[p] = null;
                backward[p] = null;
                return false;
            }
            forward[p][a] = b + 1;
            backward[p][b] = a + 1;
            return true;
        }
    }

    @Override
    public State newState() {
        return new State(columns.size(), maxLevels);
    }

    @Override
    public void update(State s, Batch batch) {
        int k = columns.size();
        int n = batch.size();
        int[][] lv = new int[k][];
        for (int c = 0; c < k; c++) {
            if (!s.levels[c].isOut()) {
                lv[c] = levels(batch.column(columns.get(c)), s.levels[c], n);
            }
        }
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                int p = pair(a, b, k);
                if (s.levels[a].isOut() || s.levels[b].isOut() || s.broken[p]) {
                    continue;
                }
                int[] x = lv[a];
                int[] y = lv[b];
                for (int i = 0; i < n; i++) {
                    if (x[i] >= 0 && y[i] >= 0) {
                        s.rows[p]++;
                        if (!s.link(p, x[i], y[i], maxLevels)) {
                            break;
                        }
                    }
                }
            }
        }
    }

    /** The level of each row's value (-1 missing); marks the column out past the limit or at a fraction. */
    private static int[] levels(Column column, Levels levels, int n) {
        int[] out = new int[n];
        if (column instanceof CategoricalColumn c) {
            int[] codes = new int[n];
            c.copyTo(0, codes, 0, n);
            for (int i = 0; i < n && !levels.isOut(); i++) {
                out[i] = codes[i] == CategoricalColumn.MISSING ? -1 : levels.levelOf(codes[i]);
            }
        } else if (column instanceof NumericColumn c) {
            double[] v = new double[n];
            c.copyTo(0, v, 0, n);
            for (int i = 0; i < n && !levels.isOut(); i++) {
                if (Double.isNaN(v[i])) {
                    out[i] = -1;
                } else if (!NumericShape.isWhole(v[i])) {
                    levels.markOut();
                } else {
                    out[i] = levels.levelOf(Double.doubleToLongBits(v[i] == 0.0 ? 0.0 : v[i]));
                }
            }
        } else {
            levels.markOut();
        }
        return out;
    }

    static int pair(int i, int j, int k) {
        return i * k - i * (i + 1) / 2 + (j - i - 1);
    }

    @Override
    public State merge(State a, State b) {
        int k = columns.size();
        int[][] remap = new int[k][];
        for (int c = 0; c < k; c++) {
            if (b.levels[c].isOut()) {
                a.levels[c].markOut();
            }
            if (a.levels[c].isOut()) {
                continue;
            }
            remap[c] = new int[b.levels[c].size()];
            for (int l = 0; l < remap[c].length; l++) {
                remap[c][l] = a.levels[c].levelOf(b.levels[c].key(l));
            }
        }
        for (int x = 0; x < k; x++) {
            for (int y = x + 1; y < k; y++) {
                int p = pair(x, y, k);
                a.rows[p] += b.rows[p];
                if (a.levels[x].isOut() || a.levels[y].isOut() || a.broken[p]) {
                    continue;
                }
                if (b.broken[p]) {
                    a.broken[p] = true;
                    a.forward[p] = null;
                    a.backward[p] = null;
                    continue;
                }
                int[] f = b.forward[p];
                for (int l = 0; f != null && l < f.length; l++) {
                    if (f[l] != 0 && !a.link(p, remap[x][l], remap[y][f[l] - 1], maxLevels)) {
                        break;
                    }
                }
            }
        }
        return a;
    }

    @Override
    public List<Pair> result(State s, ScanInfo info) {
        int k = columns.size();
        List<Pair> out = new ArrayList<>();
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                int p = pair(a, b, k);
                if (s.levels[a].isOut() || s.levels[b].isOut() || s.broken[p] || s.forward[p] == null) {
                    continue;
                }
                int linked = 0;
                for (int f : s.forward[p]) {
                    linked += f != 0 ? 1 : 0;
                }
                if (linked >= 2 && s.rows[p] >= 2L * linked) {
                    out.add(new Pair(columns.get(a), columns.get(b), linked, s.rows[p]));
                }
            }
        }
        return out;
    }

    @Override
    public StateCodec<State> codec() {
        return new Codec(columns.size(), maxLevels);
    }

    /** Levels by their keys, pairs by their partners: written as they are, read back through the same calls. */
    private record Codec(int k, int max) implements StateCodec<State> {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public void write(State s, DataOutput out) throws IOException {
            out.writeInt(k);
            out.writeInt(max);
            for (Levels l : s.levels) {
                out.writeBoolean(l.isOut());
                out.writeInt(l.isOut() ? 0 : l.size());
                for (int i = 0; !l.isOut() && i < l.size(); i++) {
                    out.writeLong(l.key(i));
                }
            }
            for (int p = 0; p < s.rows.length; p++) {
                out.writeLong(s.rows[p]);
                out.writeByte(s.broken[p] ? 2 : s.forward[p] == null ? 0 : 1);
                if (!s.broken[p] && s.forward[p] != null) {
                    for (int f : s.forward[p]) {
                        out.writeInt(f);
                    }
                }
            }
        }

        @Override
        public State read(DataInput in) throws IOException {
            if (in.readInt() != k || in.readInt() != max) {
                throw new IOException("one-to-one pairs state of other columns or limit");
            }
            State s = new State(k, max);
            for (Levels l : s.levels) {
                boolean out = in.readBoolean();
                int size = in.readInt();
                if (size < 0 || size > max) {
                    throw new IOException(size + " levels, at most " + max);
                }
                for (int i = 0; i < size; i++) {
                    l.levelOf(in.readLong());
                }
                if (out) {
                    l.markOut();
                }
            }
            for (int p = 0; p < s.rows.length; p++) {
                s.rows[p] = in.readLong();
                int kind = in.readByte();
                if (kind == 2) {
                    s.broken[p] = true;
                } else if (kind == 1) {
                    for (int a = 0; a < max; a++) {
                        int f = in.readInt();
                        if (f < 0 || f > max) {
                            throw new IOException("partner " + f + " of " + max);
                        }
                        if (f != 0) {
                            s.link(p, a, f - 1, max);
                        }
                    }
                }
            }
            return s;
        }
    }
}
