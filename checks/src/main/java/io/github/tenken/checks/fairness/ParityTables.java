package io.github.tenken.checks.fairness;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.check.ResultTable;
import io.github.tenken.data.ColumnType;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;

import java.util.List;
import java.util.Map;

/** The tables and charts the group-parity check reports, as data. */
final class ParityTables {

    private static final String ID = "fairness.group-parity";

    private ParityTables() {
    }

    /** Every group of every assessed attribute with its rates and whether it counts in the verdict. */
    static ResultTable groups(List<AttributeParity> attributes) {
        ResultTable.Builder t = ResultTable.builder("groups", Message.of(ID + ".table.groups"),
                "attribute", "group", "rows", "selection_rate", "base_rate", "true_positive_rate", "in_verdict");
        for (AttributeParity a : attributes) {
            for (GroupRates g : a.groups()) {
                Message in = g.qualifies() ? Message.of("yes") : g.group() == null
                        ? Message.of(ID + ".out.missing") : Message.of(ID + ".out.small", Arg.count(a.minGroupSize()));
                t.row(a.attribute(), g.cell(), g.rows(), cell(g.selectionRate()), cell(g.baseRate()),
                        cell(g.truePositiveRate()), in);
            }
        }
        return t.build();
    }

    /** One row per sensitive attribute: its parity figures, or why it gives no verdict. */
    static ResultTable attributes(List<AttributeParity> assessed, Map<String, ColumnType> skipped) {
        ResultTable.Builder t = ResultTable.builder("attributes", Message.of(ID + ".table.attributes"),
                "attribute", "groups", "groups_in_verdict", "disparate_impact_ratio", "demographic_parity_difference",
                "equal_opportunity_difference", "note");
        for (AttributeParity a : assessed) {
            t.row(a.attribute(), (long) a.groups().size(), (long) a.qualifying().size(),
                    cell(a.disparateImpactRatio()), cell(a.demographicParityDifference()),
                    cell(a.equalOpportunityDifference()),
                    a.hasVerdict() ? null : Message.of(ID + ".noVerdict", Arg.count(a.minGroupSize())));
        }
        skipped.forEach((s, type) -> t.row(s, null, null, null, null, null, Message.of(ID + ".skipped." + type.key())));
        return t.build();
    }

    /** Selection rate and base rate of each group of one attribute. */
    static Chart selectionRates(AttributeParity a) {
        List<String> labels = a.groups().stream().map(GroupRates::label).toList();
        double[] selection = a.groups().stream().mapToDouble(GroupRates::selectionRate).toArray();
        double[] base = a.groups().stream().mapToDouble(GroupRates::baseRate).toArray();
        return new Chart("selection-rate-" + a.attribute(), Message.of(ID + ".chart", a.attribute()), ChartKind.BARS,
                labels, List.of(ChartSeries.of("selection_rate", Message.of("column.selection_rate"), selection),
                ChartSeries.of("base_rate", Message.of("column.base_rate"), base)),
                Message.literal(a.attribute()), Message.of("axis.share"));
    }

    private static Double cell(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
