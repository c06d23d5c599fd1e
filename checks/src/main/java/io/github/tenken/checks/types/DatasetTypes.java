package io.github.tenken.checks.types;

import io.github.tenken.check.CheckContext;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.Stat;
import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.stats.DistinctCount;
import io.github.tenken.checks.stats.DistinctSummary;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Schema;
import io.github.tenken.stats.CategoryCounts;
import io.github.tenken.stats.CoMoments;
import io.github.tenken.stats.FirstRows;
import io.github.tenken.stats.Frequencies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics {@code b3.types} asks of one dataset, and the findings it reads from them. Categorical columns
 * (features and the label) get their counts and first rows; numeric features their shape and distinct count; the
 * first {@code maxPairColumns} features with few values their one-to-one pairs, the first {@code maxPairColumns}
 * numeric features their correlations. Ignored columns are left out.
 */
final class DatasetTypes {

    /** Stray tokens listed per column at most; the rest are summed in one row. */
    static final int MAX_TOKENS = 20;

    private final DatasetRole role;
    private final Map<String, Stat<Frequencies>> counts = new LinkedHashMap<>();
    private final Map<String, Stat<FirstRows.Result>> firstRows = new LinkedHashMap<>();
    private final Map<String, Stat<NumericShape.Shape>> shapes = new LinkedHashMap<>();
    private final Map<String, Stat<DistinctSummary>> distinct = new LinkedHashMap<>();
    private final List<String> features;
    private final List<String> declaredIdentifiers = new ArrayList<>();
    private Stat<List<OneToOnePairs.Pair>> pairs;
    private Stat<CoMoments.Correlations> correlations;
    private final int columns;

    private DatasetTypes(PlanContext ctx, DatasetRole role) {
        this.role = role;
        Schema schema = ctx.requireSchema(role);
        features = ctx.roles().features(schema);
        List<String> checked = new ArrayList<>(features);
        ctx.roles().labelColumn().filter(schema::has).ifPresent(checked::add);
        columns = checked.size();
        int maxLevels = ctx.parameters().getInt("maxPairLevels");
        int maxColumns = ctx.parameters().getInt("maxPairColumns");
        List<String> pairable = new ArrayList<>();
        List<String> numeric = new ArrayList<>();
        for (String c : checked) {
            ColumnType type = schema.type(c);
            boolean feature = features.contains(c);
            if (type == ColumnType.CATEGORICAL) {
                counts.put(c, ctx.stat(role, new CategoryCounts(c)));
                firstRows.put(c, ctx.stat(role, new FirstRows(c)));
            } else if (type == ColumnType.NUMERIC && feature) {
                shapes.put(c, ctx.stat(role, new NumericShape(c)));
                distinct.put(c, ctx.stat(role, new DistinctCount(c, ctx.exactUpTo())));
                if (numeric.size() < maxColumns) {
                    numeric.add(c);
                }
            } else if (type == ColumnType.IDENTIFIER && feature) {
                declaredIdentifiers.add(c);
            }
            if (feature && type != ColumnType.IDENTIFIER && pairable.size() < maxColumns) {
                pairable.add(c);
            }
        }
        if (pairable.size() >= 2) {
            pairs = ctx.stat(role, new OneToOnePairs(pairable, maxLevels));
        }
        if (numeric.size() >= 2) {
            correlations = ctx.stat(role, new CoMoments(numeric));
        }
    }

    /** Asks for the statistics of the dataset in this role. */
    static DatasetTypes plan(PlanContext ctx, DatasetRole role) {
        return new DatasetTypes(ctx, role);
    }

