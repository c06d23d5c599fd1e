package io.github.tenken.checks.coverage;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Stat;
import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Risk;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.stats.CaseCount;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code a2.risk-traceability}: traces every risk recorded under A-1 to the declared cases that cover it (a case
 * names the risk, or one of its conditions reads one of the risk's attributes) and to their rows in the training and
 * test data. A risk no case covers, or whose cases have no row in the training data or (when given) the test data,
 * is untraced and fails the check, so A-2.1a ("one case per major risk ..., each with data") stays unmet.
 */
public final class RiskTraceabilityCheck implements Check {

    private static final String ID = "a2.risk-traceability";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Risks traced to cases", InternalCharacteristic.A_2)
            .description("Traces every recorded risk to the declared cases covering it (by name or by one of its "
                    + "attributes) and to their training and test rows; a risk with no case, or whose cases have no "
                    + "rows, is untraced.")
            .concerns(ExternalCharacteristic.RISK_AVOIDANCE)
            .items("A-2.1a")
            .needs(Input.TRAINING_DATA)
            .measures("untraced_risks", "risks_without_case", "risks_recorded")
            .criteria("untraced_risks == 0")
            .build();

    /** The check with its default criterion {@code untraced_risks == 0}. */
    public RiskTraceabilityCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        List<Risk> risks = ctx.risks();
        if (risks.isEmpty()) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable"));
        }
        boolean hasTest = ctx.has(DatasetRole.TEST);
        Map<CaseDefinition, Stat<Long>> training = new LinkedHashMap<>();
        Map<CaseDefinition, Stat<Long>> test = new LinkedHashMap<>();
        for (CaseDefinition c : ctx.cases()) {
            if (risks.stream().noneMatch(r -> r.coveredBy(c))) {
                continue;
            }
            CaseConditions.requireApplicable(c, ctx.requireSchema(DatasetRole.TRAINING),
                    ctx.datasetName(DatasetRole.TRAINING));
            training.put(c, ctx.stat(DatasetRole.TRAINING, new CaseCount(c)));
            if (hasTest) {
                CaseConditions.requireApplicable(c, ctx.requireSchema(DatasetRole.TEST), ctx.datasetName(DatasetRole.TEST));
                test.put(c, ctx.stat(DatasetRole.TEST, new CaseCount(c)));
            }
        }
        return run -> {
            ResultTable.Builder table = ResultTable.builder("risks", Message.of(ID + ".table"), "risk", "cause",
                    "attributes", "case", "link", "training_rows", "test_rows", "status");
            List<String> noCase = new ArrayList<>();
            List<String> untraced = new ArrayList<>();
            for (Risk r : risks) {
                List<CaseDefinition> covering = training.keySet().stream().filter(r::coveredBy).toList();
                String attributes = String.join(", ", r.attributes());
                if (covering.isEmpty()) {
                    noCase.add(r.id());
                    untraced.add(r.id());
                    table.row(r.id(), r.cause(), attributes, null, null, null, null,
                            Message.of(ID + ".status.noCase"));
                    continue;
                }
                boolean traced = false;
                for (CaseDefinition c : covering) {
                    long trainRows = run.get(training.get(c));
                    Long testRows = hasTest ? run.get(test.get(c)) : null;
                    boolean hasRows = trainRows > 0 && (testRows == null || testRows > 0);
                    traced |= hasRows;
                    table.row(r.id(), r.cause(), attributes, c.name(), link(r, c), trainRows, testRows,
                            Message.of(ID + (hasRows ? ".status.covered" : ".status.noRows")));
                }
                if (!traced) {
                    untraced.add(r.id());
                }
            }
            Outcome.Builder out = Outcome.builder()
                    .measure(run.judged("untraced_risks", untraced.size(), "risks"))
                    .measure(run.judged("risks_without_case", noCase.size(), "risks"))
                    .measure(run.judged("risks_recorded", risks.size(), "risks"))
                    .table(table.build());
            return out.explanation(untraced.isEmpty()
                    ? Message.of(ID + ".summary", Arg.count(risks.size()))
                    : Message.of(ID + ".summaryUntraced", Arg.count(untraced.size()), Arg.count(risks.size()),
                    untraced)).build();
        };
    }

    /** How the case covers the risk: by naming it, or by the attributes its conditions read. */
    private static Message link(Risk r, CaseDefinition c) {
        if (c.risks().contains(r.id())) {
            return Message.of(ID + ".link.named");
        }
        List<String> read = c.conditions().stream().map(k -> k.column()).filter(r.attributes()::contains)
                .distinct().toList();
        return Message.of(ID + ".link.attribute", read);
    }
}
