package io.github.tenken.cli.plan;

import io.github.tenken.checks.constraints.Constraints;
import io.github.tenken.data.Dataset;
import io.github.tenken.data.DatasetRole;

import java.util.List;
import java.util.Map;

/**
 * Turns the {@code constraints} of a plan into {@link Constraints}, checking each entry's columns against every
 * dataset; an error names the entry's JSON path and the value at fault.
 */
final class ConstraintsParser {

    private ConstraintsParser() {
    }

    static Constraints parse(List<ConstraintPlan> plans, Map<DatasetRole, Dataset> datasets, PlanContext ctx) {
        if (plans == null) {
            return Constraints.none();
        }
        Constraints.Builder all = Constraints.builder();
        for (int i = 0; i < plans.size(); i++) {
            String path = FieldPath.index("constraints", i);
            ConstraintPlan plan = ctx.required(plans.get(i), path);
            Constraints entry = plan.rule() != null ? rule(plan, path, ctx) : columnRules(plan, path, ctx);
            for (Map.Entry<DatasetRole, Dataset> d : datasets.entrySet()) {
                try {
                    entry.validate(d.getValue().schema(), "the " + d.getKey().key() + " data " + d.getValue().name());
                } catch (IllegalArgumentException e) {
                    throw ctx.error(plan.rule() != null ? path + ".rule" : path + ".column", e.getMessage());
                }
            }
            entry.rules().forEach(all::add);
        }
        return all.build();
    }

    private static Constraints rule(ConstraintPlan plan, String path, PlanContext ctx) {
        if (plan.column() != null || plan.min() != null || plan.max() != null || plan.allowed() != null
                || plan.regex() != null || plan.notNull() != null || plan.unique() != null) {
            throw ctx.error(path, "a \"rule\" stands alone; give column rules (\"column\" with \"min\", \"max\", "
                    + "\"allowed\", \"regex\", \"notNull\", \"unique\") in an entry of their own");
        }
        double tolerance = plan.tolerance() == null ? 0 : plan.tolerance();
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw ctx.error(path + ".tolerance", plan.tolerance() + " is not a number >= 0");
        }
        try {
            return Constraints.builder().rule(ctx.required(plan.rule(), path + ".rule"), tolerance).build();
        } catch (IllegalArgumentException e) {
            throw ctx.error(path + ".rule", e.getMessage());
        }
    }

    private static Constraints columnRules(ConstraintPlan plan, String path, PlanContext ctx) {
        if (plan.column() == null) {
            throw ctx.error(path, "needs \"column\" (with \"min\", \"max\", \"allowed\", \"regex\", \"notNull\" or "
                    + "\"unique\") or \"rule\"");
        }
        String column = ctx.required(plan.column(), path + ".column");
        if (plan.tolerance() != null) {
            throw ctx.error(path + ".tolerance", "a tolerance belongs to a \"rule\"");
        }
        Constraints.Builder b = Constraints.builder();
        if (plan.min() != null || plan.max() != null) {
            double min = plan.min() == null ? Double.NEGATIVE_INFINITY : plan.min();
            double max = plan.max() == null ? Double.POSITIVE_INFINITY : plan.max();
            if (min > max) {
                throw ctx.error(path, "min " + plan.min() + " is above max " + plan.max());
            }
            b.range(column, min, max);
        }
        if (plan.allowed() != null) {
            if (plan.allowed().isEmpty()) {
                throw ctx.error(path + ".allowed", "required: at least one value");
            }
            for (int k = 0; k < plan.allowed().size(); k++) {
                ctx.required(plan.allowed().get(k), FieldPath.index(path + ".allowed", k));
            }
            b.allowed(column, plan.allowed());
        }
        if (plan.regex() != null) {
            try {
                b.regex(column, plan.regex());
            } catch (IllegalArgumentException e) {
                throw ctx.error(path + ".regex", e.getMessage());
            }
        }
        if (Boolean.TRUE.equals(plan.notNull())) {
            b.notNull(column);
        }
        if (Boolean.TRUE.equals(plan.unique())) {
            b.unique(column);
        }
        Constraints c = b.build();
        if (c.isEmpty()) {
            throw ctx.error(path, "no rule for column \"" + column + "\"; give \"min\", \"max\", \"allowed\", "
                    + "\"regex\", \"notNull\": true or \"unique\": true");
        }
        return c;
    }
}
