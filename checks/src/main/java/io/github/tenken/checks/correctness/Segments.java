package io.github.tenken.checks.correctness;

import io.github.tenken.check.CheckContext;
import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.ResultTable;
import io.github.tenken.check.Status;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What c1.per-case and c1.weak-segments share: a scored subset of the test rows, and the outcome that ranks the subsets
 * by gap, judges the worst gap among those large enough, and lists them worst first.
 */
final class Segments {

    private Segments() {
    }

    /**
     * A subset scored: where it comes from ({@code case}, {@code group}, {@code segment}), its name, its definition,
     * its rows, the metric with interval, the gap the interval proves, and whether it is large enough to count.
     */
    record Scored(String source, String name, String definition, int rows, double value, ConfidenceInterval ci,
                  double gap, boolean inVerdict) {
    }

    /** Scores the labelled rows {@code rows} of a subset. */
    static Scored score(String source, String name, String definition, int[] rows, SegmentScores scores,
                        PoissonBootstrap bootstrap, int minRows) {
        ConfidenceInterval ci = rows.length == 0 ? null : scores.interval(rows, bootstrap);
        double gap = scores.gap(ci);
        return new Scored(source, name, definition, rows.length, scores.value(rows), ci, gap,
                rows.length >= minRows && !Double.isNaN(gap));
    }

    /** Worst first: larger gap first, subsets out of the verdict after those in it, then by name. */
    static final Comparator<Scored> WORST_FIRST = Comparator.comparing((Scored s) -> !s.inVerdict())
            .thenComparing(s -> Double.isNaN(s.gap()) ? Double.POSITIVE_INFINITY : -s.gap())
            .thenComparing(Scored::name);

    /**
     * The outcome: {@code <prefix>_gap} judged (WARN when no subset counts), {@code <prefix>_<metric>} of the worst
     * subset, {@code countMeasure} the subsets that count, and the table of the {@code maxListed} worst.
     */
    static Outcome outcome(CheckContext ctx, String id, String prefix, List<Scored> scored, SegmentScores scores,
                           int minRows, int maxListed, String countMeasure) {
        return outcome(ctx, id, prefix, scored, scores, minRows, maxListed, countMeasure, -1);
    }

    /** As above, with {@code countMeasure} set to {@code assessed} (when not negative): subsets ranked beforehand. */
    static Outcome outcome(CheckContext ctx, String id, String prefix, List<Scored> scored, SegmentScores scores,
                           int minRows, int maxListed, String countMeasure, int assessed) {
        List<Scored> sorted = new ArrayList<>(scored);
        sorted.sort(WORST_FIRST);
        List<Scored> counted = sorted.stream().filter(Scored::inVerdict).toList();
        Scored worst = counted.isEmpty() ? null : counted.get(0);
        String metric = scores.metric();

        List<Measure> measures = new ArrayList<>();
        Measure gap = Measure.of(prefix + "_gap", worst == null ? Double.NaN : worst.gap(), "ratio");
        measures.add(worst == null ? gap : ctx.judge(gap));
        Measure worstValue = Measure.of(prefix + "_" + metric, worst == null ? Double.NaN : worst.value(),
                scores.classification() ? "ratio" : "");
        measures.add(ctx.judge(worst == null || worst.ci() == null ? worstValue : worstValue.withInterval(worst.ci())));
        int count = assessed >= 0 ? assessed : counted.size();
        measures.add(ctx.judged(countMeasure, count, ""));
        Status status = worst == null ? Status.WARN : Outcome.statusOf(measures);

        Outcome.Builder outcome = Outcome.builder().status(status);
        measures.forEach(outcome::measure);
        ResultTable.Builder t = ResultTable.builder(prefix.replace('_', '-'),
                Message.of(id + ".table", Arg.count(Math.min(maxListed, sorted.size())), Arg.count(sorted.size())),
                "source", "group", "definition", "rows", metric, "ci_lower", "ci_upper", "gap", "in_verdict");
        for (Scored s : sorted.subList(0, Math.min(maxListed, sorted.size()))) {
            t.row(Message.of("c1.source." + s.source()), s.name(), s.definition(), (long) s.rows(), cell(s.value()),
                    s.ci() == null ? null : s.ci().lower(), s.ci() == null ? null : s.ci().upper(), cell(s.gap()),
                    s.inVerdict());
        }
        outcome.table(t.build());

        Message metricName = Message.of("c1.metric." + metric);
        Message sentence;
        if (worst == null) {
            sentence = Message.of(id + ".noneCounted", Arg.count(sorted.size()), Arg.count(minRows));
        } else {
            Message failed = !measures.get(0).isFailed() ? Message.literal("")
                    : Message.of("performance.notMet", List.of(PerformanceVerdict.failure(measures.get(0))));
            sentence = Message.of(id + ".summary", Arg.count(count), Arg.count(minRows), Arg.text(worst.name()),
                    metricName, Arg.num(worst.value()), Arg.num(worst.ci().lower()), Arg.num(worst.ci().upper()),
                    Arg.num(scores.overall()), Arg.num(worst.gap()), failed);
        }
        return outcome.explanation(sentence).build();
    }

    private static Double cell(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
