package io.github.tenken.checks.distribution;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Stat;
import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.ExpectedShares;
import io.github.tenken.data.Schema;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.stats.CaseCount;
import io.github.tenken.stats.CategoryCounts;
import io.github.tenken.stats.Frequencies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code b1.expected-distribution}: the shares of each declared column's values in the training data (and the test
 * data when given) against the shares the team expects (guideline B-1.2a: the expected occurrence probability per
 * value or case is given and the data do not deviate from it; cases with an expected share are compared too; B-2.E2: the same over the whole input space). Judged on the
 * effect, the largest deviation of one value's share, because with many rows any difference is significant; the
 * chi-square goodness-of-fit p-value and the total variation distance are reported beside it.
 */
public final class ExpectedDistributionCheck implements Check {

    private static final String ID = "b1.expected-distribution";

    private static final String PLAN_EXAMPLE = "\"expected\": {\"sex\": {\"Female\": 0.5, \"Male\": 0.5}}";
    private static final String JAVA_EXAMPLE =
            "Assessment.builder().expect(new ExpectedShares(\"sex\", Map.of(\"Female\", 0.5, \"Male\", 0.5)))";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Expected value shares", InternalCharacteristic.B_1)
            .description("Compares the share of every value of each column with declared expected shares in the "
                    + "training and test data: the largest deviation of one value's share is judged; the chi-square "
                    + "goodness-of-fit p-value and the total variation distance are reported. A test set that "
                    + "resembles the training set shows nothing here: only a declared expectation does.")
            .concerns(ExternalCharacteristic.PERFORMANCE, ExternalCharacteristic.FAIRNESS,
                    ExternalCharacteristic.RISK_AVOIDANCE)
            .items("B-1.2a", "B-2.E2")
            .needs(Input.TRAINING_DATA)
            .parameters(ParameterSpec.integer("chartValues", 12, 2, 50,
                    "values drawn in the chart of the most deviating column (the rest pooled)"))
            .criteria("max_share_deviation <= 0.05")
            .measures("max_share_deviation", "max_total_variation", "min_p_value")
            .build();

