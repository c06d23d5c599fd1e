package io.github.tenken.cli.plan;

import java.util.List;

/**
 * One condition of a case: either {@code column} equals one of {@code equals}, or {@code min <= column < max}
 * (either bound may be left out).
 *
 * @param column the column
 * @param equals the accepted categories
 * @param min    inclusive lower bound
 * @param max    exclusive upper bound
 */
public record ConditionPlan(String column, List<String> equals, Double min, Double max) {
}
