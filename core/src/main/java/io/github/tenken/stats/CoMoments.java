package io.github.tenken.stats;

import io.github.tenken.data.Batch;
import io.github.tenken.internal.Preconditions;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pearson's correlation of every pair of numeric columns, over the rows where both values are present (pairwise
 * deletion). The sums behind it (n, sums, squares and cross products) are {@link ExactSum}s, as in
 * {@link NumericSummary}: a merge adds them exactly, which is the parallel co-moment formula without its rounding,
 * so the correlation is the same to the last bit however the scan was cut.
 *
 * <p>Rows where every column is present add each column's sums once and one product per pair; only a row with a gap
 * adds per pair, to a side sum of that pair. A product is added as its rounded value plus its rounding error
 * ({@link Math#fma}), exact unless it overflows (the pair then has no correlation) or underflows.
 *
 * @param columns the numeric columns, at least two
 */
public record CoMoments(List<String> columns) implements Analyzer<CoMoments.State, CoMoments.Correlations> {

    private static final MathContext PRECISION = new MathContext(40);

    public CoMoments {
        columns = List.copyOf(columns);
        Preconditions.check(columns.size() >= 2, "correlations need two columns, got %s", columns);
    }

    /** Sums over the rows where one pair is present but another column is missing. */
    static final class Partial {
        long n;
        ExactSum x = new ExactSum();
        ExactSum y = new ExactSum();
        ExactSum xx = new ExactSum();
        ExactSum yy = new ExactSum();
        ExactSum xy = new ExactSum();

        void add(Partial o) {
            n += o.n;
            x.add(o.x);
            y.add(o.y);
            xx.add(o.xx);
            yy.add(o.yy);
            xy.add(o.xy);
        }
    }

    /** Exact sums over the complete rows, per column and per pair, and the side sums of incomplete rows. */
    public static final class State {
        long complete;
        final ExactSum[] sums;
        final ExactSum[] squares;
        final ExactSum[] products;
        final Map<Integer, Partial> partial = new TreeMap<>();

        State(int k) {
            sums = new ExactSum[k];
            squares = new ExactSum[k];
            products = new ExactSum[k * (k - 1) / 2];
            for (int i = 0; i < k; i++) {
                sums[i] = new ExactSum();
                squares[i] = new ExactSum();
            }
            for (int p = 0; p < products.length; p++) {
                products[p] = new ExactSum();
            }
        }
    }

    /**
     * The correlations: {@code r(i, j)} of columns {@code i < j} over {@code rows(i, j)} rows; {@code NaN} when fewer
     * than three rows hold both values, a column is constant on them, or a sum is not finite.
     *
     * @param columns the columns
     * @param r       the correlation of each pair, in pair order (0,1), (0,2) ... (1,2) ...
     * @param rows    the rows holding both values of each pair, in the same order
     */
    public record Correlations(List<String> columns, double[] r, long[] rows) {

        public Correlations {
            columns = List.copyOf(columns);
            r = r.clone();
            rows = rows.clone();
        }

        /** The correlation of columns {@code i} and {@code j} ({@code i != j}). */
        public double r(int i, int j) {
            return r[pair(Math.min(i, j), Math.max(i, j), columns.size())];
        }

        /** The rows holding both values of columns {@code i} and {@code j}. */
        public long rows(int i, int j) {
            return rows[pair(Math.min(i, j), Math.max(i, j), columns.size())];
        }

        @Override
        public double[] r() {
            return r.clone();
        }

        @Override
        public long[] rows() {
            return rows.clone();
        }
    }

    /** The index of pair {@code i < j} among {@code k} columns. */
    static int pair(int i, int j, int k) {
        return i * k - i * (i + 1) / 2 + (j - i - 1);
    }

    @Override
    public State newState() {
        return new State(columns.size());
    }

    @Override
    public void update(State s, Batch batch) {
        int k = columns.size();
        int n = batch.size();
        double[][] v = new double[k][n];
        boolean[] gap = new boolean[n];
        for (int c = 0; c < k; c++) {
            batch.numeric(columns.get(c)).copyTo(0, v[c], 0, n);
            for (int i = 0; i < n; i++) {
                gap[i] |= Double.isNaN(v[c][i]);
            }
        }
        for (int c = 0; c < k; c++) {
            double[] x = v[c];
            for (int i = 0; i < n; i++) {
                if (!gap[i]) {
                    s.sums[c].add(x[i]);
                    s.squares[c].addSquare(x[i]);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            s.complete += gap[i] ? 0 : 1;
        }
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                int p = pair(a, b, k);
                double[] x = v[a];
                double[] y = v[b];
                ExactSum products = s.products[p];
                for (int i = 0; i < n; i++) {
                    if (!gap[i]) {
                        addProduct(products, x[i], y[i]);
                    } else if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                        Partial q = s.partial.computeIfAbsent(p, key -> new Partial());
                        q.n++;
                        q.x.add(x[i]);
                        q.y.add(y[i]);
                        q.xx.addSquare(x[i]);
                        q.yy.addSquare(y[i]);
                        addProduct(q.xy, x[i], y[i]);
                    }
                }
            }
        }
    }

    private static void addProduct(ExactSum sum, double x, double y) {
        double p = x * y;
        sum.add(p);
        if (Double.isFinite(p)) {
            sum.add(Math.fma(x, y, -p));
        }
    }

    @Override
    public State merge(State a, State b) {
        a.complete += b.complete;
        for (int c = 0; c < a.sums.length; c++) {
            a.sums[c].add(b.sums[c]);
            a.squares[c].add(b.squares[c]);
        }
        for (int p = 0; p < a.products.length; p++) {
            a.products[p].add(b.products[p]);
        }
        b.partial.forEach((p, q) -> a.partial.computeIfAbsent(p, key -> new Partial()).add(q));
        return a;
    }

    @Override
    public Correlations result(State s, ScanInfo info) {
        int k = columns.size();
        double[] r = new double[s.products.length];
        long[] rows = new long[s.products.length];
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                int p = pair(a, b, k);
                Partial q = s.partial.getOrDefault(p, new Partial());
                rows[p] = s.complete + q.n;
                r[p] = correlation(rows[p], plus(s.sums[a], q.x), plus(s.sums[b], q.y), plus(s.squares[a], q.xx),
                        plus(s.squares[b], q.yy), plus(s.products[p], q.xy));
            }
        }
        return new Correlations(columns, r, rows);
    }

    private static BigDecimal plus(ExactSum a, ExactSum b) {
        BigDecimal x = a.exact();
        BigDecimal y = b.exact();
        return x == null || y == null ? null : x.add(y);
    }

    /** r = (n Sxy - Sx Sy) / sqrt((n Sxx - Sx^2)(n Syy - Sy^2)), its square exact but for one rounding. */
    static double correlation(long n, BigDecimal sx, BigDecimal sy, BigDecimal sxx, BigDecimal syy, BigDecimal sxy) {
        if (n < 3 || sx == null || sy == null || sxx == null || syy == null || sxy == null) {
            return Double.NaN;
        }
        BigDecimal count = BigDecimal.valueOf(n);
        BigDecimal dx = count.multiply(sxx).subtract(sx.multiply(sx));
        BigDecimal dy = count.multiply(syy).subtract(sy.multiply(sy));
        if (dx.signum() <= 0 || dy.signum() <= 0) {
            return Double.NaN;
        }
        BigDecimal num = count.multiply(sxy).subtract(sx.multiply(sy));
        double square = num.multiply(num).divide(dx.multiply(dy), PRECISION).doubleValue();
        return Math.copySign(Math.min(1.0, Math.sqrt(square)), num.signum());
    }

    @Override
    public StateCodec<State> codec() {
        return new Codec(columns.size());
    }

    private record Codec(int k) implements StateCodec<State> {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public void write(State s, DataOutput out) throws IOException {
            out.writeInt(k);
            out.writeLong(s.complete);
            for (int c = 0; c < k; c++) {
                s.sums[c].write(out);
                s.squares[c].write(out);
            }
            for (ExactSum p : s.products) {
                p.write(out);
            }
            out.writeInt(s.partial.size());
            for (Map.Entry<Integer, Partial> e : s.partial.entrySet()) {
                Partial q = e.getValue();
                out.writeInt(e.getKey());
                out.writeLong(q.n);
                for (ExactSum sum : new ExactSum[]{q.x, q.y, q.xx, q.yy, q.xy}) {
                    sum.write(out);
                }
            }
        }

        @Override
        public State read(DataInput in) throws IOException {
            int columns = in.readInt();
            if (columns != k) {
                throw new IOException("co-moments of " + columns + " columns, expected " + k);
            }
            State s = new State(k);
            s.complete = in.readLong();
            for (int c = 0; c < k; c++) {
                s.sums[c] = ExactSum.read(in);
                s.squares[c] = ExactSum.read(in);
            }
            for (int p = 0; p < s.products.length; p++) {
                s.products[p] = ExactSum.read(in);
            }
            int partials = in.readInt();
            if (partials < 0 || partials > s.products.length) {
                throw new IOException(partials + " partial pairs of " + s.products.length);
            }
            for (int i = 0; i < partials; i++) {
                int p = in.readInt();
                if (p < 0 || p >= s.products.length) {
                    throw new IOException("pair " + p + " of " + s.products.length);
                }
                Partial q = new Partial();
                q.n = in.readLong();
                q.x = ExactSum.read(in);
                q.y = ExactSum.read(in);
                q.xx = ExactSum.read(in);
                q.yy = ExactSum.read(in);
                q.xy = ExactSum.read(in);
                s.partial.put(p, q);
            }
            return s;
        }
    }
}