    /** The check with its default criterion {@code max_share_deviation <= 0.05}. */
    public ExpectedDistributionCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        List<ExpectedShares> expectations = ctx.expectations();
        Map<String, Double> caseShares = ctx.expectedCaseShares();
        if (expectations.isEmpty() && caseShares.isEmpty()) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable", PLAN_EXAMPLE, JAVA_EXAMPLE));
        }
        List<DatasetRole> roles = ctx.has(DatasetRole.TEST)
                ? List.of(DatasetRole.TRAINING, DatasetRole.TEST) : List.of(DatasetRole.TRAINING);
        Map<DatasetRole, Map<ExpectedShares, Stat<Frequencies>>> stats = new LinkedHashMap<>();
        for (DatasetRole role : roles) {
            Schema schema = ctx.requireSchema(role);
            Map<ExpectedShares, Stat<Frequencies>> byColumn = new LinkedHashMap<>();
            for (ExpectedShares e : expectations) {
                requireCategorical(schema, e.column(), ctx.datasetName(role));
                byColumn.put(e, ctx.stat(role, new CategoryCounts(e.column())));
            }
            stats.put(role, byColumn);
        }
        Map<DatasetRole, Map<CaseDefinition, Stat<Long>>> caseStats = new LinkedHashMap<>();
        for (DatasetRole role : roles) {
            Map<CaseDefinition, Stat<Long>> byCase = new LinkedHashMap<>();
            for (CaseDefinition c : ctx.cases()) {
                if (caseShares.containsKey(c.name())) {
                    byCase.put(c, ctx.stat(role, new CaseCount(c)));
                }
            }
            caseStats.put(role, byCase);
        }
        return run -> {
            ResultTable.Builder cells = ResultTable.builder("cells", Message.of(ID + ".table.cells"),
                    "dataset", "column", "value", "expected_share", "observed_share", "deviation", "rows",
                    "residual");
            ResultTable.Builder columns = ResultTable.builder("columns", Message.of(ID + ".table.columns"),
                    "dataset", "column", "rows", "max_deviation", "total_variation", "chi_square", "p_value");
            double maxDeviation = 0;
            double maxVariation = 0;
            double minP = 1;
            ShareComparison worst = null;
            String worstColumn = null;
            DatasetRole worstRole = null;
            for (Map.Entry<DatasetRole, Map<ExpectedShares, Stat<Frequencies>>> byRole : stats.entrySet()) {
                String dataset = byRole.getKey().key();
                for (Map.Entry<ExpectedShares, Stat<Frequencies>> e : byRole.getValue().entrySet()) {
                    String column = e.getKey().column();
                    ShareComparison c = ShareComparison.of(e.getKey(), run.get(e.getValue()));
                    for (ShareComparison.Cell cell : c.cells()) {
                        cells.row(dataset, column, cell.value(), cell.expectedShare(), cell.observedShare(),
                                cell.deviation(), cell.rowCount(), finiteOrNull(cell.residual()));
                    }
                    double deviation = Math.abs(c.worstCell().deviation());
                    columns.row(dataset, column, c.rows(), deviation, c.totalVariation(), c.chiSquare(), c.pValue());
                    if (worst == null || deviation > maxDeviation) {
                        maxDeviation = deviation;
                        worst = c;
                        worstColumn = column;
                        worstRole = byRole.getKey();
                    }
                    maxVariation = Math.max(maxVariation, c.totalVariation());
                    minP = Math.min(minP, c.pValue());
                }
            }
            ResultTable.Builder cases = ResultTable.builder("cases", Message.of(ID + ".table.cases"),
                    "dataset", "case", "rows", "expected_share", "observed_share", "deviation");
            String worstCase = null;
            double[] worstCaseShares = null;
            DatasetRole worstCaseRole = null;
            double maxCaseDeviation = -1;
            for (Map.Entry<DatasetRole, Map<CaseDefinition, Stat<Long>>> byRole : caseStats.entrySet()) {
                long rows = run.rows(byRole.getKey());
                for (Map.Entry<CaseDefinition, Stat<Long>> e : byRole.getValue().entrySet()) {
                    long n = run.get(e.getValue());
                    double observed = rows == 0 ? 0 : (double) n / rows;
                    double expected = caseShares.get(e.getKey().name());
                    cases.row(byRole.getKey().key(), e.getKey().name(), n, expected, observed, observed - expected);
                    if (Math.abs(observed - expected) > maxCaseDeviation) {
                        maxCaseDeviation = Math.abs(observed - expected);
                        worstCase = e.getKey().name();
                        worstCaseShares = new double[]{observed, expected};
                        worstCaseRole = byRole.getKey();
                    }
                }
            }
            Outcome.Builder out = Outcome.builder()
                    .measure(run.judged("max_share_deviation", Math.max(maxDeviation, maxCaseDeviation), "ratio"));
            if (worst != null) {
                out.measure(run.judged("max_total_variation", maxVariation, "ratio"))
                        .measure(run.judged("min_p_value", minP, "p"))
                        .table(columns.build())
                        .table(cells.build())
                        .chart(chart(worstColumn, worstRole, worst, run.parameters().getInt("chartValues")));
            }
            if (worstCase != null) {
                out.table(cases.build());
            }
            if (worst == null || maxCaseDeviation > maxDeviation) {
                return out.explanation(Message.of(ID + ".summary.case", worstCase,
                        Message.of("role." + worstCaseRole.key()), Arg.share(worstCaseShares[0]),
                        Arg.share(worstCaseShares[1]))).build();
            }
            ShareComparison.Cell cell = worst.worstCell();
            return out.explanation(Message.of(ID + ".summary", worstColumn, Message.of("role." + worstRole.key()),
                    cell.value(), Arg.share(cell.observedShare()), Arg.share(cell.expectedShare()),
                    Arg.share(worst.totalVariation()), Arg.num(worst.pValue()))).build();
        };
    }

    private static void requireCategorical(Schema schema, String column, String dataset) {
        if (!schema.has(column)) {
            throw new IllegalArgumentException("expected shares name the column \"" + column + "\", which "
                    + dataset + " does not have; its columns are " + schema.names());
        }
        ColumnType type = schema.type(column);
        if (type != ColumnType.CATEGORICAL) {
            throw new IllegalArgumentException("expected shares need a categorical column, but \"" + column
                    + "\" is " + type.key() + " in " + dataset + "; declare its type categorical (for a numeric "
                    + "attribute, declare cases with ranges)");
        }
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static Chart chart(String column, DatasetRole role, ShareComparison c, int maxValues) {
        List<String> labels = new ArrayList<>();
        double[] expected = new double[Math.min(c.cells().size(), maxValues)];
        double[] observed = new double[expected.length];
        for (int i = 0; i < c.cells().size(); i++) {
            ShareComparison.Cell cell = c.cells().get(i);
            int slot = Math.min(i, expected.length - 1);
            if (i < expected.length) {
                labels.add(i == expected.length - 1 && c.cells().size() > expected.length
                        ? ShareComparison.OTHER : cell.value());
            }
            expected[slot] += cell.expectedShare();
            observed[slot] += cell.observedShare();
        }
        return new Chart("shares", Message.of(ID + ".chart", column, Message.of("role." + role.key())),
                ChartKind.BARS, labels, List.of(ChartSeries.of("expected", Message.of(ID + ".series.expected"),
                expected), ChartSeries.of("observed", Message.of(ID + ".series.observed"), observed)),
                Message.literal(column), Message.of("axis.share"));
    }
}
