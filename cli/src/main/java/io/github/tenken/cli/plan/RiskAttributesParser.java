package io.github.tenken.cli.plan;

import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Dataset;
import io.github.tenken.data.RiskAttribute;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the plan's {@code riskAttributes} into {@link RiskAttribute}s, naming the field of any problem: a column the
 * training data do not have, edges on a categorical column, a numeric column without edges, edges out of order.
 */
final class RiskAttributesParser {

    private RiskAttributesParser() {
    }

    static List<RiskAttribute> parse(List<RiskAttributePlan> plans, Dataset training, PlanContext ctx) {
        if (plans == null) {
            return List.of();
        }
        List<RiskAttribute> all = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            String at = FieldPath.index("riskAttributes", i);
            RiskAttributePlan p = ctx.required(plans.get(i), at);
            String column = ctx.required(p.column(), FieldPath.field(at, "column"));
            if (!training.schema().has(column)) {
                throw ctx.error(FieldPath.field(at, "column"), "the training data have no column \"" + column
                        + "\"; its columns are " + training.schema().names());
            }
            ColumnType type = training.schema().type(column);
            List<Double> edges = p.edges() == null ? List.of() : p.edges();
            if (edges.isEmpty() && type == ColumnType.NUMERIC) {
                throw ctx.error(at, "\"" + column + "\" is numeric: give \"edges\" to cut it into bins, e.g. "
                        + "\"edges\": [25, 45, 65]");
            }
            if (!edges.isEmpty() && type != ColumnType.NUMERIC) {
                throw ctx.error(FieldPath.field(at, "edges"), "\"" + column + "\" is " + type.key()
                        + "; edges are for numeric columns");
            }
            for (int e = 0; e < edges.size(); e++) {
                ctx.required(edges.get(e), FieldPath.index(FieldPath.field(at, "edges"), e));
            }
            try {
                all.add(new RiskAttribute(column, edges));
            } catch (IllegalArgumentException e) {
                throw ctx.error(FieldPath.field(at, "edges"), e.getMessage());
            }
            if (all.stream().filter(a -> a.column().equals(column)).count() > 1) {
                throw ctx.error(FieldPath.field(at, "column"), "\"" + column + "\" is declared twice");
            }
        }
        return all;
    }
}
