package io.github.tenken.checks.balance;

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
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.ExpectedShares;
import io.github.tenken.data.RiskAttribute;
import io.github.tenken.data.Schema;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.stats.Combinations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code b2.representation}: how each sensitive group is represented in the training data (guideline B-2, for
 * fairness AIFL): its rows and share, against the declared expected share when the plan gives one, and the label's
 * base rate of the positive class per group, the data's own parity gap (a model trained on data where one group is
 * labelled positive a third as often learns that gap). A numeric sensitive attribute is grouped by the edges
 * declared for it as a risk attribute. Only rows with both a group and a label count.
 */
public final class RepresentationCheck implements Check {

    private static final String ID = "b2.representation";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Representation of sensitive groups", InternalCharacteristic.B_2)
            .description("Counts the training rows of every group of each sensitive attribute, sets each group's "
                    + "share against its declared expected share, and gives the label's positive-class base rate "
                    + "per group: the smallest over the largest base rate is the data's own parity ratio.")
            .concerns(ExternalCharacteristic.FAIRNESS)
            .items("B-2.E1")
            .needs(Input.TRAINING_DATA, Input.LABEL)
            .parameters(
                    ParameterSpec.text("positiveClass", "",
                            "the favourable label class whose base rate is compared; empty: the assessment's positiveClass, else the second class of a "
                                    + "binary label in code order, named in the result"),
                    ParameterSpec.integer("minGroupRows", 30, 1, 1_000_000_000,
                            "fewest training rows a group needs for its base rate to be compared"),
                    ParameterSpec.integer("maxListedGroups", 50, 1, 10_000,
                            "groups of one attribute listed in the table (the largest first); the rest share a row"))
            .criteria("smallest_group_rows >= 30")
            .measures("smallest_group_rows", "base_rate_ratio")
            .build();

