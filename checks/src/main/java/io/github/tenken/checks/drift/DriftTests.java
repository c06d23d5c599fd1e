package io.github.tenken.checks.drift;

import io.github.tenken.checks.stats.ChiSquareHomogeneity;
import io.github.tenken.checks.stats.KolmogorovSmirnov;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.stats.Frequencies;
import io.github.tenken.stats.QuantileSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the drift test of one column from the statistics of the fused scan. */
final class DriftTests {

    private DriftTests() {
    }

    /** Kolmogorov-Smirnov on the distributions of both datasets (exact, or sketches with their error). */
    static ColumnDrift numeric(String column, QuantileSummary reference, QuantileSummary compared) {
        if (reference.count() == 0 || compared.count() == 0) {
            return new ColumnDrift(column, true, Message.of("drift.test.ks.empty",
                    Message.of(reference.count() == 0 ? "drift.reference" : "drift.compared")), Double.NaN,
                    Double.NaN, Double.NaN, 0, "", List.of());
        }
        KolmogorovSmirnov.Result r = KolmogorovSmirnov.test(reference, compared);
        Message test = r.error() == 0 ? Message.of("drift.test.ks")
                : Message.of("drift.test.ks.sketch", sketch(reference, compared), Arg.num(r.error()));
        return new ColumnDrift(column, true, test, r.statistic(), r.pValue(), r.statistic(), r.error(),
                r.error() == 0 ? "" : sketch(reference, compared), List.of());
    }

    private static String sketch(QuantileSummary a, QuantileSummary b) {
        return a.isExact() ? b.method() : a.method();
    }

    /**
     * Chi-square test of homogeneity on the category counts of both datasets, matched by value (so the test holds
     * even for tables coded with different dictionaries), and the categories the reference never shows.
     */
    static ColumnDrift categorical(String column, Frequencies reference, Frequencies compared) {
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
                    0, "", unseen);
        }
        ChiSquareHomogeneity.Result r = ChiSquareHomogeneity.test(ref, cmp);
        return new ColumnDrift(column, false, Message.of("drift.test.chi2", Arg.count(r.degreesOfFreedom())),
                r.statistic(), r.pValue(), r.cramersV(), 0, "", unseen);
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
