package io.github.tenken.checks.coverage;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.StatisticRequest;
import io.github.tenken.check.Status;
import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Condition;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.internal.Formats;
import io.github.tenken.stats.CaseCount;
import io.github.tenken.stats.CategoryCounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code b1.case-coverage}: rows in the training and test data for every declared case and for every value of each
 * categorical sensitive attribute; a case with fewer than {@code minRows} rows in either fails (guideline B-1.1b
 * enough data per case, A-2.1a each case has data, B-2.S1 enough data for rare cases).
 */
public final class CaseCoverageCheck implements Check {

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("b1.case-coverage",
                    "Rows per case", InternalCharacteristic.B_1)
            .description("Counts the training and test rows of every declared case and of every value of each "
                    + "categorical sensitive attribute; a case with fewer than minRows rows can neither be learned "
                    + "nor tested reliably.")
            .concerns(ExternalCharacteristic.RISK_AVOIDANCE, ExternalCharacteristic.FAIRNESS,
                    ExternalCharacteristic.PERFORMANCE)
            .items("B-1.1b", "A-2.1a", "B-2.S1")
            .needs(Input.TRAINING_DATA)
            .parameters(ParameterSpec.integer("minRows", 30, 1, 1_000_000_000,
                    "fewest rows a case needs in the training data and in the test data"))
            .criteria("cases_below_minimum == 0")
            .build();

    /** The check with its default parameter {@code minRows = 30} and criterion {@code cases_below_minimum == 0}. */
    public CaseCoverageCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<StatisticRequest> statistics(CheckContext ctx) {
        List<StatisticRequest> requests = new ArrayList<>();
        List<DatasetRole> roles = roles(ctx);
        for (CaseDefinition c : ctx.cases()) {
            for (DatasetRole role : roles) {
                CaseConditions.requireApplicable(c, ctx.require(role));
                requests.add(StatisticRequest.of(role, new CaseCount(c)));
            }
        }
        for (String s : categoricalSensitive(ctx)) {
            for (DatasetRole role : roles) {
                ctx.require(role).categorical(s);
                requests.add(StatisticRequest.of(role, new CategoryCounts(s)));
            }
        }
        return requests;
    }

    @Override
    public Outcome run(CheckContext ctx) {
        if (ctx.cases().isEmpty() && ctx.roles().sensitive().isEmpty()) {
            return Outcome.notApplicable("Not applicable: this check needs declared cases or sensitive attributes, "
                    + "and the assessment gives neither.");
        }
        long minRows = ctx.parameters().getInt("minRows");
        boolean hasTest = ctx.dataset(DatasetRole.TEST).isPresent();
        List<CaseRow> rows = new ArrayList<>();
        for (CaseDefinition c : ctx.cases()) {
            rows.add(new CaseRow(c.name(), c.describe(), ctx.statistic(DatasetRole.TRAINING, new CaseCount(c)),
                    hasTest ? ctx.statistic(DatasetRole.TEST, new CaseCount(c)) : null));
        }
        for (String s : categoricalSensitive(ctx)) {
            rows.addAll(SensitiveValueCases.of(s, ctx.statistic(DatasetRole.TRAINING, new CategoryCounts(s)),
                    hasTest ? ctx.statistic(DatasetRole.TEST, new CategoryCounts(s)) : null));
        }
        ResultTable.Builder table = ResultTable.builder("cases", "Rows per case (minimum " + minRows + ")",
                "case", "definition", "training rows", "test rows", "status");
        rows.forEach(r -> table.row(r.name(), r.definition(), r.trainingRows(), r.testRows(), r.status(minRows)));
        List<String> numeric = numericSensitive(ctx);
        numeric.forEach(s -> table.row(s, "numeric sensitive attribute", null, null,
                "not assessed: declare cases with ranges for it, e.g. " + Condition.between(s, 60,
                        Double.POSITIVE_INFINITY)));
        long below = rows.stream().filter(r -> r.isBelow(minRows)).count();
        Optional<CaseRow> smallest = rows.stream().min(Comparator.comparingLong(CaseRow::smallest));
        Outcome.Builder out = Outcome.builder()
                .measure(ctx.judged("cases_below_minimum", below, "cases"))
                .measure(ctx.judged("smallest_case_rows", smallest.map(r -> (double) r.smallest()).orElse(Double.NaN),
                        "rows"))
                .measure(ctx.judged("cases_assessed", rows.size(), "cases"))
                .table(table.build());
        if (rows.isEmpty()) {
            return out.status(Status.WARN).explanation("No case could be counted: the sensitive attributes "
                    + numeric + " are numeric; declare cases with ranges for them.").build();
        }
        CaseRow s = smallest.orElseThrow();
        return out.explanation(below + " of " + rows.size() + " cases have fewer than " + Formats.count(minRows)
                + " rows in " + (hasTest ? "the training or test data" : "the training data") + "; the smallest, "
                + s.name() + ", has " + Formats.count(s.smallest()) + ".").build();
    }

    private static List<DatasetRole> roles(CheckContext ctx) {
        return ctx.dataset(DatasetRole.TEST).isPresent()
                ? List.of(DatasetRole.TRAINING, DatasetRole.TEST) : List.of(DatasetRole.TRAINING);
    }

    private static List<String> categoricalSensitive(CheckContext ctx) {
        Table training = ctx.require(DatasetRole.TRAINING);
        return ctx.roles().sensitive().stream()
                .filter(s -> training.column(s).type() == ColumnType.CATEGORICAL).toList();
    }

    private static List<String> numericSensitive(CheckContext ctx) {
        Table training = ctx.require(DatasetRole.TRAINING);
        return ctx.roles().sensitive().stream()
                .filter(s -> training.column(s).type() == ColumnType.NUMERIC).toList();
    }

}
