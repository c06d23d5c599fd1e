package io.github.tenken.checks.correctness;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.RiskAttribute;
import io.github.tenken.data.Schema;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Message;
import io.github.tenken.model.LabelledPredictions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * C-1.3a: the model's main metric (accuracy for a classifier, RMSE for a regressor) on every declared case and on
 * every group of each categorical sensitive attribute in the test data, each with its Poisson-bootstrap 95% interval,
 * so that the performance on high-risk cases is monitored rather than hidden in the overall figure.
 *
 * <p>{@code worst_case_gap} is the largest gap among the subsets of at least {@code minRows} rows, a gap being what the
 * subset's interval proves against the overall value (see {@link SegmentScores}): the overall accuracy minus the
 * subset's upper bound, or the subset's RMSE lower bound over the overall RMSE minus 1. The default criterion
 * {@code worst_case_gap <= 0.1} fails a model only when some case is worse with 95% confidence, so a small case's
 * noise does not fail it. {@code worst_case_accuracy} (or {@code worst_case_rmse}) is the point value of the subset
 * with the largest gap, informative. A numeric sensitive attribute is cut at the edges of the risk attribute declared
 * on the same column (as the fairness checks cut it); without one it is left to declared cases (a case names a range).
 */
public final class PerCaseCheck implements Check {

    private static final String ID = "c1.per-case";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Performance per declared case and sensitive group", InternalCharacteristic.C_1)
            .description("Accuracy (classifier) or RMSE (regressor) with a bootstrap 95% confidence interval on every "
                    + "declared case and every group of each categorical sensitive attribute of the test data; the "
                    + "worst case's gap to the overall value, as far as its interval proves it, is judged.")
            .concerns(ExternalCharacteristic.PERFORMANCE, ExternalCharacteristic.FAIRNESS)
            .items("C-1.3a")
            .needs(Input.TEST_DATA, Input.MODEL, Input.LABEL)
            .parameters(
                    ParameterSpec.integer("bootstrap", 1000, 50, 100_000,
                            "bootstrap replicates for the 95% confidence intervals"),
                    ParameterSpec.integer("minRows", 30, 1, Integer.MAX_VALUE,
                            "fewest test rows a case or group needs to count in the verdict"),
                    ParameterSpec.integer("maxListedGroups", 50, 1, 10_000,
                            "most cases and groups listed, worst first"))
            .criteria("worst_case_gap <= 0.1")
            .measures("cases_assessed", "worst_case_gap", "worst_case_accuracy", "worst_case_rmse")
            .build();

    /** The check with its declared defaults; parameters and criteria come from the assessment. */
    public PerCaseCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        Schema schema = ctx.requireSchema(DatasetRole.TEST);
        List<String> attributes = sensitiveCategorical(ctx.roles().sensitive(), schema);
        List<RiskAttribute> binned = ctx.riskAttributes().stream().filter(RiskAttribute::isBinned)
                .filter(r -> ctx.roles().sensitive().contains(r.column()) && schema.has(r.column())
                        && schema.type(r.column()) == ColumnType.NUMERIC).toList();
        if (ctx.cases().isEmpty() && attributes.isEmpty() && binned.isEmpty()) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable"));
        }
        for (CaseDefinition c : ctx.cases()) {
            requireColumns(c, schema, ctx.datasetName(DatasetRole.TEST));
        }
        ctx.needsRows(DatasetRole.TEST);
        return run -> run(run, attributes, binned);
    }

    static List<String> sensitiveCategorical(List<String> sensitive, Schema schema) {
        return sensitive.stream().filter(s -> schema.has(s) && schema.type(s) == ColumnType.CATEGORICAL).toList();
    }

    static void requireColumns(CaseDefinition c, Schema schema, String dataset) {
        c.conditions().forEach(cond -> {
            if (!schema.has(cond.column())) {
                throw new IllegalArgumentException("case \"" + c.name() + "\": condition " + cond + " names column \""
                        + cond.column() + "\", not found in " + dataset + "; columns are " + schema.names());
            }
        });
    }

    private Outcome run(CheckContext ctx, List<String> attributes, List<RiskAttribute> binned) {
        LabelledPredictions labelled = ctx.labelled(DatasetRole.TEST);
        if (labelled.size() == 0) {
            throw new IllegalArgumentException("no row of the test data has a label in column \""
                    + ctx.roles().label() + "\"");
        }
        Table table = ctx.table(DatasetRole.TEST);
        SegmentScores scores = new SegmentScores(labelled);
        PoissonBootstrap bootstrap = new PoissonBootstrap(ctx.parameters().getInt("bootstrap"), ctx.seed());
        int minRows = ctx.parameters().getInt("minRows");

        List<Subset> subsets = new ArrayList<>();
        for (CaseDefinition c : ctx.cases()) {
            IntPredicate matches = c.matcher(table.asBatch());
            subsets.add(Subset.of("case", c.name(), c.describe(), labelled, matches));
        }
        for (String attribute : attributes) {
            CategoricalColumn column = table.categorical(attribute);
            List<String> values = column.dictionary().values();
            int[] counts = new int[values.size()];
            for (int i = 0; i < labelled.size(); i++) {
                int code = column.code(labelled.row(i));
                if (code >= 0) {
                    counts[code]++;
                }
            }
            for (int code = 0; code < values.size(); code++) {
                if (counts[code] > 0) {
                    int k = code;
                    subsets.add(Subset.of("group", attribute + " = " + values.get(code), attribute + " = "
                            + values.get(code), labelled, row -> column.code(row) == k));
                }
            }
        }
        for (RiskAttribute r : binned) {
            NumericColumn column = table.numeric(r.column());
            for (int b = 0; b <= r.edges().size(); b++) {
                int bin = b;
                String name = r.column() + " " + r.binLabel(b);
                Subset s = Subset.of("group", name, name, labelled,
                        row -> !column.isMissing(row) && r.bin(column.get(row)) == bin);
                if (s.rows.length > 0) {
                    subsets.add(s);
                }
            }
        }
        List<Segments.Scored> scored = new ArrayList<>();
        for (Subset s : subsets) {
            scored.add(Segments.score(s.source, s.name, s.definition, s.rows, scores, bootstrap, minRows));
        }
        return Segments.outcome(ctx, ID, "worst_case", scored, scores, minRows,
                ctx.parameters().getInt("maxListedGroups"), "cases_assessed");
    }

    /** A case or group: where it comes from, its name and definition, and its labelled rows. */
    private record Subset(String source, String name, String definition, int[] rows) {
        static Subset of(String source, String name, String definition, LabelledPredictions labelled,
                         IntPredicate tableRowMatches) {
            int[] rows = java.util.stream.IntStream.range(0, labelled.size())
                    .filter(i -> tableRowMatches.test(labelled.row(i))).toArray();
            return new Subset(source, name, definition, rows);
        }
    }
}
