package io.github.tenken.checks.correctness;

import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.check.Criterion;
import io.github.tenken.check.Measure;
import io.github.tenken.check.ResultTable;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether the test data suffice for the acceptance criteria (guideline C-1.1a: "the metric's confidence interval is
 * narrow enough for the criterion"): a criterion is <em>decided</em> when the 95% interval of its measure lies wholly
 * on one side of its threshold, met or not met, and undecided when the interval straddles the threshold or the
 * measure has no interval. A fixed width such as {@code accuracy_ci_width <= 0.05} asks every test set for about
 * 1,400 rows whatever the model and the criterion; this asks only for what the criterion needs: a model far above its
 * threshold is decided on a few hundred rows, one just above needs many.
 *
 * <p>The margin is how far the deciding bound lies on the criterion's side of the threshold: for {@code >=} and
 * {@code >} the lower bound minus the threshold, for {@code <=} and {@code <} the threshold minus the upper bound;
 * {@code ==} and {@code !=} are decided only when the whole interval holds or fails them.
 */
final class CriteriaDecision {

    /** The measure counting undecided criteria, and its default criterion. */
    static final String MEASURE = "criteria_undecided";
    static final String DEFAULT_CRITERION = MEASURE + " == 0";

    private final List<Row> rows = new ArrayList<>();

    private record Row(Measure measure, boolean decided, double margin) {
    }

    /** Decides every judged measure whose name is not among {@code excluded} (the data-volume measures). */
    CriteriaDecision(List<Measure> measures, Set<String> excluded) {
        for (Measure m : measures) {
            if (!m.isJudged() || excluded.contains(m.name())) {
                continue;
            }
            ConfidenceInterval ci = m.interval();
            if (ci == null) {
                rows.add(new Row(m, false, Double.NaN));
                continue;
            }
            Criterion c = m.criterion();
            double margin = switch (c.operator()) {
                case GE, GT -> ci.lower() - c.threshold();
                case LE, LT -> c.threshold() - ci.upper();
                default -> Double.NaN;
            };
            boolean lowerHolds = c.holds(ci.lower());
            boolean upperHolds = c.holds(ci.upper());
            boolean inside = ci.lower() <= c.threshold() && c.threshold() <= ci.upper();
            boolean decided = switch (c.operator()) {
                case EQ, NE -> lowerHolds == upperHolds && !(inside && ci.width() > 0);
                default -> lowerHolds == upperHolds;
            };
            rows.add(new Row(m, decided, margin));
        }
    }

    /** Criteria whose interval straddles their threshold, or whose measure has no interval. */
    int undecided() {
        return (int) rows.stream().filter(r -> !r.decided).count();
    }

    /** The criteria decided. */
    int size() {
        return rows.size();
    }

    /**
     * The clause for the explanation: each criterion with its interval and margin, e.g. {@code accuracy >= 0.8: 95% CI
     * 0.84-0.87, margin 0.04}; empty without criteria.
     */
    Message clause() {
        if (rows.isEmpty()) {
            return Message.literal("");
        }
        List<Message> items = rows.stream().map(CriteriaDecision::item).toList();
        return Message.of("c1.decision.clause", Arg.count(size() - undecided()), Arg.count(size()), items);
    }

    private static Message item(Row r) {
        ConfidenceInterval ci = r.measure.interval();
        if (ci == null) {
            return Message.of("c1.decision.noInterval", r.measure.criterion().toString());
        }
        return Message.of(r.decided ? "c1.decision.decided" : "c1.decision.undecided",
                r.measure.criterion().toString(), Arg.num(ci.lower()), Arg.num(ci.upper()),
                Double.isNaN(r.margin) ? Message.literal("") : Message.of("c1.decision.margin", Arg.num(r.margin)));
    }

    /** A row per criterion: criterion, value, interval bounds, margin and whether the interval decides it. */
    ResultTable table() {
        ResultTable.Builder t = ResultTable.builder("criteria-decided", Message.of("c1.decision.table"),
                "criterion", "value", "ci_lower", "ci_upper", "margin", "decided");
        for (Row r : rows) {
            ConfidenceInterval ci = r.measure.interval();
            t.row(r.measure.criterion().toString(), cell(r.measure.value()), ci == null ? null : ci.lower(),
                    ci == null ? null : ci.upper(), cell(r.margin), r.decided);
        }
        return t.build();
    }

    private static Double cell(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
