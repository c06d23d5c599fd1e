package io.github.tenken.cli.plan;

import io.github.tenken.data.Dataset;
import io.github.tenken.data.ExpectedShares;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the plan's {@code expected} object, {@code {"sex": {"Female": 0.5, "Male": 0.5}}}, into
 * {@link ExpectedShares}, in the plan's order, naming the field of any problem: a column the training data do not
 * have, a share that is missing or outside 0 to 1, shares summing above 1.
 */
final class ExpectedSharesParser {

    private ExpectedSharesParser() {
    }

    static List<ExpectedShares> parse(Map<String, Map<String, Double>> expected, Dataset training, PlanContext ctx) {
        if (expected == null) {
            return List.of();
        }
        List<ExpectedShares> all = new ArrayList<>();
        for (Map.Entry<String, Map<String, Double>> e : expected.entrySet()) {
            String at = FieldPath.field("expected", e.getKey());
            if (!training.schema().has(e.getKey())) {
                throw ctx.error(at, "the training data have no column \"" + e.getKey() + "\"; its columns are "
                        + training.schema().names());
            }
            Map<String, Double> shares = ctx.required(e.getValue(), at);
            for (Map.Entry<String, Double> s : shares.entrySet()) {
                ctx.required(s.getValue(), FieldPath.field(at, s.getKey()));
            }
            try {
                all.add(new ExpectedShares(e.getKey(), shares));
            } catch (IllegalArgumentException ex) {
                throw ctx.error(at, ex.getMessage());
            }
        }
        return all;
    }
}