    /** Adds what this dataset shows to the findings. */
    void collect(CheckContext run, Findings out) {
        double minNumericShare = run.parameters().getDouble("minNumericShare");
        double maxCorrelation = run.parameters().getDouble("maxCorrelation");
        out.columnsChecked += columns;
        for (var e : counts.entrySet()) {
            categorical(e.getKey(), run.get(e.getValue()), run.get(firstRows.get(e.getKey())), minNumericShare, out);
        }
        for (String c : declaredIdentifiers) {
            out.identifiers.add(new Findings.Identifier(role, c, ColumnType.IDENTIFIER.key(), -1, -1, true));
        }
        for (var e : shapes.entrySet()) {
            numeric(e.getKey(), run.get(e.getValue()), run.get(distinct.get(e.getKey())), out);
        }
        if (pairs != null) {
            run.get(pairs).forEach(p -> out.redundant.add(new Findings.Redundant(role, p)));
        }
        if (correlations != null) {
            CoMoments.Correlations r = run.get(correlations);
            List<String> cs = r.columns();
            for (int a = 0; a < cs.size(); a++) {
                for (int b = a + 1; b < cs.size(); b++) {
                    if (Math.abs(r.r(a, b)) >= maxCorrelation) {
                        out.collinear.add(new Findings.Collinear(role, cs.get(a), cs.get(b), r.r(a, b), r.rows(a, b)));
                    }
                }
            }
        }
    }

    private void categorical(String column, Frequencies f, FirstRows.Result first, double minNumericShare,
                             Findings out) {
        long[] n = f.counts();
        List<String> values = f.values();
        long present = 0;
        long numeric = 0;
        int distinctValues = 0;
        int only = -1;
        Map<String, List<Findings.Counted>> spellings = new LinkedHashMap<>();
        List<Findings.Token> tokens = new ArrayList<>();
        for (int code = 0; code < n.length; code++) {
            if (n[code] == 0) {
                continue;
            }
            String v = values.get(code);
            present += n[code];
            distinctValues++;
            only = code;
            if (Spelling.isNumber(v)) {
                numeric += n[code];
            } else {
                tokens.add(new Findings.Token(v, n[code], first.firstRow(code) + 1));
            }
            spellings.computeIfAbsent(Spelling.normalised(v), k -> new ArrayList<>())
                    .add(new Findings.Counted(v, n[code]));
        }
        if (numeric > 0 && numeric < present && numeric >= minNumericShare * present) {
            tokens.sort(Comparator.comparingLong(Findings.Token::rows).reversed()
                    .thenComparingLong(Findings.Token::firstRow));
            out.strays.add(new Findings.Stray(role, column, present, numeric, tokens));
        }
        List<Findings.Variants> groups = new ArrayList<>();
        for (List<Findings.Counted> group : spellings.values()) {
            if (group.size() > 1) {
                group.sort(Comparator.comparingLong(Findings.Counted::rows).reversed()
                        .thenComparing(Findings.Counted::value));
                groups.add(new Findings.Variants(role, column, group));
            }
        }
        groups.sort(Comparator.comparingLong(Findings.Variants::rows).reversed());
        out.variants.addAll(groups);
        if (!features.contains(column)) {
            return;     // the label: a constant or all-distinct label is another check's business
        }
        if (present >= CsvOptions.IDENTIFIER_MIN_VALUES
                && 100L * distinctValues >= (long) CsvOptions.IDENTIFIER_MIN_DISTINCT_PERCENT * present) {
            out.identifiers.add(new Findings.Identifier(role, column, ColumnType.CATEGORICAL.key(), distinctValues,
                    present, false));
        }
        if (distinctValues == 1) {
            out.constants.add(new Findings.Constant(role, column, values.get(only), present));
        }
    }

    private void numeric(String column, NumericShape.Shape shape, DistinctSummary d, Findings out) {
        if (shape.allWhole() && shape.present() >= CsvOptions.IDENTIFIER_MIN_VALUES
                && (d.isExact() ? d.count() == shape.present() : d.upper() >= shape.present())) {
            out.identifiers.add(new Findings.Identifier(role, column, ColumnType.NUMERIC.key(), d.count(),
                    shape.present(), false));
        }
        if (shape.isConstant()) {
            out.constants.add(new Findings.Constant(role, column, shape.min(), shape.present()));
        }
    }
}
