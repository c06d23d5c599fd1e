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
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.RiskAttribute;
import io.github.tenken.data.Schema;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.stats.Combinations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code b1.combinatorial-coverage}: t-way coverage of the declared risk attributes (guideline A-2.2a: pair-wise
 * coverage of the important risk factors). For every {@code t} of the attributes (t = 2 by default, 3 on request),
 * every combination of their levels (categorical values seen in any dataset, or the declared bins of a numeric
 * attribute) should have at least {@code minRows} training rows; the combinations that do not are listed, with the
 * test data's rows beside them, and so are the combinations the test data hold but the training data never show
 * (set-difference coverage of test against training).
 */
public final class CombinatorialCoverageCheck implements Check {

    private static final String ID = "b1.combinatorial-coverage";

    private static final String PLAN_EXAMPLE =
            "\"riskAttributes\": [{\"column\": \"sex\"}, {\"column\": \"age\", \"edges\": [25, 45, 65]}]";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID,
                    "Combinatorial coverage of the risk attributes", InternalCharacteristic.A_2)
            .description("Counts the training and test rows of every combination of levels of every t of the "
                    + "declared risk attributes (categorical values, or declared bins of numeric ones); a combination "
                    + "with fewer than minRows training rows is uncovered, and a combination only the test data "
                    + "show was never learned.")
            .concerns(ExternalCharacteristic.RISK_AVOIDANCE, ExternalCharacteristic.FAIRNESS,
                    ExternalCharacteristic.PERFORMANCE)
            .items("A-2.2a")
            .needs(Input.TRAINING_DATA)
            .parameters(
                    ParameterSpec.integer("t", 2, 2, 3, "how many attributes a combination spans"),
                    ParameterSpec.integer("minRows", 1, 1, 1_000_000_000,
                            "fewest training rows a combination needs to count as covered"),
                    ParameterSpec.integer("listCombinations", 50, 1, 10_000,
                            "most uncovered combinations listed in the table"))
            .criteria("uncovered_combinations == 0")
            .measures("combinations", "coverage", "uncovered_combinations", "test_only_combinations",
                    "uncovered_combinations_test")
            .build();

    /** The check with its defaults: t 2, minRows 1, criterion {@code uncovered_combinations == 0}. */
    public CombinatorialCoverageCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        List<RiskAttribute> attributes = ctx.riskAttributes();
        int t = ctx.parameters().getInt("t");
        if (attributes.size() < t) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable", Arg.count(t),
                    Arg.count(attributes.size()), PLAN_EXAMPLE));
        }
        boolean hasTest = ctx.has(DatasetRole.TEST);
        List<DatasetRole> roles = hasTest ? List.of(DatasetRole.TRAINING, DatasetRole.TEST)
                : List.of(DatasetRole.TRAINING);
        Combinations combinations = new Combinations(attributes, t);
        List<Stat<Combinations.Counts>> stats = new ArrayList<>();
        for (DatasetRole role : roles) {
            Schema schema = ctx.requireSchema(role);
            attributes.forEach(a -> requireType(a, schema, ctx.datasetName(role)));
            stats.add(ctx.stat(role, combinations));
        }
        return run -> {
            long minRows = run.parameters().getInt("minRows");
            int list = run.parameters().getInt("listCombinations");
            Combinations.Counts training = run.get(stats.get(0));
            Combinations.Counts test = hasTest ? run.get(stats.get(1)) : null;
            ResultTable.Builder subsets = ResultTable.builder("subsets", Message.of(ID + ".table.subsets",
                    Arg.count(minRows)), "attributes", "combinations", "covered_training", "covered_test",
                    "test_only");
            ResultTable.Builder uncovered = ResultTable.builder("uncovered", Message.of(ID + ".table.uncovered",
                    Arg.count(minRows), Arg.count(list)), "attributes", "combination", "training_rows",
                    "test_rows");
            long total = 0;
            long uncoveredTraining = 0;
            long uncoveredTest = 0;
            long testOnly = 0;
            List<String> firstUncovered = null;
            String firstSubset = null;
            for (int k = 0; k < training.subsets().size(); k++) {
                Combinations.Subset train = training.subsets().get(k);
                Combinations.Subset tst = test == null ? null : test.subsets().get(k);
                List<List<String>> levels = union(train, tst);
                String name = String.join(" x ", train.columns());
                long combos = 0;
                long coveredTrain = 0;
                long coveredTest = 0;
                long onlyTest = 0;
                for (List<String> combination : product(levels)) {
                    combos++;
                    long trainRows = train.rows().getOrDefault(combination, 0L);
                    Long testRows = tst == null ? null : tst.rows().getOrDefault(combination, 0L);
                    boolean covered = trainRows >= minRows;
                    coveredTrain += covered ? 1 : 0;
                    coveredTest += testRows != null && testRows >= minRows ? 1 : 0;
                    onlyTest += testRows != null && testRows > 0 && trainRows == 0 ? 1 : 0;
                    if (!covered) {
                        if (firstUncovered == null) {
                            firstUncovered = combination;
                            firstSubset = name;
                        }
                        if (uncovered.size() < list) {
                            uncovered.row(name, String.join(", ", combination), trainRows, testRows);
                        }
                    }
                }
                subsets.row(name, combos, coveredTrain, tst == null ? null : coveredTest,
                        tst == null ? null : onlyTest);
                total += combos;
                uncoveredTraining += combos - coveredTrain;
                uncoveredTest += combos - coveredTest;
                testOnly += onlyTest;
            }
            double coverage = total == 0 ? 1 : (double) (total - uncoveredTraining) / total;
            Outcome.Builder out = Outcome.builder()
                    .measure(run.judged("uncovered_combinations", uncoveredTraining, "combinations"))
                    .measure(run.judged("combinations", total, "combinations"))
                    .measure(run.judged("coverage", coverage, "ratio"));
            if (hasTest) {
                out.measure(run.judged("uncovered_combinations_test", uncoveredTest, "combinations"))
                        .measure(run.judged("test_only_combinations", testOnly, "combinations"));
            }
            out.table(subsets.build());
            if (uncoveredTraining > 0) {
                out.table(uncovered.build());
            }
            Message sentence = firstUncovered == null
                    ? Message.of(ID + ".summary.covered", Arg.count(t), Arg.count(total), Arg.count(minRows))
                    : Message.of(ID + ".summary", Arg.count(uncoveredTraining), Arg.count(total), Arg.count(t),
                    Arg.share(coverage), firstSubset, String.join(", ", firstUncovered), Arg.count(minRows));
            return out.explanation(sentence).build();
        };
    }

    private static void requireType(RiskAttribute a, Schema schema, String dataset) {
        if (!schema.has(a.column())) {
            throw new IllegalArgumentException("the risk attribute \"" + a.column() + "\" is not a column of "
                    + dataset + "; its columns are " + schema.names());
        }
        ColumnType type = schema.type(a.column());
        if (a.isBinned() && type != ColumnType.NUMERIC) {
            throw new IllegalArgumentException("the risk attribute \"" + a.column() + "\" has bin edges but is "
                    + type.key() + " in " + dataset + "; edges are for numeric columns");
        }
        if (!a.isBinned() && type != ColumnType.CATEGORICAL) {
            throw new IllegalArgumentException("the risk attribute \"" + a.column() + "\" is " + type.key() + " in "
                    + dataset + "; declare edges to cut it into bins, e.g. \"edges\": [25, 45, 65]");
        }
    }

    /**
     * Every level of each attribute: a binned attribute's bins; a categorical attribute's values that occur in the
     * training or test data (a dictionary may name values neither holds), in the order met.
     */
    private static List<List<String>> union(Combinations.Subset train, Combinations.Subset test) {
        List<List<String>> levels = new ArrayList<>();
        for (int i = 0; i < train.columns().size(); i++) {
            Set<String> seen = new LinkedHashSet<>();
            collect(train, i, seen);
            if (test != null) {
                collect(test, i, seen);
            }
            List<String> all = train.levels().get(i);
            if (train.binned().get(i)) {
                levels.add(all);
            } else {
                // the dictionary's order first, then values it does not name, each once
                Set<String> ordered = new LinkedHashSet<>();
                all.stream().filter(seen::contains).forEach(ordered::add);
                ordered.addAll(seen);
                levels.add(new ArrayList<>(ordered));
            }
        }
        return levels;
    }

    private static void collect(Combinations.Subset subset, int position, Set<String> into) {
        for (Map.Entry<List<String>, Long> e : subset.rows().entrySet()) {
            into.add(e.getKey().get(position));
        }
    }

    /** The cartesian product of the levels, first attribute slowest. */
    private static List<List<String>> product(List<List<String>> levels) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (List<String> l : levels) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String v : l) {
                    List<String> c = new ArrayList<>(prefix);
                    c.add(v);
                    next.add(List.copyOf(c));
                }
            }
            out = next;
        }
        return out;
    }
}
