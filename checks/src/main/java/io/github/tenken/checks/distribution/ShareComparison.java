package io.github.tenken.checks.distribution;

import io.github.tenken.data.ExpectedShares;
import io.github.tenken.stats.Frequencies;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Observed value counts of one column set against the shares a team expects: one cell per named value plus, when
 * the named shares leave room or the data hold values not named, an "other" cell; the chi-square goodness-of-fit
 * statistic and its p-value, the total variation distance (half the sum of absolute share differences: the share
 * of rows that would have to change value) and the largest single deviation.
 *
 * <p>A cell expected at 0 that holds rows cannot occur under the expectation: the p-value is then 0 and the cell's
 * standardised residual is infinite.
 *
 * @param cells          one per named value in the given order, then "other" when present
 * @param rows           the rows with a present value
 * @param chiSquare      the goodness-of-fit statistic over the cells expected above 0
 * @param pValue         its p-value (degrees of freedom: cells expected above 0, minus 1)
 * @param totalVariation half the sum of |observed share - expected share|
 */
public record ShareComparison(List<Cell> cells, long rows, double chiSquare, double pValue, double totalVariation) {

    /** The name of the cell that pools the values not named. */
    public static final String OTHER = "(other)";

    /** Shares this small are taken as 0 (the float rest of shares that sum to 1). */
    private static final double ZERO_SHARE = 1e-9;

    public ShareComparison {
        cells = List.copyOf(cells);
    }

    /**
     * One value: its expected and observed share, rows, and the standardised residual
     * {@code (observed - expected) / sqrt(expected)} in rows.
     */
    public record Cell(String value, double expectedShare, long rowCount, double observedShare, double residual) {

        /** Observed minus expected share. */
        public double deviation() {
            return observedShare - expectedShare;
        }
    }

    /** The comparison of the observed frequencies with the expected shares. */
    public static ShareComparison of(ExpectedShares expected, Frequencies observed) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < observed.values().size(); i++) {
            counts.merge(observed.values().get(i), observed.counts()[i], Long::sum);
        }
        long rows = observed.present();
        long otherRows = rows;
        List<String> values = new ArrayList<>(expected.shares().keySet());
        List<Double> shares = new ArrayList<>(expected.shares().values());
        List<Long> rowCounts = new ArrayList<>();
        for (String v : values) {
            long c = counts.getOrDefault(v, 0L);
            rowCounts.add(c);
            otherRows -= c;
        }
        double otherShare = expected.otherShare();
        if (otherShare > ZERO_SHARE || otherRows > 0) {
            values.add(OTHER);
            shares.add(otherShare > ZERO_SHARE ? otherShare : 0.0);
            rowCounts.add(otherRows);
        }
        List<Cell> cells = new ArrayList<>();
        double chi2 = 0;
        double tv = 0;
        int df = -1;
        boolean impossible = false;
        for (int i = 0; i < values.size(); i++) {
            double e = shares.get(i) * rows;
            long o = rowCounts.get(i);
            double observedShare = rows == 0 ? 0 : (double) o / rows;
            double residual;
            if (e > 0) {
                residual = (o - e) / Math.sqrt(e);
                chi2 += (o - e) * (o - e) / e;
                df++;
            } else {
                residual = o > 0 ? Double.POSITIVE_INFINITY : 0;
                impossible |= o > 0;
            }
            tv += Math.abs(observedShare - shares.get(i));
            cells.add(new Cell(values.get(i), shares.get(i), o, observedShare, residual));
        }
        double p = impossible ? 0 : df <= 0 || rows == 0 ? 1 : ChiSquaredDistribution.of(df).survivalProbability(chi2);
        return new ShareComparison(cells, rows, chi2, p, tv / 2);
    }

    /** The cell whose observed share is farthest from its expected share (the first such). */
    public Cell worstCell() {
        Cell worst = cells.get(0);
        for (Cell c : cells) {
            if (Math.abs(c.deviation()) > Math.abs(worst.deviation())) {
                worst = c;
            }
        }
        return worst;
    }
}
