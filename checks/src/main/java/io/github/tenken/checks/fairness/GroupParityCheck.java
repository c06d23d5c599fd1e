package io.github.tenken.checks.fairness;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.Status;
import io.github.tenken.checks.correctness.PoissonBootstrap;
import io.github.tenken.checks.model.PositiveClass;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.model.LabelledPredictions;
import io.github.tenken.model.ModelKind;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Group parity of a classifier's decisions on the test data for each sensitive attribute: per group the selection
 * rate (share predicted the favourable class), base rate, true and false positive rates and precision; over the
 * groups with at least {@code minGroupSize} rows the disparate impact ratio (lowest over highest selection rate, the
 * four-fifths rule: default criterion {@code disparate_impact_ratio >= 0.8}), the demographic parity difference
 * (default criterion {@code demographic_parity_difference <= 0.1}) and the equal opportunity, equalized odds,
 * predictive parity and false positive rate differences, each the worst over the attributes, with Poisson-bootstrap
 * 95% intervals seeded by the assessment.
 *
 * <p>Each attribute also reports {@code <measure>.<attribute>}, which informs unless the user sets a criterion on it,
 * and {@code intersectional_disparate_impact_ratio} is the worst ratio over the groups of every pair of attributes
 * (e.g. {@code Female & Black}). A numeric attribute is cut at its declared edges (parameter {@code edges}, else its
 * risk attribute), else at its quartiles, which the result says. With more than two classes and no declared
 * favourable class, every class is judged against the rest and each figure is the worst over the classes. An
 * attribute with fewer than two large-enough groups gives no verdict (WARN).
 *
 * <pre>{@code
 * Assessment.builder().check(new GroupParityCheck()).positiveClass(">50K")
 *     .parameter("fairness.group-parity", "edges", "age:25,45,65") ...
 * }</pre>
 */
public final class GroupParityCheck implements Check {

