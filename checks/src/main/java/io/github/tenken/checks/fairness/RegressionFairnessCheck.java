package io.github.tenken.checks.fairness;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Status;
import io.github.tenken.checks.correctness.PoissonBootstrap;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.model.LabelledPredictions;
import io.github.tenken.model.ModelKind;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static io.github.tenken.checks.fairness.ParityTables.cell;
import static io.github.tenken.checks.fairness.ParityTables.lower;
import static io.github.tenken.checks.fairness.ParityTables.upper;

/**
 * {@code fairness.regression}: whether a regression model serves the groups of each sensitive attribute alike, on
 * the test data. Per group: rows, mean prediction, mean label, MAE and RMSE with Poisson-bootstrap 95% intervals;
 * over the groups with at least {@code minGroupSize} rows, the worst over the attributes of the mean-prediction
 * ratio (lowest over highest) and gap, the MAE ratio (highest over lowest; default criterion
 * {@code mae_ratio <= 1.25}) and gap, and the RMSE ratio and gap; each attribute also reports
 * {@code <measure>.<attribute>}. Numeric attributes are grouped as in {@link GroupParityCheck}. A classifier is
 * judged by {@code fairness.group-parity} instead.
 */
public final class RegressionFairnessCheck implements Check {

    static final String ID = "fairness.regression";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Group parity of a regression model's errors", InternalCharacteristic.C_1)
            .description("Mean prediction, mean label, MAE and RMSE per group of each sensitive attribute on the test "
                    + "data, with bootstrap intervals; the ratios and gaps between the groups large enough to judge.")
            .concerns(ExternalCharacteristic.FAIRNESS)
            .items("C-1.1b")
            .needs(Input.TEST_DATA, Input.MODEL, Input.LABEL, Input.SENSITIVE_ATTRIBUTES)
            .parameters(
                    ParameterSpec.integer("minGroupSize", 30, 1, Integer.MAX_VALUE,
                            "groups with fewer test rows are listed but left out of the verdict"),
                    ParameterSpec.integer("bootstrap", 500, 0, 100_000,
                            "Poisson-bootstrap replicates for the 95% intervals; 0: no intervals"),
                    ParameterSpec.text("edges", "",
                            "cut points of numeric sensitive attributes, e.g. \"age:25,45,65\"; else a risk "
                                    + "attribute's edges, else the quartiles"))
            .criteria(ErrorMeasure.MAE_RATIO.key() + " <= 1.25")
            .measures("mean_prediction_ratio", "mean_prediction_gap", "mae_ratio", "mae_gap", "rmse_ratio",
                    "rmse_gap", "mean_prediction_ratio.*", "mean_prediction_gap.*", "mae_ratio.*", "mae_gap.*",
                    "rmse_ratio.*", "rmse_gap.*")
            .build();

