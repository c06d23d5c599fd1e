package io.github.tenken.checks.fairness;

import io.github.tenken.check.Chart;
import io.github.tenken.check.ChartKind;
import io.github.tenken.check.ChartSeries;
import io.github.tenken.check.ResultTable;

import java.util.List;

/** The tables and charts the group-parity check reports, as data. */
final class ParityTables {

    private ParityTables() {
    }

    /** Every group of every assessed attribute with its rates and whether it counts in the verdict. */
    static ResultTable groups(List<AttributeParity> attributes) {
        ResultTable.Builder t = ResultTable.builder("groups", "Selection rate, base rate and true positive rate per group",
                "attribute", "group", "rows", "selection rate", "base rate", "true positive rate", "in verdict");
        for (AttributeParity a : attributes) {
            for (GroupRates g : a.groups()) {
                String in = g.qualifies() ? "yes" : g.group() == null ? "no: value missing"
                        : "no: fewer than " + a.minGroupSize() + " rows";
                t.row(a.attribute(), g.label(), g.rows(), cell(g.selectionRate()), cell(g.baseRate()),
                        cell(g.truePositiveRate()), in);
            }
        }
        return t.build();
    }

    /** One row per sensitive attribute: its parity figures, or why it gives no verdict. */
    static ResultTable attributes(List<AttributeParity> assessed, List<String> skipped) {
        ResultTable.Builder t = ResultTable.builder("attributes", "Parity per sensitive attribute",
                "attribute", "groups", "groups in verdict", "disparate impact ratio", "demographic parity difference",
                "equal opportunity difference", "note");
        for (AttributeParity a : assessed) {
            t.row(a.attribute(), (long) a.groups().size(), (long) a.qualifying().size(),
                    cell(a.disparateImpactRatio()), cell(a.demographicParityDifference()),
                    cell(a.equalOpportunityDifference()),
                    a.hasVerdict() ? "" : "not a verdict: fewer than two groups have " + a.minGroupSize() + " rows");
        }
        for (String s : skipped) {
            t.row(s, null, null, null, null, null, "skipped: numeric; bin it into groups to assess it");
        }
        return t.build();
    }

    /** Selection rate and base rate of each group of one attribute. */
    static Chart selectionRates(AttributeParity a) {
        List<String> labels = a.groups().stream().map(GroupRates::label).toList();
        double[] selection = a.groups().stream().mapToDouble(GroupRates::selectionRate).toArray();
        double[] base = a.groups().stream().mapToDouble(GroupRates::baseRate).toArray();
        return new Chart("selection-rate-" + a.attribute(), "Selection rate by " + a.attribute(), ChartKind.BARS,
                labels, List.of(ChartSeries.of("selection rate", selection), ChartSeries.of("base rate", base)),
                a.attribute(), "share of rows");
    }

    private static Double cell(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
