package io.github.tenken.checks.balance;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.check.Check;
import io.github.tenken.check.CheckContext;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.Input;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.StatisticRequest;
import io.github.tenken.check.Status;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.guideline.ExternalCharacteristic;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.internal.Formats;
import io.github.tenken.stats.CategoryCounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code b2.class-balance}: how the label's classes are distributed in the training data (and the test data when
 * given): the share of the smallest class and the ratio of the largest to the smallest (guideline B-2.E1, "no large
 * imbalance"). Applies to a categorical label.
 */
public final class ClassBalanceCheck implements Check {

    private static final CheckDescriptor DESCRIPTOR = CheckDescriptor.builder("b2.class-balance", "Class balance",
                    InternalCharacteristic.B_2)
            .description("Counts each class of the label in the training and test data; a minority class with a "
                    + "very small share, or a large majority-to-minority ratio, leaves the model too few examples "
                    + "to learn and to be tested on that class.")
            .concerns(ExternalCharacteristic.PERFORMANCE, ExternalCharacteristic.FAIRNESS)
            .items("B-2.E1")
            .needs(Input.TRAINING_DATA, Input.LABEL)
            .criteria("minority_share >= 0.05", "imbalance_ratio <= 10")
            .build();

    /** The check with its default criteria. */
    public ClassBalanceCheck() {
    }

    @Override
    public CheckDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<StatisticRequest> statistics(CheckContext ctx) {
        if (!isCategorical(ctx)) {
            return List.of();
        }
        CategoryCounts counts = new CategoryCounts(ctx.roles().label());
        List<StatisticRequest> requests = new ArrayList<>();
        requests.add(StatisticRequest.of(DatasetRole.TRAINING, counts));
        ctx.dataset(DatasetRole.TEST).ifPresent(t -> {
            t.categorical(counts.column());   // a numeric label in the test data is this check's error, not the scan's
            requests.add(StatisticRequest.of(DatasetRole.TEST, counts));
        });
        return requests;
    }

    @Override
    public Outcome run(CheckContext ctx) {
        String label = ctx.roles().label();
        if (!isCategorical(ctx)) {
            return Outcome.notApplicable("Not applicable: the label \"" + label
                    + "\" is numeric; class balance concerns a categorical label.");
        }
        CategoryCounts analyzer = new CategoryCounts(label);
        ClassCounts train = ClassCounts.of(ctx.statistic(DatasetRole.TRAINING, analyzer));
        Optional<ClassCounts> test = ctx.dataset(DatasetRole.TEST)
                .map(t -> ClassCounts.of(ctx.statistic(DatasetRole.TEST, analyzer)));
        List<String> classes = train.classesWith(test.map(ClassCounts::values).orElse(List.of()));
        Outcome.Builder out = Outcome.builder()
                .measure(ctx.judged("minority_share", train.minorityShare(classes), "ratio"))
                .measure(ctx.judged("imbalance_ratio", train.imbalanceRatio(classes), ""))
                .measure(ctx.judged("classes", classes.size(), "classes"))
                .measure(ctx.judged("minority_share_test",
                        test.map(t -> t.minorityShare(classes)).orElse(Double.NaN), "ratio"))
                .table(table(classes, train, test))
                .chart(chart(label, classes, train, test));
        if (classes.size() < 2) {
            return out.status(Status.WARN).explanation("The label \"" + label + "\" has " + classes.size()
                    + " class in the data; balance needs at least two.").build();
        }
        String minority = train.minorityClass(classes);
        String sentence = "The smallest training class, " + label + " = " + minority + ", has "
                + Formats.count(train.count(minority)) + " of " + Formats.count(train.total()) + " rows ("
                + Formats.percent(train.minorityShare(classes)) + "); the largest class is "
                + Formats.number(train.imbalanceRatio(classes)) + " times as large.";
        return out.explanation(sentence).build();
    }

    private static boolean isCategorical(CheckContext ctx) {
        Table training = ctx.require(DatasetRole.TRAINING);
        return training.column(ctx.roles().label()).type() == ColumnType.CATEGORICAL;
    }

    private static ResultTable table(List<String> classes, ClassCounts train, Optional<ClassCounts> test) {
        ResultTable.Builder t = ResultTable.builder("classes", "Rows per class",
                "class", "training rows", "training share", "test rows", "test share");
        for (String c : classes) {
            t.row(c, train.count(c), train.share(c), test.map(x -> (Object) x.count(c)).orElse(null),
                    test.map(x -> (Object) x.share(c)).orElse(null));
        }
        return t.build();
    }

    private static Chart chart(String label, List<String> classes, ClassCounts train, Optional<ClassCounts> test) {
        List<ChartSeries> series = new ArrayList<>();
        series.add(ChartSeries.of("training", classes.stream().mapToDouble(train::count).toArray()));
        test.ifPresent(t -> series.add(ChartSeries.of("test", classes.stream().mapToDouble(t::count).toArray())));
        return new Chart("class-counts", "Rows per class of " + label, ChartKind.BARS, classes, series, label, "rows");
    }

}
