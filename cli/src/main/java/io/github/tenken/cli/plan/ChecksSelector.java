package io.github.tenken.cli.plan;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.Criterion;
import io.github.tenken.check.ParameterSpec;
import io.github.tenken.engine.Assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the {@code checks} of a plan: gives the builder the whole catalogue and tells it which checks are included
 * or excluded (so that an item only an excluded check supports is reported as excluded, not as unsupported), and
 * sets their parameters and criteria, validating each against the check's descriptor: a parameter must be declared
 * and in range, a criterion must name a declared measure.
 */
final class ChecksSelector {

    private ChecksSelector() {
    }

    /** Adds the catalogue to the builder with the plan's inclusions and exclusions; returns the checks that run. */
    static List<Check> apply(ChecksPlan plan, List<Check> catalogue, Assessment.Builder builder, PlanContext ctx) {
        Map<String, Check> byId = new LinkedHashMap<>();
        catalogue.forEach(c -> byId.put(c.descriptor().id(), c));
        List<Check> selected = plan == null || plan.include() == null ? catalogue : include(plan.include(), byId, ctx);
        if (plan != null && plan.exclude() != null) {
            List<String> excluded = new ArrayList<>();
            for (int i = 0; i < plan.exclude().size(); i++) {
                String path = FieldPath.index("checks.exclude", i);
                String id = ctx.required(plan.exclude().get(i), path);
                if (!byId.containsKey(id)) {
                    throw ctx.error(path, unknown(id, byId));
                }
                excluded.add(id);
            }
            selected = selected.stream().filter(c -> !excluded.contains(c.descriptor().id())).toList();
        }
        builder.checks(catalogue);
        builder.include(selected.stream().map(c -> c.descriptor().id()).toList());
        Map<String, Check> selectedById = new LinkedHashMap<>();
        selected.forEach(c -> selectedById.put(c.descriptor().id(), c));
        if (plan != null && plan.parameters() != null) {
            plan.parameters().forEach((id, values) -> {
                String path = FieldPath.field("checks.parameters", id);
                CheckDescriptor d = find(id, path, byId, selectedById, ctx);
                ctx.required(values, path);
                values.forEach((name, value) -> {
                    String at = FieldPath.field(path, name);
                    ParameterSpec spec = d.parameter(name).orElseThrow(() -> ctx.error(at, id + " has no parameter \""
                            + name + "\"; its parameters are " + d.parameters().stream().map(ParameterSpec::name).toList()));
                    ctx.required(value, at);
                    try {
                        spec.validate(id, value);
                    } catch (IllegalArgumentException e) {
                        throw ctx.error(at, e.getMessage());
                    }
                    builder.parameter(id, name, value);
                });
            });
        }
        if (plan != null && plan.criteria() != null) {
            plan.criteria().forEach((id, criteria) -> {
                String path = FieldPath.field("checks.criteria", id);
                CheckDescriptor d = find(id, path, byId, selectedById, ctx);
                ctx.required(criteria, path);
                for (int i = 0; i < criteria.size(); i++) {
                    String at = FieldPath.index(path, i);
                    Criterion criterion;
                    try {
                        criterion = Criterion.parse(ctx.required(criteria.get(i), at));
                    } catch (IllegalArgumentException e) {
                        throw ctx.error(at, e.getMessage());
                    }
                    requireDeclared(d, criteria.get(i), criterion, at, ctx);
                    builder.criterion(id, criteria.get(i));
                }
            });
        }
        return selected;
    }

    /** A criterion must name a measure the check declares (a check that declares none is not validated here). */
    private static void requireDeclared(CheckDescriptor d, String written, Criterion criterion, String at,
                                        PlanContext ctx) {
        if (d.declaresMeasures() && !d.declares(criterion.measure())) {
            throw ctx.error(at, "\"" + written.trim() + "\" names no measure of " + d.id() + "; its measures are "
                    + d.measures());
        }
    }

    private static List<Check> include(List<String> ids, Map<String, Check> byId, PlanContext ctx) {
        List<Check> selected = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String path = FieldPath.index("checks.include", i);
            String id = ctx.required(ids.get(i), path);
            Check check = byId.get(id);
            if (check == null) {
                throw ctx.error(path, unknown(id, byId));
            }
            if (selected.contains(check)) {
                throw ctx.error(path, id + " is included twice");
            }
            selected.add(check);
        }
        return selected;
    }

    private static CheckDescriptor find(String id, String path, Map<String, Check> all, Map<String, Check> selected,
                                        PlanContext ctx) {
        if (!all.containsKey(id)) {
            throw ctx.error(path, unknown(id, all));
        }
        if (!selected.containsKey(id)) {
            throw ctx.error(path, id + " is not among the included checks " + selected.keySet());
        }
        return all.get(id).descriptor();
    }

    private static String unknown(String id, Map<String, Check> byId) {
        return "unknown check \"" + id + "\"; the checks are " + byId.keySet();
    }
}
