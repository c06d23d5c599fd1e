package io.github.tenken.checks.drift;

import io.github.tenken.checks.stats.ChiSquareHomogeneity;
import io.github.tenken.checks.stats.Distances;
import io.github.tenken.checks.stats.KolmogorovSmirnov;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.stats.Frequencies;
import io.github.tenken.stats.QuantileSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the drift test of one column from the statistics of the fused scan, chosen by the size of the reference
 * sample as Evidently does: up to {@code largeSample} present values a hypothesis test (Kolmogorov-Smirnov for
 * numeric columns, chi-square for categorical ones), above it a distance (the Wasserstein distance over the
 * reference's standard deviation, or the Jensen-Shannon distance), because with many rows every p-value is tiny.
 * The PSI (ten reference-quantile bins, or the categories) is reported beside either.
 */
final class DriftTests {

    /** The smallest standard deviation a Wasserstein distance is normed by (as Evidently), for constant columns. */
    static final double MIN_NORM = 0.001;

    /** Bins of the numeric PSI. */
    static final int PSI_BINS = 10;

    private DriftTests() {
    }

    /**
     * The test of a numeric column: KS D always (it is the effect), judged by its p-value for a small reference,
     * by the normed Wasserstein distance for a large one.
     */
    static ColumnDrift numeric(String column, QuantileSummary reference, QuantileSummary compared,
                               double referenceStddev, long largeSample) {
        if (reference.count() == 0 || compared.count() == 0) {
            return new ColumnDrift(column, true, Message.of("drift.test.ks.empty",
                    Message.of(reference.count() == 0 ? "drift.reference" : "drift.compared")), Double.NaN,
                    Double.NaN, Double.NaN, 0, "", List.of(), false, Double.NaN);
        }
        KolmogorovSmirnov.Result r = KolmogorovSmirnov.test(reference, compared);
        double psi = Distances.psi(reference, compared, PSI_BINS);
        String sketch = r.error() == 0 ? "" : sketch(reference, compared);
        if (reference.count() > largeSample) {
            double norm = Math.max(referenceStddev, MIN_NORM);
            double w = Distances.wasserstein(reference, compared) / norm;
            Message test = r.error() == 0 ? Message.of("drift.test.wasserstein", Arg.count(largeSample))
                    : Message.of("drift.test.wasserstein.sketch", Arg.count(largeSample), sketch);
            return new ColumnDrift(column, true, test, w, Double.NaN, r.statistic(), r.error(), sketch, List.of(),
                    true, psi);
        }
        Message test = r.error() == 0 ? Message.of("drift.test.ks")
                : Message.of("drift.test.ks.sketch", sketch, Arg.num(r.error()));
        return new ColumnDrift(column, true, test, r.statistic(), r.pValue(), r.statistic(), r.error(), sketch,
                List.of(), false, psi);
    }

    private static String sketch(QuantileSummary a, QuantileSummary b) {
        return a.isExact() ? b.method() : a.method();
    }

    /**
     * Chi-square test of homogeneity on the category counts of both datasets, matched by value (so the test holds
     * even for tables coded with different dictionaries), and the categories the reference never shows.
     */
    static ColumnDrift categorical(String column, Frequencies reference, Frequencies compared, long largeSample) {
        Map<String, long[]> byValue = new LinkedHashMap<>();
        add(byValue, reference, 0);
        add(byValue, compared, 1);
        long[] ref = new long[byValue.size()];
        long[] cmp = new long[byValue.size()];
        List<ColumnDrift.UnseenCategory> unseen = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, long[]> e : byValue.entrySet()) {
            ref[i] = e.getValue()[0];
            cmp[i] = e.getValue()[1];
            if (ref[i] == 0 && cmp[i] > 0) {
                unseen.add(new ColumnDrift.UnseenCategory(e.getKey(), cmp[i]));
            }
            i++;
        }
        long n1 = java.util.Arrays.stream(ref).sum();
        long n2 = java.util.Arrays.stream(cmp).sum();
        if (n1 == 0 || n2 == 0) {
            return new ColumnDrift(column, false, Message.of("drift.test.chi2.empty",
                    Message.of(n1 == 0 ? "drift.reference" : "drift.compared")), Double.NaN, Double.NaN, Double.NaN,
                    0, "", unseen, false, Double.NaN);
        }
        ChiSquareHomogeneity.Result r = ChiSquareHomogeneity.test(ref, cmp);
        double psi = Distances.psi(ref, cmp);
        if (n1 > largeSample) {
            return new ColumnDrift(column, false, Message.of("drift.test.jensenShannon", Arg.count(largeSample)),
                    Distances.jensenShannon(ref, cmp), Double.NaN, r.cramersV(), 0, "", unseen, true, psi);
        }
        return new ColumnDrift(column, false, Message.of("drift.test.chi2", Arg.count(r.degreesOfFreedom())),
                r.statistic(), r.pValue(), r.cramersV(), 0, "", unseen, false, psi);
    }

    private static void add(Map<String, long[]> byValue, Frequencies f, int slot) {
        List<String> values = f.values();
        long[] counts = f.counts();
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                byValue.computeIfAbsent(values.get(c), v -> new long[2])[slot] += counts[c];
            }
        }
    }
}
