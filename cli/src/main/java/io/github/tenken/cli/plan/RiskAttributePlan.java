package io.github.tenken.cli.plan;

import java.util.List;

/**
 * A declared risk attribute of a plan: {@code {"column": "sex"}} or {@code {"column": "age", "edges": [25, 45]}}.
 *
 * @param column the column
 * @param edges  the cut points of a numeric column; absent for a categorical one
 */
public record RiskAttributePlan(String column, List<Double> edges) {
}
