package io.github.tenken.checks.balance;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Stat;
import io.github.tenken.check.Status;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.stats.CategoryCounts;
import io.github.tenken.stats.Frequencies;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code b2.class-balance}: how the label's classes are distributed in the training data (and the test data when
 * given): the share of the smallest class and the ratio of the largest to the smallest (guideline B-2.E1, "no large
 * imbalance"). Applies to a categorical label.
 */
public final class ClassBalanceCheck implements Check {

    private static final String ID = "b2.class-balance";

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder(ID, "Class balance",
                    InternalCharacteristic.B_2)
            .description("Counts each class of the label in the training and test data; a minority class with a "
                    + "very small share, or a large majority-to-minority ratio, leaves the model too few examples "
                    + "to learn and to be tested on that class.")
            .concerns(ExternalCharacteristic.PERFORMANCE, ExternalCharacteristic.FAIRNESS)
            .items("B-2.E1")
            .needs(Input.TRAINING_DATA, Input.LABEL)
            .criteria("minority_share >= 0.05", "imbalance_ratio <= 10")
            .measures("classes", "imbalance_ratio", "minority_share", "minority_share_test")
            .build();

    /** The check with its default criteria. */
    public ClassBalanceCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public CheckRun plan(PlanContext ctx) {
        String label = ctx.roles().label();
        if (ctx.requireSchema(DatasetRole.TRAINING).type(label) != ColumnType.CATEGORICAL) {
            return run -> Outcome.notApplicable(Message.of(ID + ".notApplicable.numeric", label));
        }
        CategoryCounts counts = new CategoryCounts(label);
        Stat<Frequencies> train = ctx.stat(DatasetRole.TRAINING, counts);
        Stat<Frequencies> test = null;
        if (ctx.has(DatasetRole.TEST)) {
            ColumnType type = ctx.requireSchema(DatasetRole.TEST).type(label);
            if (type != ColumnType.CATEGORICAL) {
                throw new IllegalArgumentException("label \"" + label + "\" is categorical in "
                        + ctx.datasetName(DatasetRole.TRAINING) + " but " + type.key() + " in "
                        + ctx.datasetName(DatasetRole.TEST));
            }
            test = ctx.stat(DatasetRole.TEST, counts);
        }
        Stat<Frequencies> testStat = test;
        return run -> {
            ClassCounts training = ClassCounts.of(run.get(train));
            Optional<ClassCounts> testing = Optional.ofNullable(testStat).map(s -> ClassCounts.of(run.get(s)));
            List<String> classes = training.classesWith(testing.map(ClassCounts::values).orElse(List.of()));
            Outcome.Builder out = Outcome.builder()
                    .measure(run.judged("minority_share", training.minorityShare(classes), "ratio"))
                    .measure(run.judged("imbalance_ratio", training.imbalanceRatio(classes), ""))
                    .measure(run.judged("classes", classes.size(), "classes"))
                    .measure(run.judged("minority_share_test",
                            testing.map(t -> t.minorityShare(classes)).orElse(Double.NaN), "ratio"))
                    .table(table(classes, training, testing))
                    .chart(chart(label, classes, training, testing));
            if (classes.size() < 2) {
                return out.status(Status.WARN)
                        .explanation(Message.of(ID + ".tooFewClasses", label, Arg.count(classes.size()))).build();
            }
            String minority = training.minorityClass(classes);
            return out.explanation(Message.of(ID + ".summary", label, minority, Arg.count(training.count(minority)),
                    Arg.count(training.total()), Arg.share(training.minorityShare(classes)),
                    Arg.num(training.imbalanceRatio(classes)))).build();
        };
    }

    private static ResultTable table(List<String> classes, ClassCounts train, Optional<ClassCounts> test) {
        ResultTable.Builder t = ResultTable.builder("classes", Message.of(ID + ".table"),
                "class", "training_rows", "training_share", "test_rows", "test_share");
        for (String c : classes) {
            t.row(c, train.count(c), train.share(c), test.map(x -> (Object) x.count(c)).orElse(null),
                    test.map(x -> (Object) x.share(c)).orElse(null));
        }
        return t.build();
    }

    private static Chart chart(String label, List<String> classes, ClassCounts train, Optional<ClassCounts> test) {
        List<ChartSeries> series = new ArrayList<>();
        series.add(ChartSeries.of("training", Message.of("role.training"),
                classes.stream().mapToDouble(train::count).toArray()));
        test.ifPresent(t -> series.add(ChartSeries.of("test", Message.of("role.test"),
                classes.stream().mapToDouble(t::count).toArray())));
        return new Chart("class-counts", Message.of(ID + ".chart", label), ChartKind.BARS, classes, series,
                Message.literal(label), Message.of("axis.rows"));
    }
}