    /** The check with its declared defaults; parameters and criteria come from the assessment. */
    public RegressionFairnessCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        if (ctx.model().orElseThrow().kind() != ModelKind.REGRESSION) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable"));
        }
        Groupings.edges(ctx, ctx.requireSchema(DatasetRole.TEST), ctx.parameters().getString("edges"));
        ctx.needsRows(DatasetRole.TEST);
        return this::run;
    }

    private Outcome run(CheckContext ctx) {
        LabelledPredictions observed = ctx.labelled(DatasetRole.TEST);
        int minGroupSize = ctx.parameters().getInt("minGroupSize");
        int replicates = ctx.parameters().getInt("bootstrap");
        Groupings groupings = Groupings.of(ctx, ctx.table(DatasetRole.TEST), observed.rows(),
                ctx.parameters().getString("edges"));
        PoissonBootstrap bootstrap = replicates == 0 ? null : new PoissonBootstrap(replicates, ctx.seed());
        ErrorEvaluation eval = ErrorEvaluation.of(groupings.groupings(), observed, minGroupSize, bootstrap);
        List<AttributeErrors> attributes = eval.attributes();
        List<Integer> judged = IntStream.range(0, attributes.size()).filter(a -> attributes.get(a).hasVerdict())
                .boxed().toList();

        Outcome.Builder outcome = Outcome.builder();
        for (ErrorMeasure m : ErrorMeasure.values()) {
            double worst = Double.NaN;
            for (int a : judged) {
                worst = m.worse(worst, attributes.get(a).value(m));
            }
            outcome.measure(GroupParityCheck.measure(ctx, m.key(), worst, m.unit(), eval.worstInterval(judged, m),
                    !judged.isEmpty()));
        }
        for (int a = 0; a < attributes.size(); a++) {
            AttributeErrors attribute = attributes.get(a);
            for (ErrorMeasure m : ErrorMeasure.values()) {
                outcome.measure(GroupParityCheck.measure(ctx, m.key() + "." + attribute.attribute(),
                        attribute.value(m), m.unit(), eval.interval(a, m), attribute.hasVerdict()));
            }
        }
        if (outcome.currentStatus() != Status.FAIL && (judged.size() < attributes.size() || judged.isEmpty())) {
            outcome.status(Status.WARN);
        }
        outcome.table(attributesTable(attributes)).table(groupsTable(eval));
        attributes.forEach(a -> outcome.chart(chart(a)));
        Message explanation = sentence(attributes, groupings, observed);
        for (Grouping g : groupings.groupings()) {
            if (g.note() != null) {
                explanation = Message.of("sentences", explanation, g.note());
            }
        }
        return outcome.explanation(explanation).build();
    }

    private static Message sentence(List<AttributeErrors> attributes, Groupings groupings,
                                    LabelledPredictions observed) {
        List<Message> parts = new ArrayList<>();
        for (AttributeErrors a : attributes) {
            if (a.hasVerdict()) {
                GroupErrors low = a.lowest(ErrorMeasure.MAE_RATIO);
                GroupErrors high = a.highest(ErrorMeasure.MAE_RATIO);
                parts.add(Message.of(ID + ".attribute", a.attribute(), low.label(), Arg.num(low.mae()), high.label(),
                        Arg.num(high.mae()), Arg.num(a.value(ErrorMeasure.MAE_RATIO)),
                        Arg.num(a.value(ErrorMeasure.MEAN_PREDICTION_GAP))));
            } else {
                parts.add(Message.of(GroupParityCheck.ID + ".attributeNoVerdict", a.attribute(),
                        Arg.count(a.minGroupSize())));
            }
        }
        groupings.skipped().forEach((attribute, type) ->
                parts.add(Message.of(GroupParityCheck.ID + ".attributeSkipped." + type.key(), attribute)));
        Message missing = observed.missing() == 0 ? Message.literal("")
                : Message.of("performance.missingLabels", Arg.count(observed.missing()));
        return Message.of(ID + ".summary", Arg.count(observed.size()),
                Message.of(GroupParityCheck.ID + ".parts", GroupParityCheck.clauses(parts)), missing);
    }

    private static ResultTable attributesTable(List<AttributeErrors> attributes) {
        ResultTable.Builder t = ResultTable.builder("attributes", Message.of(ID + ".table.attributes"),
                "attribute", "groups", "groups_in_verdict", "mean_prediction_ratio", "mean_prediction_gap",
                "mae_ratio", "mae_gap", "rmse_ratio", "rmse_gap", "note");
        for (AttributeErrors a : attributes) {
            t.row(a.attribute(), (long) a.groups().size(), (long) a.qualifying().size(),
                    cell(a.value(ErrorMeasure.MEAN_PREDICTION_RATIO)), cell(a.value(ErrorMeasure.MEAN_PREDICTION_GAP)),
                    cell(a.value(ErrorMeasure.MAE_RATIO)), cell(a.value(ErrorMeasure.MAE_GAP)),
                    cell(a.value(ErrorMeasure.RMSE_RATIO)), cell(a.value(ErrorMeasure.RMSE_GAP)),
                    a.hasVerdict() ? null : Message.of(GroupParityCheck.ID + ".noVerdict",
                            Arg.count(a.minGroupSize())));
        }
        return t.build();
    }

    private static ResultTable groupsTable(ErrorEvaluation eval) {
        ResultTable.Builder t = ResultTable.builder("groups", Message.of(ID + ".table.groups"),
                "attribute", "group", "rows", "mean_prediction", "mean_prediction_lower", "mean_prediction_upper",
                "mean_label", "mae", "mae_lower", "mae_upper", "rmse", "rmse_lower", "rmse_upper", "in_verdict");
        List<AttributeErrors> attributes = eval.attributes();
        for (int a = 0; a < attributes.size(); a++) {
            AttributeErrors attribute = attributes.get(a);
            List<GroupErrors> groups = attribute.groups();
            for (int j = 0; j < Math.min(groups.size(), ParityTables.MAX_GROUPS); j++) {
                GroupErrors g = groups.get(j);
                Message in = g.qualifies() ? Message.of("yes") : g.group() == null
                        ? Message.of(GroupParityCheck.ID + ".out.missing")
                        : Message.of(GroupParityCheck.ID + ".out.small", Arg.count(attribute.minGroupSize()));
                ConfidenceInterval mean = eval.interval(a, j, ErrorEvaluation.Figure.MEAN_PREDICTION);
                ConfidenceInterval mae = eval.interval(a, j, ErrorEvaluation.Figure.MAE);
                ConfidenceInterval rmse = eval.interval(a, j, ErrorEvaluation.Figure.RMSE);
                t.row(attribute.attribute(), g.cell(), g.rows(), cell(g.meanPrediction()), lower(mean), upper(mean),
                        cell(g.meanLabel()), cell(g.mae()), lower(mae), upper(mae), cell(g.rmse()), lower(rmse),
                        upper(rmse), in);
            }
            if (groups.size() > ParityTables.MAX_GROUPS) {
                t.row(attribute.attribute(), Message.of("b2.representation.otherGroups",
                        Arg.count(groups.size() - ParityTables.MAX_GROUPS)), null, null, null, null, null, null,
                        null, null, null, null, null, null);
            }
        }
        return t.build();
    }

    /** MAE and RMSE of the (at most 50 largest) groups of one attribute. */
    private static Chart chart(AttributeErrors a) {
        List<GroupErrors> shown = a.groups().subList(0, Math.min(a.groups().size(), ParityTables.MAX_GROUPS));
        return new Chart("errors-" + a.attribute(), Message.of(ID + ".chart", a.attribute()), ChartKind.BARS,
                shown.stream().map(GroupErrors::label).toList(),
                List.of(ChartSeries.of("mae", Message.of("column.mae"),
                                shown.stream().mapToDouble(GroupErrors::mae).toArray()),
                        ChartSeries.of("rmse", Message.of("column.rmse"),
                                shown.stream().mapToDouble(GroupErrors::rmse).toArray())),
                Message.literal(a.attribute()), Message.of(ID + ".axis"));
    }
}
