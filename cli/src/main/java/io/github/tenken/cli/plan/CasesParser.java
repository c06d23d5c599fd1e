package io.github.tenken.cli.plan;

import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Condition;
import io.github.tenken.data.Dataset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns the {@code cases} of a plan into {@link CaseDefinition}s, checking their columns against the training data. */
final class CasesParser {

    private CasesParser() {
    }

    static List<CaseDefinition> parse(List<CasePlan> plans, Dataset training, PlanContext ctx) {
        if (plans == null) {
            return List.of();
        }
        List<CaseDefinition> cases = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < plans.size(); i++) {
            String path = FieldPath.index("cases", i);
            CasePlan plan = ctx.required(plans.get(i), path);
            String name = ctx.required(plan.name(), path + ".name");
            if (!names.add(name)) {
                throw ctx.error(path + ".name", "a second case named \"" + name + "\"");
            }
            List<ConditionPlan> conditions = plan.conditions();
            if (conditions == null || conditions.isEmpty()) {
                throw ctx.error(path + ".conditions", "required: at least one condition");
            }
            List<Condition> parsed = new ArrayList<>();
            for (int j = 0; j < conditions.size(); j++) {
                parsed.add(condition(conditions.get(j), FieldPath.index(path + ".conditions", j), training, ctx));
            }
            List<String> risks = plan.risks() == null ? List.of() : plan.risks();
            for (int j = 0; j < risks.size(); j++) {
                ctx.required(risks.get(j), FieldPath.index(path + ".risks", j));
            }
            cases.add(new CaseDefinition(name, parsed, risks));
        }
        return cases;
    }

    private static Condition condition(ConditionPlan plan, String path, Dataset training, PlanContext ctx) {
        ctx.required(plan, path);
        String columnName = ctx.required(plan.column(), path + ".column");
        ColumnType type = training.schema().find(columnName).map(f -> f.type()).orElseThrow(() -> ctx.error(path
                + ".column", "column \"" + columnName + "\" not found in the training data " + training.name()
                + "; columns are " + training.schema().names()));
        boolean range = plan.min() != null || plan.max() != null;
        if (plan.equals() != null && range) {
            throw ctx.error(path, "give either \"equals\" or \"min\"/\"max\", not both");
        }
        if (plan.equals() != null) {
            if (plan.equals().isEmpty()) {
                throw ctx.error(path + ".equals", "required: at least one value");
            }
            for (int k = 0; k < plan.equals().size(); k++) {
                ctx.required(plan.equals().get(k), FieldPath.index(path + ".equals", k));
            }
            return Condition.equalTo(columnName, plan.equals().toArray(String[]::new));
        }
        if (!range) {
            throw ctx.error(path, "needs \"equals\": [values] or \"min\"/\"max\"");
        }
        if (type != ColumnType.NUMERIC) {
            throw ctx.error(path, "a range needs a numeric column, but \"" + columnName + "\" is " + type.key()
                    + "; use \"equals\"");
        }
        double min = plan.min() == null ? Double.NEGATIVE_INFINITY : plan.min();
        double max = plan.max() == null ? Double.POSITIVE_INFINITY : plan.max();
        if (!(min < max)) {
            throw ctx.error(path, "min " + plan.min() + " must be below max " + plan.max());
        }
        return Condition.between(columnName, min, max);
    }
}
