package io.github.tenken.checks.drift;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.Stat;
import io.github.tenken.checks.stats.BenjaminiHochberg;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Schema;
import io.github.tenken.stats.CategoryCounts;
import io.github.tenken.stats.Frequencies;
import io.github.tenken.stats.NumericStats;
import io.github.tenken.stats.NumericSummary;
import io.github.tenken.stats.QuantileSummary;
import io.github.tenken.stats.Quantiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Column-by-column drift of a compared dataset from the training data, the test chosen by the reference sample's
 * size as Evidently does and named in the result. Up to {@code largeSample} values (1,000): Kolmogorov-Smirnov for
 * numeric columns and chi-square of homogeneity for categorical ones and the label, Benjamini-Hochberg across the
 * columns; a column drifts when its adjusted p-value is below {@code alpha} and its effect (KS D, or Cramér's V) is
 * at least {@code minEffect}. Above: the Wasserstein distance over the reference's standard deviation, or the
 * Jensen-Shannon distance, and a column drifts from {@code distanceThreshold} (0.1), because with many rows every
 * p-value is tiny. The PSI is reported beside either, the share of drifted columns and the label's drift on its own
 * line. Identifier columns are not tested. Numeric distributions are exact up to the assessment's {@code exactUpTo}
 * values and KLL sketches beyond, whose error the result states. Subclasses fix the compared dataset.
 */
public abstract class ColumnDriftCheck implements Check {

    private static final DatasetRole REFERENCE = DatasetRole.TRAINING;

    private final CheckDescriptor descriptor;
    private final DatasetRole compared;

    /** A drift check of the {@code compared} dataset against the training data. */
    protected ColumnDriftCheck(CheckDescriptor descriptor, DatasetRole compared) {
        this.descriptor = descriptor;
        this.compared = compared;
    }

    /** The parameters every drift check declares. */
    protected static ParameterSpec[] parameterSpecs() {
        return new ParameterSpec[]{
                ParameterSpec.real("alpha", 0.05, 1e-6, 0.5,
                        "false discovery rate: a column can drift only if its Benjamini-Hochberg adjusted p is below it"),
                ParameterSpec.real("minEffect", 0.1, 0, 1,
                        "smallest effect that counts as drift: KS distance D (numeric) or Cramér's V (categorical)"),
                ParameterSpec.integer("bins", 20, 2, 200, "bins of the histogram of the most drifted numeric column"),
                ParameterSpec.integer("largeSample", 1000, 1, Long.MAX_VALUE,
                        "above this many reference values a column is judged by a distance, not a p-value"),
                ParameterSpec.real("distanceThreshold", 0.1, 0, 10,
                        "normed Wasserstein or Jensen-Shannon distance from which a large-sample column drifts")};
    }

    @Override
    public final CheckDescriptor descriptor() {
        return descriptor;
    }

    /** The statistics of one tested column in both datasets. */
    private record Tested(String column, Stat<QuantileSummary> refValues, Stat<QuantileSummary> cmpValues,
                          Stat<NumericStats> refMoments, Stat<Frequencies> refCounts, Stat<Frequencies> cmpCounts) {
        boolean numeric() {
            return refValues != null;
        }
    }

    @Override
    public final CheckRun plan(PlanContext ctx) {
        Schema reference = ctx.requireSchema(REFERENCE);
        Map<String, Tested> tested = new LinkedHashMap<>();
        for (String c : columns(ctx)) {
            if (reference.type(c) == ColumnType.NUMERIC) {
                Quantiles q = new Quantiles(c, ctx.exactUpTo());
                tested.put(c, new Tested(c, ctx.stat(REFERENCE, q), ctx.stat(compared, q),
                        ctx.stat(REFERENCE, new NumericSummary(c)), null, null));
            } else {
                CategoryCounts counts = new CategoryCounts(c);
                tested.put(c, new Tested(c, null, null, null, ctx.stat(REFERENCE, counts),
                        ctx.stat(compared, counts)));
            }
        }
        return run -> {
            double alpha = run.parameters().getDouble("alpha");
            double minEffect = run.parameters().getDouble("minEffect");
            long largeSample = run.parameters().getInt("largeSample");
            double threshold = run.parameters().getDouble("distanceThreshold");
            List<ColumnDrift> drifts = new ArrayList<>();
            for (Tested t : tested.values()) {
                drifts.add(t.numeric()
                        ? DriftTests.numeric(t.column(), run.get(t.refValues()), run.get(t.cmpValues()),
                        populationStddev(run.get(t.refMoments())), largeSample)
                        : DriftTests.categorical(t.column(), run.get(t.refCounts()), run.get(t.cmpCounts()),
                        largeSample));
            }
            double[] adjusted = BenjaminiHochberg.adjust(drifts.stream().mapToDouble(ColumnDrift::pValue).toArray());
            DriftReport report = new DriftReport(drifts, adjusted, alpha, minEffect, threshold, largeSample,
                    label(ctx), compared.key());
            Outcome.Builder out = report.outcome(run);
            // the most drifted numeric column, then every other drifted or sensitive column, in test order
            java.util.Set<String> charted = new java.util.LinkedHashSet<>();
            report.mostDriftedNumeric().ifPresent(d -> charted.add(d.column()));
            java.util.Set<String> wanted = new java.util.HashSet<>(report.driftedColumns());
            wanted.addAll(ctx.roles().sensitive());
            tested.keySet().stream().filter(wanted::contains).forEach(charted::add);
            for (String c : charted) {
                Tested t = tested.get(c);
                out.chart(t.numeric()
                        ? SharedHistogram.chart(c, run.get(t.refValues()), run.get(t.cmpValues()),
                        run.parameters().getInt("bins"), REFERENCE.key(), compared.key())
                        : CategoryBars.chart(c, run.get(t.refCounts()), run.get(t.cmpCounts()), REFERENCE.key(),
                        compared.key()));
            }
            return out.build();
        };
    }

    /** The population standard deviation (as numpy's {@code std}, which Evidently norms by); 0 below two values. */
    private static double populationStddev(NumericStats s) {
        return s.count() < 2 || Double.isNaN(s.stddev()) ? 0 : s.stddev() * Math.sqrt((s.count() - 1.0) / s.count());
    }

    /** The label column when both datasets carry it (it is tested last, and reported on its own line). */
    private String label(PlanContext ctx) {
        Schema reference = ctx.requireSchema(REFERENCE);
        Schema other = ctx.requireSchema(compared);
        return ctx.roles().labelColumn().filter(reference::has).filter(other::has).orElse(null);
    }

    /**
     * The columns tested: the features of the training data but identifiers, then the label when both datasets
     * carry it; each must exist in the compared data with the same type.
     */
    private List<String> columns(PlanContext ctx) {
        Schema reference = ctx.requireSchema(REFERENCE);
        Schema other = ctx.requireSchema(compared);
        List<String> columns = new ArrayList<>();
        for (String c : ctx.roles().features(reference)) {
            if (reference.type(c) != ColumnType.IDENTIFIER) {
                columns.add(c);
            }
        }
        ctx.roles().labelColumn().filter(reference::has).filter(other::has).ifPresent(columns::add);
        for (String c : columns) {
            if (!other.has(c)) {
                throw new IllegalArgumentException("column \"" + c + "\" of " + REFERENCE.key() + " data "
                        + ctx.datasetName(REFERENCE) + " not found in " + compared.key() + " data "
                        + ctx.datasetName(compared) + "; its columns are " + other.names());
            }
            if (reference.type(c) != other.type(c)) {
                throw new IllegalArgumentException("column \"" + c + "\" is " + reference.type(c).key() + " in "
                        + ctx.datasetName(REFERENCE) + " but " + other.type(c).key() + " in "
                        + ctx.datasetName(compared) + "; drift can only compare like with like");
            }
        }
        return columns;
    }
}