    static final String ID = "fairness.group-parity";
    static final String INTERSECTIONAL = "intersectional_disparate_impact_ratio";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Group parity of the model's decisions", InternalCharacteristic.C_1)
            .description("Selection rate, base rate, true and false positive rates and precision per group of each "
                    + "sensitive attribute (and each pair of them) on the test data; disparate impact ratio "
                    + "(four-fifths rule), demographic parity, equal opportunity, equalized odds, predictive parity "
                    + "and false positive rate differences over the groups large enough to judge, with bootstrap "
                    + "intervals.")
            .concerns(ExternalCharacteristic.FAIRNESS)
            .items("C-1.1b")
            .needs(Input.TEST_DATA, Input.MODEL, Input.LABEL, Input.SENSITIVE_ATTRIBUTES)
            .parameters(
                    ParameterSpec.text("positiveClass", "",
                            "the favourable decision; empty: the assessment's positiveClass, else every class against "
                                    + "the rest when there are more than two, else the minority class of the test "
                                    + "labels, named in the result"),
                    ParameterSpec.integer("minGroupSize", 30, 1, Integer.MAX_VALUE,
                            "groups with fewer test rows are listed but left out of the verdict"),
                    ParameterSpec.integer("bootstrap", 500, 0, 100_000,
                            "Poisson-bootstrap replicates for the 95% intervals; 0: no intervals"),
                    ParameterSpec.text("edges", "",
                            "cut points of numeric sensitive attributes, e.g. \"age:25,45,65; hours-per-week:40\"; "
                                    + "else a risk attribute's edges, else the quartiles"))
            .criteria(ParityMeasure.DISPARATE_IMPACT.key() + " >= 0.8",
                    ParityMeasure.DEMOGRAPHIC_PARITY.key() + " <= 0.1")
            .measures("disparate_impact_ratio", "demographic_parity_difference", "equal_opportunity_difference",
                    "equalized_odds_difference", "predictive_parity_difference", "false_positive_rate_difference",
                    "disparate_impact_ratio.*", "demographic_parity_difference.*", "equal_opportunity_difference.*",
                    "equalized_odds_difference.*", "predictive_parity_difference.*",
                    "false_positive_rate_difference.*", "intersectional_disparate_impact_ratio")
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
        Groupings.edges(ctx, ctx.requireSchema(DatasetRole.TEST), ctx.parameters().getString("edges"));
        ctx.needsRows(DatasetRole.TEST);
        return this::run;
    }

    private Outcome run(CheckContext ctx) {
        Table test = ctx.table(DatasetRole.TEST);
        LabelledPredictions observed = ctx.labelled(DatasetRole.TEST);
        PositiveClass positiveClass = PositiveClass.resolve(ctx, observed.classes(), observed.counts());
        boolean oneVsRest = !positiveClass.declared() && observed.classes().size() > 2;
        int[] classes = oneVsRest ? IntStream.range(0, observed.classes().size()).toArray()
                : new int[]{positiveClass.index()};
        int minGroupSize = ctx.parameters().getInt("minGroupSize");
        int replicates = ctx.parameters().getInt("bootstrap");

        Groupings groupings = Groupings.of(ctx, test, observed.rows(), ctx.parameters().getString("edges"));
        List<Grouping> all = new ArrayList<>(groupings.groupings());
        int singles = all.size();
        for (int a = 0; a < singles; a++) {
            for (int b = a + 1; b < singles; b++) {
                all.add(Grouping.cross(all.get(a), all.get(b)));
            }
        }
        PoissonBootstrap bootstrap = replicates == 0 ? null : new PoissonBootstrap(replicates, ctx.seed());
        ParityEvaluation eval = ParityEvaluation.of(all, observed, classes, minGroupSize, bootstrap);
        List<ParityEvaluation.View> views = eval.views();

        List<Integer> judged = IntStream.range(0, singles).filter(v -> views.get(v).hasVerdict()).boxed().toList();
        List<Integer> judgedPairs = IntStream.range(singles, views.size()).filter(v -> views.get(v).hasVerdict())
                .boxed().toList();
        Outcome.Builder outcome = Outcome.builder();
        for (ParityMeasure m : ParityMeasure.values()) {
            outcome.measure(measure(ctx, m.key(), worst(views, judged, m), "ratio", eval.worstInterval(judged, m),
                    !judged.isEmpty()));
        }
        outcome.measure(measure(ctx, INTERSECTIONAL, worst(views, judgedPairs, ParityMeasure.DISPARATE_IMPACT),
                "ratio", eval.worstInterval(judgedPairs, ParityMeasure.DISPARATE_IMPACT), !judgedPairs.isEmpty()));
        for (int v = 0; v < singles; v++) {
            ParityEvaluation.View view = views.get(v);
            for (ParityMeasure m : ParityMeasure.values()) {
                outcome.measure(measure(ctx, m.key() + "." + view.grouping().attribute(), view.value(m), "ratio",
                        eval.interval(v, m), view.hasVerdict()));
            }
        }
        boolean someUnjudged = judged.size() < singles || judged.isEmpty();
        if (outcome.currentStatus() != Status.FAIL && someUnjudged) {
            outcome.status(Status.WARN);
        }
        outcome.table(ParityTables.attributes(views, singles, groupings.skipped()))
                .table(ParityTables.groups(eval, 0, singles, "groups"));
        if (views.size() > singles) {
            outcome.table(ParityTables.groups(eval, singles, views.size(), "intersections"));
        }
        views.subList(0, singles).forEach(view -> outcome.chart(
                ParityTables.selectionRates(view.worstClass(ParityMeasure.DISPARATE_IMPACT))));

        Message explanation = sentence(views.subList(0, singles), groupings, observed);
        if (classes.length == 1 && !positiveClass.declared()) {
            explanation = Message.of("sentences", explanation, positiveClass.note());
        }
        for (Grouping g : groupings.groupings()) {
            if (g.note() != null) {
                explanation = Message.of("sentences", explanation, g.note());
            }
        }
        return outcome.explanation(explanation).build();
    }

    private static double worst(List<ParityEvaluation.View> views, List<Integer> over, ParityMeasure m) {
        double worst = Double.NaN;
        for (int v : over) {
            worst = m.worse(worst, views.get(v).value(m));
        }
        return worst;
    }

    /** A measure with its interval, judged by the criterion in force only when there is a verdict to judge. */
    static Measure measure(CheckContext ctx, String name, double value, String unit, ConfidenceInterval interval,
                           boolean hasVerdict) {
        Measure m = Measure.of(name, value, unit);
        if (interval != null && !Double.isNaN(value)) {
            m = m.withInterval(interval);
        }
        return hasVerdict ? ctx.judge(m) : m;
    }

    private static Message sentence(List<ParityEvaluation.View> views, Groupings groupings,
                                    LabelledPredictions observed) {
        List<Message> parts = new ArrayList<>();
        for (ParityEvaluation.View view : views) {
            AttributeParity a = view.worstClass(ParityMeasure.DISPARATE_IMPACT);
            if (a.hasVerdict()) {
                GroupRates low = a.leastSelected();
                GroupRates high = a.mostSelected();
                parts.add(Message.of(ID + ".attribute", a.attribute(), low.label(), Arg.share(low.selectionRate()),
                        high.label(), Arg.share(high.selectionRate()), a.positiveClass(),
                        Arg.num(a.disparateImpactRatio()), Arg.num(a.demographicParityDifference())));
            } else {
                parts.add(Message.of(ID + ".attributeNoVerdict", a.attribute(), Arg.count(a.minGroupSize())));
            }
        }
        groupings.skipped().forEach((attribute, type) ->
                parts.add(Message.of(ID + ".attributeSkipped." + type.key(), attribute)));
        Message missing = observed.missing() == 0 ? Message.literal("")
                : Message.of("performance.missingLabels", Arg.count(observed.missing()));
        return Message.of(ID + ".summary", Arg.count(observed.size()), Message.of(ID + ".parts", clauses(parts)),
                missing);
    }

    /** One clause per attribute, separated by "; " (the clauses hold commas themselves, so a list would blur them). */
    static Message clauses(List<Message> parts) {
        Message clauses = parts.isEmpty() ? Message.literal("") : parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            clauses = Message.of(ID + ".nextPart", clauses, parts.get(i));
        }
        return clauses;
    }
}
