package io.github.tenken.checks.fairness;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.check.ResultTable;
import io.github.tenken.data.ColumnType;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;

import java.util.List;
import java.util.Map;

/** The tables and charts the group-parity check reports, as data; each lists at most {@link #MAX_GROUPS} groups. */
final class ParityTables {

    /** The most groups a table lists per attribute and class, and a chart shows (the largest). */
    static final int MAX_GROUPS = 50;

    private static final String ID = GroupParityCheck.ID;

    private ParityTables() {
    }

    /**
     * Every group of the views {@code from .. to} (for each judged class) with its rates and intervals and whether it
     * counts in the verdict; beyond {@link #MAX_GROUPS} groups a row says how many more there are.
     */
    static ResultTable groups(ParityEvaluation eval, int from, int to, String name) {
        ResultTable.Builder t = ResultTable.builder(name, Message.of(ID + ".table." + name),
                "attribute", "class", "group", "rows", "selection_rate", "selection_rate_lower",
                "selection_rate_upper", "base_rate", "true_positive_rate", "true_positive_rate_lower",
                "true_positive_rate_upper", "false_positive_rate", "precision", "in_verdict");
        for (int v = from; v < to; v++) {
            List<AttributeParity> perClass = eval.views().get(v).perClass();
            for (int c = 0; c < perClass.size(); c++) {
                AttributeParity a = perClass.get(c);
                List<GroupRates> groups = a.groups();
                for (int j = 0; j < Math.min(groups.size(), MAX_GROUPS); j++) {
                    GroupRates g = groups.get(j);
                    Message in = g.qualifies() ? Message.of("yes") : g.group() == null
                            ? Message.of(ID + ".out.missing") : Message.of(ID + ".out.small",
                            Arg.count(a.minGroupSize()));
                    ConfidenceInterval sel = eval.interval(v, c, j, ParityEvaluation.Rate.SELECTION);
                    ConfidenceInterval tpr = eval.interval(v, c, j, ParityEvaluation.Rate.TRUE_POSITIVE);
                    t.row(a.attribute(), a.positiveClass(), g.cell(), g.rows(), cell(g.selectionRate()), lower(sel),
                            upper(sel), cell(g.baseRate()), cell(g.truePositiveRate()), lower(tpr), upper(tpr),
                            cell(g.falsePositiveRate()), cell(g.precision()), in);
                }
                if (groups.size() > MAX_GROUPS) {
                    t.row(a.attribute(), a.positiveClass(), Message.of("b2.representation.otherGroups",
                            Arg.count(groups.size() - MAX_GROUPS)), null, null, null, null, null, null, null, null,
                            null, null, null);
                }
            }
        }
        return t.build();
    }

    /**
     * One row per sensitive attribute and per pair of them: its parity figures (the worst over the judged classes),
     * or why it gives no verdict; then the attributes skipped.
     */
    static ResultTable attributes(List<ParityEvaluation.View> views, int singles, Map<String, ColumnType> skipped) {
        ResultTable.Builder t = ResultTable.builder("attributes", Message.of(ID + ".table.attributes"),
                "attribute", "groups", "groups_in_verdict", "disparate_impact_ratio", "demographic_parity_difference",
                "equal_opportunity_difference", "equalized_odds_difference", "predictive_parity_difference",
                "false_positive_rate_difference", "note");
        for (ParityEvaluation.View view : views) {
            AttributeParity a = view.perClass().get(0);
            t.row(a.attribute(), (long) a.groups().size(), (long) a.qualifying().size(),
                    cell(view.value(ParityMeasure.DISPARATE_IMPACT)), cell(view.value(ParityMeasure.DEMOGRAPHIC_PARITY)),
                    cell(view.value(ParityMeasure.EQUAL_OPPORTUNITY)), cell(view.value(ParityMeasure.EQUALIZED_ODDS)),
                    cell(view.value(ParityMeasure.PREDICTIVE_PARITY)),
                    cell(view.value(ParityMeasure.FALSE_POSITIVE_RATE)),
                    a.hasVerdict() ? null : Message.of(ID + ".noVerdict", Arg.count(a.minGroupSize())));
        }
        skipped.forEach((s, type) -> t.row(s, null, null, null, null, null, null, null, null,
                Message.of(ID + ".skipped." + type.key())));
        return t.build();
    }

    /** Selection rate and base rate of the (at most {@link #MAX_GROUPS} largest) groups of one attribute. */
    static Chart selectionRates(AttributeParity a) {
        List<GroupRates> shown = a.groups().subList(0, Math.min(a.groups().size(), MAX_GROUPS));
        List<String> labels = shown.stream().map(GroupRates::label).toList();
        double[] selection = shown.stream().mapToDouble(GroupRates::selectionRate).toArray();
        double[] base = shown.stream().mapToDouble(GroupRates::baseRate).toArray();
        return new Chart("selection-rate-" + a.attribute(), Message.of(ID + ".chart", a.attribute()), ChartKind.BARS,
                labels, List.of(ChartSeries.of("selection_rate", Message.of("column.selection_rate"), selection),
                ChartSeries.of("base_rate", Message.of("column.base_rate"), base)),
                Message.literal(a.attribute()), Message.of("axis.share"));
    }

    static Double cell(double v) {
        return Double.isNaN(v) ? null : v;
    }

    static Double lower(ConfidenceInterval ci) {
        return ci == null ? null : ci.lower();
    }

    static Double upper(ConfidenceInterval ci) {
        return ci == null ? null : ci.upper();
    }
}
