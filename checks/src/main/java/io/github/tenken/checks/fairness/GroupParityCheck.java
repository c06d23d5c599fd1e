package io.github.tenken.checks.fairness;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.Status;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.checks.model.PositiveClass;
import io.github.tenken.message.Message;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.LabelledPredictions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Group parity of a classifier's decisions on the test data for each categorical sensitive attribute: per group the
 * selection rate (share predicted {@code positiveClass}), base rate and true positive rate; over the groups with at
 * least {@code minGroupSize} rows the disparate impact ratio (lowest over highest selection rate, the four-fifths
 * rule: default criterion {@code disparate_impact_ratio >= 0.8}) and the demographic parity difference (default
 * criterion {@code demographic_parity_difference <= 0.1}), both taken as the worst over the attributes.
 *
 * <p>Each attribute also reports {@code disparate_impact_ratio.<attribute>},
 * {@code demographic_parity_difference.<attribute>} and {@code equal_opportunity_difference.<attribute>}, which
 * inform unless the user sets a criterion on them. An attribute with fewer than two large-enough groups gives no
 * verdict (WARN); a numeric attribute such as age is skipped with a sentence (bin it into groups to assess it).
 */
public final class GroupParityCheck implements Check {

    private static final String DIR = "disparate_impact_ratio";
    private static final String DPD = "demographic_parity_difference";
    private static final String EOD = "equal_opportunity_difference";

    private static final String ID = "fairness.group-parity";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Group parity of the model's decisions", InternalCharacteristic.C_1)
            .description("Selection rate, base rate and true positive rate per group of each sensitive attribute on "
                    + "the test data; disparate impact ratio (four-fifths rule) and demographic parity difference "
                    + "over the groups large enough to judge.")
            .concerns(ExternalCharacteristic.FAIRNESS)
            .items("C-1.1b")
            .needs(Input.TEST_DATA, Input.MODEL, Input.LABEL, Input.SENSITIVE_ATTRIBUTES)
            .parameters(
                    ParameterSpec.text("positiveClass", "",
                            "the favourable decision; empty: the assessment's positiveClass, else the minority class of "
                                    + "the test labels, named in the result"),
                    ParameterSpec.integer("minGroupSize", 30, 1, Integer.MAX_VALUE,
                            "groups with fewer test rows are listed but left out of the verdict"))
            .criteria(DIR + " >= 0.8", DPD + " <= 0.1")
            .build();

    /** The check with its declared defaults; parameters and criteria come from the assessment. */
    public GroupParityCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        if (ctx.model().orElseThrow().kind() == ModelKind.REGRESSION) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable"));
        }
        ctx.needsRows(DatasetRole.TEST);
        return this::run;
    }

    private Outcome run(CheckContext ctx) {
        Table test = ctx.table(DatasetRole.TEST);
        LabelledPredictions observed = ctx.labelled(DatasetRole.TEST);
        PositiveClass positiveClass = PositiveClass.resolve(ctx, observed.classes(), observed.counts());
        int positive = positiveClass.index();
        int minGroupSize = ctx.parameters().getInt("minGroupSize");

        List<AttributeParity> assessed = new ArrayList<>();
        Map<String, ColumnType> skipped = new LinkedHashMap<>();
        for (String attribute : ctx.roles().sensitive()) {
            if (test.column(attribute) instanceof CategoricalColumn column) {
                assessed.add(AttributeParity.of(column, observed, positive, minGroupSize));
            } else {
                skipped.put(attribute, test.column(attribute).type());
            }
        }
        List<AttributeParity> judged = assessed.stream().filter(AttributeParity::hasVerdict).toList();
        double worstRatio = judged.stream().mapToDouble(AttributeParity::disparateImpactRatio).min().orElse(Double.NaN);
        double worstDifference = judged.stream().mapToDouble(AttributeParity::demographicParityDifference).max()
                .orElse(Double.NaN);

        Outcome.Builder outcome = Outcome.builder();
        outcome.measure(judged(ctx, DIR, worstRatio, !judged.isEmpty()));
        outcome.measure(judged(ctx, DPD, worstDifference, !judged.isEmpty()));
        for (AttributeParity a : assessed) {
            outcome.measure(judged(ctx, DIR + "." + a.attribute(), a.disparateImpactRatio(), a.hasVerdict()));
            outcome.measure(judged(ctx, DPD + "." + a.attribute(), a.demographicParityDifference(), a.hasVerdict()));
            outcome.measure(judged(ctx, EOD + "." + a.attribute(), a.equalOpportunityDifference(), a.hasVerdict()));
        }
        boolean someUnjudged = judged.size() < assessed.size() || judged.isEmpty();
        if (outcome.currentStatus() != Status.FAIL && someUnjudged) {
            outcome.status(Status.WARN);
        }
        outcome.table(ParityTables.attributes(assessed, skipped)).table(ParityTables.groups(assessed));
        assessed.forEach(a -> outcome.chart(ParityTables.selectionRates(a)));
        Message explanation = sentence(assessed, skipped, observed.classes().get(positive), observed, minGroupSize);
        if (!positiveClass.declared()) {
            explanation = Message.of("sentences", explanation, positiveClass.note());
        }
        return outcome.explanation(explanation).build();
    }

    private static Measure judged(CheckContext ctx, String name, double value, boolean hasVerdict) {
        Measure m = Measure.of(name, value, "ratio");
        return hasVerdict ? ctx.judge(m) : m;
    }

    private static Message sentence(List<AttributeParity> assessed, Map<String, ColumnType> skipped, String positive,
                                    LabelledPredictions observed, int minGroupSize) {
        List<Message> parts = new ArrayList<>();
        for (AttributeParity a : assessed) {
            if (a.hasVerdict()) {
                GroupRates low = a.leastSelected();
                GroupRates high = a.mostSelected();
                parts.add(Message.of(ID + ".attribute", a.attribute(), low.label(), Arg.share(low.selectionRate()),
                        high.label(), Arg.share(high.selectionRate()), positive, Arg.num(a.disparateImpactRatio()),
                        Arg.num(a.demographicParityDifference())));
            } else {
                parts.add(Message.of(ID + ".attributeNoVerdict", a.attribute(), Arg.count(minGroupSize)));
            }
        }
        for (Map.Entry<String, ColumnType> s : skipped.entrySet()) {
            parts.add(Message.of(ID + ".attributeSkipped." + s.getValue().key(), s.getKey()));
        }
        Message missing = observed.missing() == 0 ? Message.literal("")
                : Message.of("performance.missingLabels", Arg.count(observed.missing()));
        // one clause per attribute, separated by "; " (the clauses hold commas themselves, so a list would blur them)
        Message clauses = parts.isEmpty() ? Message.literal("") : parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            clauses = Message.of(ID + ".nextPart", clauses, parts.get(i));
        }
        return Message.of(ID + ".summary", Arg.count(observed.size()), Message.of(ID + ".parts", clauses), missing);
    }
}