    /** The check with its defaults: criterion {@code smallest_group_rows >= 30}. */
    public RepresentationCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        String label = ctx.roles().labelColumn().orElseThrow();
        Schema schema = ctx.requireSchema(DatasetRole.TRAINING);
        if (ctx.roles().sensitive().isEmpty()) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable"));
        }
        if (schema.type(label) != ColumnType.CATEGORICAL) {
            return run -> Outcome.notApplicable(Message.of(ID + ".numericLabel", label));
        }
        Map<String, Stat<Combinations.Counts>> groups = new LinkedHashMap<>();
        List<String> unbinned = new ArrayList<>();
        for (String s : ctx.roles().sensitive()) {
            ColumnType type = schema.type(s);
            Optional<RiskAttribute> declared = ctx.riskAttributes().stream()
                    .filter(a -> a.column().equals(s) && a.isBinned()).findFirst();
            RiskAttribute attribute;
            if (type == ColumnType.CATEGORICAL) {
                attribute = RiskAttribute.categorical(s);
            } else if (type == ColumnType.NUMERIC && declared.isPresent()) {
                attribute = declared.get();
            } else {
                unbinned.add(s);
                continue;
            }
            groups.put(s, ctx.stat(DatasetRole.TRAINING,
                    new Combinations(List.of(attribute, RiskAttribute.categorical(label)), 2)));
        }
        Map<String, ExpectedShares> expected = new LinkedHashMap<>();
        ctx.expectations().forEach(e -> expected.put(e.column(), e));
        return run -> {
            String positive = run.parameters().getString("positiveClass").isEmpty()
                    ? run.positiveClass().orElse("") : run.parameters().getString("positiveClass");
            long minRows = run.parameters().getInt("minGroupRows");
            int maxListed = run.parameters().getInt("maxListedGroups");
            ResultTable.Builder table = ResultTable.builder("groups", Message.of(ID + ".table", Arg.count(minRows)),
                    "attribute", "group", "rows", "share", "expected_share", "positive_rate");
            long smallest = Long.MAX_VALUE;
            String smallestGroup = null;
            double worstRatio = Double.NaN;
            String worstAttribute = null;
            String usedClass = null;
            for (Map.Entry<String, Stat<Combinations.Counts>> g : groups.entrySet()) {
                Combinations.Subset subset = run.get(g.getValue()).subsets().get(0);
                List<String> classes = subset.levels().get(1);
                String cls = positive.isEmpty() ? (classes.size() == 2 ? classes.get(1) : null) : positive;
                if (cls == null) {
                    throw new IllegalArgumentException("the label \"" + label + "\" has " + classes.size()
                            + " classes " + classes + "; set the parameter positiveClass to the favourable one");
                }
                if (!classes.contains(cls)) {
                    throw new IllegalArgumentException("positiveClass \"" + cls + "\" is not a class of the label \""
                            + label + "\"; its classes are " + classes);
                }
                usedClass = cls;
                Map<String, long[]> byGroup = new LinkedHashMap<>(); // per group: rows, rows of the positive class
                subset.levels().get(0).forEach(v -> byGroup.put(v, new long[2]));
                long total = 0;
                for (Map.Entry<List<String>, Long> cell : subset.rows().entrySet()) {
                    long[] counts = byGroup.computeIfAbsent(cell.getKey().get(0), k -> new long[2]);
                    counts[0] += cell.getValue();
                    counts[1] += cell.getKey().get(1).equals(cls) ? cell.getValue() : 0;
                    total += cell.getValue();
                }
                double min = Double.POSITIVE_INFINITY;
                double max = 0;
                ExpectedShares e = expected.get(g.getKey());
                List<Map.Entry<String, long[]>> groupsSeen = new ArrayList<>();
                for (Map.Entry<String, long[]> group : byGroup.entrySet()) {
                    if (group.getValue()[0] > 0 || subset.binned().get(0)) {
                        groupsSeen.add(group);
                    }
                }
                for (Map.Entry<String, long[]> group : groupsSeen) {
                    long rows = group.getValue()[0];
                    double rate = rows == 0 ? Double.NaN : (double) group.getValue()[1] / rows;
                    if (rows < smallest) {
                        smallest = rows;
                        smallestGroup = g.getKey() + " = " + group.getKey();
                    }
                    if (rows >= minRows) {
                        min = Math.min(min, rate);
                        max = Math.max(max, rate);
                    }
                }
                // the largest groups are listed; beyond maxListed, the rest share one row
                List<Map.Entry<String, long[]>> ranked = groupsSeen.size() <= maxListed ? groupsSeen
                        : groupsSeen.stream().sorted((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0]))
                        .toList();
                for (Map.Entry<String, long[]> group : ranked.subList(0, Math.min(maxListed, ranked.size()))) {
                    long rows = group.getValue()[0];
                    Double expectedShare = e == null ? null : e.shares().get(group.getKey());
                    table.row(g.getKey(), group.getKey(), rows, total == 0 ? 0.0 : (double) rows / total,
                            expectedShare, rows == 0 ? null : (double) group.getValue()[1] / rows);
                }
                if (ranked.size() > maxListed) {
                    List<Map.Entry<String, long[]>> rest = ranked.subList(maxListed, ranked.size());
                    long rows = rest.stream().mapToLong(x -> x.getValue()[0]).sum();
                    long positives = rest.stream().mapToLong(x -> x.getValue()[1]).sum();
                    table.row(g.getKey(), Message.of(ID + ".otherGroups", Arg.count(rest.size())), rows,
                            total == 0 ? 0.0 : (double) rows / total, null,
                            rows == 0 ? null : (double) positives / rows);
                }
                double ratio = max > 0 && min != Double.POSITIVE_INFINITY ? min / max : Double.NaN;
                if (!Double.isNaN(ratio) && (Double.isNaN(worstRatio) || ratio < worstRatio)) {
                    worstRatio = ratio;
                    worstAttribute = g.getKey();
                }
            }
            for (String s : unbinned) {
                table.row(s, Message.of(ID + ".notGrouped", s), null, null, null, null);
            }
            Outcome.Builder out = Outcome.builder()
                    .measure(run.judged("smallest_group_rows", smallest == Long.MAX_VALUE ? Double.NaN : smallest,
                            "rows"))
                    .measure(run.judged("base_rate_ratio", worstRatio, "ratio"))
                    .table(table.build());
            if (smallestGroup == null) {
                return out.status(Status.WARN).explanation(Message.of(ID + ".nothingGrouped")).build();
            }
            return out.explanation(Message.of(ID + ".summary", smallestGroup, Arg.count(smallest), usedClass,
                    worstAttribute == null ? "-" : worstAttribute, Arg.num(worstRatio))).build();
        };
    }
}
