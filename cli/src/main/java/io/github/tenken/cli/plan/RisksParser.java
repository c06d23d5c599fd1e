package io.github.tenken.cli.plan;

import io.github.tenken.data.Dataset;
import io.github.tenken.data.Risk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns the {@code risks} of a plan into {@link Risk}s, checking ids are unique and attributes are columns. */
final class RisksParser {

    private RisksParser() {
    }

    static List<Risk> parse(List<RiskPlan> plans, Dataset training, PlanContext ctx) {
        if (plans == null) {
            return List.of();
        }
        List<Risk> risks = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < plans.size(); i++) {
            String path = FieldPath.index("risks", i);
            RiskPlan plan = ctx.required(plans.get(i), path);
            String id = ctx.required(plan.id(), path + ".id").trim();
            if (!ids.add(id)) {
                throw ctx.error(path + ".id", "a second risk with the id " + id);
            }
            String cause = ctx.required(plan.cause(), path + ".cause");
            List<String> attributes = plan.attributes() == null ? List.of() : plan.attributes();
            for (int j = 0; j < attributes.size(); j++) {
                String at = FieldPath.index(path + ".attributes", j);
                String column = ctx.required(attributes.get(j), at);
                if (!training.schema().has(column)) {
                    throw ctx.error(at, "column \"" + column + "\" not found in the training data " + training.name()
                            + "; columns are " + training.schema().names());
                }
            }
            risks.add(new Risk(id, cause, attributes));
        }
        return risks;
    }
}
