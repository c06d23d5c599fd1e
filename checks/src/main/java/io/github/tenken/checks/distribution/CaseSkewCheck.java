package io.github.tenken.checks.distribution;

import io.github.tenken.check.Approximation;
import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Stat;
import io.github.tenken.check.Status;
import io.github.tenken.checks.stats.BenjaminiHochberg;
import io.github.tenken.checks.stats.ChiSquareHomogeneity;
import io.github.tenken.checks.stats.KolmogorovSmirnov;
import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Condition;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Schema;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.data.RiskAttribute;
import io.github.tenken.stats.CaseSplitCounts;
import io.github.tenken.stats.Combinations;
import io.github.tenken.stats.CaseSplitQuantiles;
import io.github.tenken.stats.QuantileSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code b1.skew}: within each declared case, whether the attributes the case does not constrain keep the
 * distribution they have outside it (guideline B-1.2b: attributes outside the cases show no skew). The attributes
 * are the declared risk attributes when the assessment declares any (the ones the risk analysis says matter; a
 * feature that follows from the case, such as marital status for age, is expected to differ), else every feature. If every
 * "woman over 60" in the training data is also married, a model learns marriage as part of the case. Per case and
 * attribute: a chi-square test of homogeneity (categorical, effect Cramér's V) or a Kolmogorov-Smirnov test (numeric,
 * effect D) of the rows inside the case against the rows outside it, Benjamini-Hochberg across all of them; a pair is
 * skewed when its adjusted p is below {@code alpha} and its effect at least {@code minEffect}, because with many rows
 * a tiny difference is significant. It also lists the association (Cramér's V) of every pair of attributes and of
 * each attribute with a categorical label, and names the pairs from {@code maxAssociation} on as spurious-correlation
 * candidates for a person to judge (guideline B-1.3a: an analysis of expected against actual distributions); they are
 * reported, not judged, unless the plan adds a criterion on {@code strong_associations}.
 */
public final class CaseSkewCheck implements Check {

    private static final String ID = "b1.skew";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Skew of other attributes within cases", InternalCharacteristic.B_1)
            .description("For each declared case, compares every attribute the case does not constrain inside the "
                    + "case with the rest of the training data (chi-square and Cramér's V for categorical "
                    + "attributes, Kolmogorov-Smirnov D for numeric ones, Benjamini-Hochberg across all pairs); "
                    + "a pair is skewed when significant after adjustment and at least minEffect in size.")
            .concerns(ExternalCharacteristic.PERFORMANCE, ExternalCharacteristic.FAIRNESS,
                    ExternalCharacteristic.RISK_AVOIDANCE)
            .items("B-1.2b", "B-1.3a")
            .needs(Input.TRAINING_DATA)
            .parameters(
                    ParameterSpec.real("alpha", 0.05, 1e-6, 0.5,
                            "false discovery rate of the Benjamini-Hochberg adjustment"),
                    ParameterSpec.real("minEffect", 0.2, 0, 1,
                            "smallest Cramér's V or Kolmogorov-Smirnov D that counts as skew"),
                    ParameterSpec.integer("minRows", 30, 2, 1_000_000_000,
                            "fewest rows inside a case (and outside it) for its attributes to be tested"),
                    ParameterSpec.real("maxAssociation", 0.5, 0, 1,
                            "Cramér's V from which a pair of attributes (or an attribute and the label) is listed "
                                    + "as a spurious-correlation candidate"))
            .criteria("skewed_pairs == 0")
            .measures("pairs_tested", "skewed_pairs", "strong_associations", "max_effect")
            .build();

    /** The check with its defaults: alpha 0.05, minEffect 0.2, minRows 30, criterion {@code skewed_pairs == 0}. */
    public CaseSkewCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** One case and one attribute: the statistic of its distribution inside against outside the case. */
    private record Pair(CaseDefinition definition, String attribute, Stat<CaseSplitCounts.Split> counts,
                        Stat<CaseSplitQuantiles.Split> quantiles) {
    }

    /**
     * The joint counts of every pair of the attributes the associations are read from, the label among them when it
     * is categorical: the declared risk attributes, else the categorical features; {@code null} with fewer than two.
     */
    private static Stat<Combinations.Counts> associations(PlanContext ctx, Schema schema) {
        List<RiskAttribute> attributes = new ArrayList<>(ctx.riskAttributes().isEmpty()
                ? ctx.roles().features(schema).stream().filter(c -> schema.type(c) == ColumnType.CATEGORICAL)
                .map(RiskAttribute::categorical).toList()
                : ctx.riskAttributes());
        ctx.roles().labelColumn().filter(l -> schema.type(l) == ColumnType.CATEGORICAL)
                .ifPresent(l -> attributes.add(RiskAttribute.categorical(l)));
        return attributes.size() < 2 ? null : ctx.stat(DatasetRole.TRAINING, new Combinations(attributes, 2));
    }

    /** The test of one pair: statistic, p-value, effect, rows on each side, and the sketch behind D if any. */
    private record PairTest(double statistic, double pValue, double effect, long inside, long outside,
                            double error, String method) {
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        if (ctx.cases().isEmpty()) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable"));
        }
        Schema schema = ctx.requireSchema(DatasetRole.TRAINING);
        // the declared risk attributes when there are any (the attributes the risk analysis says matter), else every
        // feature but identifiers
        List<String> attributes = ctx.riskAttributes().isEmpty()
                ? ctx.roles().features(schema).stream().filter(c -> schema.type(c) != ColumnType.IDENTIFIER).toList()
                : ctx.riskAttributes().stream().map(io.github.tenken.data.RiskAttribute::column).toList();
        List<Pair> pairs = new ArrayList<>();
        for (CaseDefinition c : ctx.cases()) {
            Set<String> constrained = c.conditions().stream().map(Condition::column).collect(Collectors.toSet());
            for (String a : attributes) {
                if (constrained.contains(a)) {
                    continue;
                }
                boolean numeric = schema.type(a) == ColumnType.NUMERIC;
                pairs.add(new Pair(c, a,
                        numeric ? null : ctx.stat(DatasetRole.TRAINING, new CaseSplitCounts(c, a)),
                        numeric ? ctx.stat(DatasetRole.TRAINING, CaseSplitQuantiles.of(c, a)) : null));
            }
        }
        Stat<Combinations.Counts> associations = associations(ctx, schema);
        return run -> {
            double alpha = run.parameters().getDouble("alpha");
            double minEffect = run.parameters().getDouble("minEffect");
            long minRows = run.parameters().getInt("minRows");
            List<Pair> tested = new ArrayList<>();
            List<PairTest> results = new ArrayList<>();
            List<Pair> tooSmall = new ArrayList<>();
            for (Pair p : pairs) {
                PairTest r = p.counts() != null ? chiSquare(run.get(p.counts()), minRows)
                        : ks(run.get(p.quantiles()), minRows);
                if (r == null) {
                    tooSmall.add(p);
                } else {
                    tested.add(p);
                    results.add(r);
                }
            }
            double[] adjusted = BenjaminiHochberg.adjust(results.stream().mapToDouble(PairTest::pValue).toArray());
            ResultTable.Builder table = ResultTable.builder("pairs", Message.of(ID + ".table", Arg.num(alpha),
                    Arg.num(minEffect)), "case", "attribute", "test", "rows_inside", "rows_outside", "statistic",
                    "effect", "p_value", "adjusted_p", "skewed");
            int skewed = 0;
            int worst = -1;
            for (int i = 0; i < tested.size(); i++) {
                Pair p = tested.get(i);
                PairTest r = results.get(i);
                boolean isSkewed = adjusted[i] < alpha && r.effect() >= minEffect;
                skewed += isSkewed ? 1 : 0;
                if (worst < 0 || r.effect() > results.get(worst).effect()) {
                    worst = i;
                }
                table.row(p.definition().name(), p.attribute(),
                        Message.of(ID + (p.counts() != null ? ".test.chiSquare" : ".test.ks")), r.inside(),
                        r.outside(), r.statistic(), r.effect(), r.pValue(), adjusted[i],
                        Message.of(isSkewed ? "yes" : "no"));
            }
            for (Pair p : tooSmall) {
                table.row(p.definition().name(), p.attribute(), Message.of(ID + ".test.tooFew", Arg.count(minRows)),
                        null, null, null, null, null, null, null);
            }
            Measure maxEffect = run.judged("max_effect", worst < 0 ? Double.NaN : results.get(worst).effect(),
                    "effect");
            if (worst >= 0 && results.get(worst).error() > 0) {
                maxEffect = maxEffect.approximatedBy(new Approximation(results.get(worst).method(),
                        results.get(worst).error()));
            }
            Outcome.Builder out = Outcome.builder()
                    .measure(run.judged("skewed_pairs", skewed, "pairs"))
                    .measure(run.judged("pairs_tested", tested.size(), "pairs"))
                    .measure(maxEffect)
                    .table(table.build());
            if (associations != null) {
                double limit = run.parameters().getDouble("maxAssociation");
                ResultTable.Builder assoc = ResultTable.builder("associations", Message.of(ID + ".table.associations",
                        Arg.num(limit)), "attribute", "other", "rows", "cramers_v", "candidate");
                int strong = 0;
                for (Associations.Pair p : Associations.of(run.get(associations))) {
                    boolean candidate = p.cramersV() >= limit;
                    strong += candidate ? 1 : 0;
                    assoc.row(p.first(), p.second(), p.rows(), Double.isNaN(p.cramersV()) ? null : p.cramersV(),
                            Message.of(candidate ? "yes" : "no"));
                }
                out.measure(run.judged("strong_associations", strong, "pairs")).table(assoc.build());
            }
            if (tested.isEmpty()) {
                return out.status(Status.WARN).explanation(Message.of(ID + ".nothingTested", Arg.count(minRows)))
                        .build();
            }
            Pair w = tested.get(worst);
            return out.explanation(Message.of(ID + ".summary", Arg.count(skewed), Arg.count(tested.size()),
                    w.attribute(), w.definition().name(), Arg.num(results.get(worst).effect()))).build();
        };
    }

    private static PairTest chiSquare(CaseSplitCounts.Split split, long minRows) {
        long inside = split.inside().present();
        long outside = split.outside().present();
        if (inside < minRows || outside < minRows) {
            return null;
        }
        ChiSquareHomogeneity.Result r = ChiSquareHomogeneity.test(split.outside().counts(), split.inside().counts());
        return new PairTest(r.statistic(), r.pValue(), r.cramersV(), inside, outside, 0, "exact");
    }

    private static PairTest ks(CaseSplitQuantiles.Split split, long minRows) {
        QuantileSummary inside = split.inside();
        QuantileSummary outside = split.outside();
        if (inside.count() < minRows || outside.count() < minRows) {
            return null;
        }
        KolmogorovSmirnov.Result r = KolmogorovSmirnov.test(outside, inside);
        return new PairTest(r.statistic(), r.pValue(), r.statistic(), inside.count(), outside.count(), r.error(),
                inside.isExact() ? outside.method() : inside.method());
    }
}
