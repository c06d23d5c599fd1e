package io.github.tenken.checks.correctness;

/**
 * The weighted sums behind RMSE, MAE and R² for every bootstrap replicate, over a range of rows: a mergeable state
 * (two ranges add up to their union).
 */
final class RegressionReplicates {

    private final double[][] sums;   // per replicate: n, sum y, sum y^2, sum e^2, sum |e|

    private RegressionReplicates(int replicates) {
        this.sums = new double[replicates][5];
    }

    /** The replicates' sums over rows {@code from .. to}. */
    static RegressionReplicates over(PoissonBootstrap bootstrap, double[] actual, double[] predicted, int from,
                                     int to) {
        RegressionReplicates r = new RegressionReplicates(bootstrap.replicates());
        for (int b = 0; b < bootstrap.replicates(); b++) {
            double[] s = r.sums[b];
            for (int i = from; i < to; i++) {
                int w = bootstrap.weight(b, i);
                if (w == 0) {
                    continue;
                }
                double y = actual[i];
                double e = y - predicted[i];
                s[0] += w;
                s[1] += w * y;
                s[2] += w * y * y;
                s[3] += w * e * e;
                s[4] += w * Math.abs(e);
            }
        }
        return r;
    }

    /** Every row, in pieces of {@code piece} rows merged in order. */
    static RegressionReplicates all(PoissonBootstrap bootstrap, double[] actual, double[] predicted, int piece) {
        RegressionReplicates total = new RegressionReplicates(bootstrap.replicates());
        for (int from = 0; from < actual.length; from += piece) {
            total.merge(over(bootstrap, actual, predicted, from, Math.min(actual.length, from + piece)));
        }
        return total;
    }

    /** Adds another range's sums. */
    RegressionReplicates merge(RegressionReplicates other) {
        for (int b = 0; b < sums.length; b++) {
            for (int j = 0; j < 5; j++) {
                sums[b][j] += other.sums[b][j];
            }
        }
        return this;
    }

    /** {@code {rmse, mae, r2}} of one replicate ({@code NaN}s when it drew no row). */
    double[] metrics(int b) {
        double[] s = sums[b];
        double n = s[0];
        if (n == 0) {
            return new double[]{Double.NaN, Double.NaN, Double.NaN};
        }
        double total = s[2] - s[1] * s[1] / n;
        double r2 = total <= 0 ? Double.NaN : 1 - s[3] / total;
        return new double[]{Math.sqrt(s[3] / n), s[4] / n, r2};
    }
}
