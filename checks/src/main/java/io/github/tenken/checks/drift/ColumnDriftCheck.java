package io.github.tenken.checks.drift;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.StatisticRequest;
import io.github.tenken.checks.stats.BenjaminiHochberg;
import io.github.tenken.data.Column;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.CategoryCounts;
import io.github.tenken.stats.SortedValues;

import java.util.ArrayList;
import java.util.List;

/**
 * Column-by-column drift of a compared dataset from the training data: Kolmogorov-Smirnov for numeric columns,
 * chi-square of homogeneity for categorical ones and the label, Benjamini-Hochberg across the columns. A column
 * drifts when its adjusted p-value is below {@code alpha} and its effect (KS distance D, or Cramér's V) is at least
 * {@code minEffect}: with thousands of rows a negligible shift is already "significant", so significance alone
 * would flag every column. Subclasses fix the compared dataset.
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
                ParameterSpec.integer("bins", 20, 2, 200, "bins of the histogram of the most drifted numeric column")};
    }

    @Override
    public final CheckDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public final List<StatisticRequest> statistics(CheckContext ctx) {
        List<StatisticRequest> requests = new ArrayList<>();
        Table reference = ctx.require(REFERENCE);
        for (String c : columns(ctx)) {
            Analyzer<?, ?> analyzer = isNumeric(reference, c) ? new SortedValues(c) : new CategoryCounts(c);
            requests.add(StatisticRequest.of(REFERENCE, analyzer));
            requests.add(StatisticRequest.of(compared, analyzer));
        }
        return requests;
    }

    @Override
    public final Outcome run(CheckContext ctx) {
        double alpha = ctx.parameters().getDouble("alpha");
        double minEffect = ctx.parameters().getDouble("minEffect");
        List<ColumnDrift> drifts = new ArrayList<>();
        for (String c : columns(ctx)) {
            drifts.add(isNumeric(ctx.require(REFERENCE), c)
                    ? DriftTests.numeric(c, ctx.statistic(REFERENCE, new SortedValues(c)),
                    ctx.statistic(compared, new SortedValues(c)))
                    : DriftTests.categorical(c, ctx.statistic(REFERENCE, new CategoryCounts(c)),
                    ctx.statistic(compared, new CategoryCounts(c))));
        }
        double[] adjusted = BenjaminiHochberg.adjust(drifts.stream().mapToDouble(ColumnDrift::pValue).toArray());
        DriftReport report = new DriftReport(drifts, adjusted, alpha, minEffect, compared.key());
        Outcome.Builder out = report.outcome(ctx);
        report.mostDriftedNumeric().ifPresent(c -> out.chart(SharedHistogram.chart(c.column(),
                ctx.statistic(REFERENCE, new SortedValues(c.column())), ctx.statistic(compared,
                        new SortedValues(c.column())), ctx.parameters().getInt("bins"), REFERENCE.key(), compared.key())));
        return out.build();
    }

    /**
     * The columns tested: the features of the training data, then the label when both datasets carry it; each feature
     * must exist in the compared data with the same type.
     */
    private List<String> columns(CheckContext ctx) {
        Table reference = ctx.require(REFERENCE);
        Table other = ctx.require(compared);
        List<String> columns = new ArrayList<>(ctx.roles().features(reference));
        ctx.roles().labelColumn().filter(reference::hasColumn).filter(other::hasColumn).ifPresent(columns::add);
        for (String c : columns) {
            Column mine = reference.column(c);
            Column theirs = other.find(c).orElseThrow(() -> new IllegalArgumentException("column \"" + c + "\" of "
                    + REFERENCE.key() + " data " + reference.name() + " not found in " + compared.key() + " data "
                    + other.name() + "; its columns are " + other.columnNames()));
            if (mine.type() != theirs.type()) {
                throw new IllegalArgumentException("column \"" + c + "\" is " + lower(mine.type()) + " in "
                        + reference.name() + " but " + lower(theirs.type()) + " in " + other.name()
                        + "; drift can only compare like with like");
            }
        }
        return columns;
    }

    private static boolean isNumeric(Table table, String column) {
        return table.column(column).type() == ColumnType.NUMERIC;
    }

    private static String lower(ColumnType t) {
        return t.name().toLowerCase(java.util.Locale.ROOT);
    }
}
