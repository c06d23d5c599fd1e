package io.github.tenken.checks.coverage;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Stat;
import io.github.tenken.check.Status;
import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Condition;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Schema;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.stats.CaseCount;
import io.github.tenken.stats.CategoryCounts;
import io.github.tenken.stats.Frequencies;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code b1.case-coverage}: rows in the training and test data for every declared case and for every value of each
 * categorical sensitive attribute; a case with fewer than {@code minRows} rows in either fails (guideline B-1.1b
 * enough data per case, A-2.1a each case has data, B-2.S1 enough data for rare cases).
 */
public final class CaseCoverageCheck implements Check {

    private static final String ID = "b1.case-coverage";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Rows per case", InternalCharacteristic.B_1)
            .description("Counts the training and test rows of every declared case and of every value of each "
                    + "categorical sensitive attribute; a case with fewer than minRows rows can neither be learned "
                    + "nor tested reliably.")
            .concerns(ExternalCharacteristic.RISK_AVOIDANCE, ExternalCharacteristic.FAIRNESS,
                    ExternalCharacteristic.PERFORMANCE)
            .items("B-1.1b", "A-2.1a", "B-2.S1")
            .needs(Input.TRAINING_DATA)
            .parameters(ParameterSpec.integer("minRows", 30, 1, 1_000_000_000,
                    "fewest rows a case needs in the training data and in the test data"),
                    ParameterSpec.integer("maxListedValues", 50, 1, 10_000,
                            "values of one sensitive attribute listed in the table (the smallest first); the rest "
                                    + "are summed in one row"))
            .criteria("cases_below_minimum == 0")
            .measures("cases_assessed", "cases_below_minimum", "smallest_case_rows")
            .build();

    /** The check with its default parameter {@code minRows = 30} and criterion {@code cases_below_minimum == 0}. */
    public CaseCoverageCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * The rows of one sensitive attribute's values: all of them when there are at most {@code maxListed}, else the
     * {@code maxListed} smallest (the ones that fall short first) and one row summing the rest, so that a column of
     * ten thousand values does not make a report of megabytes.
     */
    private static void listValues(ResultTable.Builder table, String attribute, List<CaseRow> values, long minRows,
                                   int maxListed, boolean hasTest) {
        List<CaseRow> ranked = values.size() <= maxListed ? values
                : values.stream().sorted(Comparator.comparingLong(CaseRow::smallest)).toList();
        List<CaseRow> listed = ranked.subList(0, Math.min(maxListed, ranked.size()));
        listed.forEach(r -> table.row(r.name(), r.definition(), r.trainingRows(), r.testRows(), r.status(minRows)));
        if (listed.size() < ranked.size()) {
            List<CaseRow> rest = ranked.subList(listed.size(), ranked.size());
            long below = rest.stream().filter(r -> r.isBelow(minRows)).count();
            table.row(Message.of(ID + ".otherValues", attribute, Arg.count(rest.size())),
                    Message.of(ID + ".otherValuesDefinition", Arg.count(maxListed)),
                    rest.stream().mapToLong(CaseRow::trainingRows).sum(),
                    hasTest ? rest.stream().mapToLong(r -> r.testRows() == null ? 0 : r.testRows()).sum() : null,
                    Message.of(ID + ".status.otherBelow", Arg.count(below), Arg.count(rest.size()),
                            Arg.count(minRows)));
        }
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        if (ctx.cases().isEmpty() && ctx.roles().sensitive().isEmpty()) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable"));
        }
        boolean hasTest = ctx.has(DatasetRole.TEST);
        List<DatasetRole> roles = hasTest ? List.of(DatasetRole.TRAINING, DatasetRole.TEST) : List.of(DatasetRole.TRAINING);
        Map<CaseDefinition, List<Stat<Long>>> cases = new LinkedHashMap<>();
        for (CaseDefinition c : ctx.cases()) {
            List<Stat<Long>> stats = new ArrayList<>();
            for (DatasetRole role : roles) {
                CaseConditions.requireApplicable(c, ctx.requireSchema(role), ctx.datasetName(role));
                stats.add(ctx.stat(role, new CaseCount(c)));
            }
            cases.put(c, stats);
        }
        Schema training = ctx.requireSchema(DatasetRole.TRAINING);
        Map<String, List<Stat<Frequencies>>> sensitive = new LinkedHashMap<>();
        List<String> uncounted = new ArrayList<>();
        for (String s : ctx.roles().sensitive()) {
            if (training.type(s) != ColumnType.CATEGORICAL) {
                uncounted.add(s);
                continue;
            }
            List<Stat<Frequencies>> stats = new ArrayList<>();
            for (DatasetRole role : roles) {
                ColumnType type = ctx.requireSchema(role).type(s);
                if (type != ColumnType.CATEGORICAL) {
                    throw new IllegalArgumentException("sensitive attribute \"" + s + "\" is categorical in "
                            + ctx.datasetName(DatasetRole.TRAINING) + " but " + type.key() + " in "
                            + ctx.datasetName(role));
                }
                stats.add(ctx.stat(role, new CategoryCounts(s)));
            }
            sensitive.put(s, stats);
        }
        return run -> {
            long minRows = run.parameters().getInt("minRows");
            List<CaseRow> rows = new ArrayList<>();
            cases.forEach((c, stats) -> rows.add(new CaseRow(c.name(), Message.literal(c.describe()),
                    run.get(stats.get(0)), hasTest ? run.get(stats.get(1)) : null)));
            sensitive.forEach((s, stats) -> rows.addAll(SensitiveValueCases.of(s, run.get(stats.get(0)),
                    hasTest ? run.get(stats.get(1)) : null)));
            ResultTable.Builder table = ResultTable.builder("cases", Message.of(ID + ".table", Arg.count(minRows)),
                    "case", "definition", "training_rows", "test_rows", "status");
            int maxListed = run.parameters().getInt("maxListedValues");
            rows.stream().filter(r -> r.attribute() == null).forEach(r -> table.row(r.name(), r.definition(),
                    r.trainingRows(), r.testRows(), r.status(minRows)));
            sensitive.forEach((s, stats) -> listValues(table, s, rows.stream()
                    .filter(r -> r.attribute() != null && r.attribute().equals(s)).toList(), minRows, maxListed,
                    hasTest));
            uncounted.forEach(s -> table.row(s, Message.of(ID + ".notCounted." + training.type(s).key()), null, null,
                    training.type(s) == ColumnType.IDENTIFIER ? Message.of(ID + ".declareCategorical")
                            : Message.of(ID + ".declareRanges",
                            Condition.between(s, 60, Double.POSITIVE_INFINITY).toString())));
            long below = rows.stream().filter(r -> r.isBelow(minRows)).count();
            Optional<CaseRow> smallest = rows.stream().min(Comparator.comparingLong(CaseRow::smallest));
            Outcome.Builder out = Outcome.builder()
                    .measure(run.judged("cases_below_minimum", below, "cases"))
                    .measure(run.judged("smallest_case_rows",
                            smallest.map(r -> (double) r.smallest()).orElse(Double.NaN), "rows"))
                    .measure(run.judged("cases_assessed", rows.size(), "cases"))
                    .table(table.build());
            if (rows.isEmpty()) {
                return out.status(Status.WARN).explanation(Message.of(ID + ".nothingCounted", uncounted)).build();
            }
            CaseRow s = smallest.orElseThrow();
            return out.explanation(Message.of(hasTest ? ID + ".summaryWithTest" : ID + ".summary", Arg.count(below),
                    Arg.count(rows.size()), Arg.count(minRows), s.name(), Arg.count(s.smallest()))).build();
        };
    }
}
