package io.github.tenken.cli.plan;

import java.util.List;

/**
 * One entry of a plan's {@code constraints}: rules on one column, or one rule across numeric columns.
 *
 * <pre>{@code
 * {"column": "age", "min": 17, "max": 90}
 * {"column": "sex", "allowed": ["Male", "Female"]}
 * {"column": "zip", "regex": "\\d{5}"}
 * {"column": "id", "notNull": true, "unique": true}
 * {"rule": "experience == age - education - 6", "tolerance": 0.5}
 * }</pre>
 *
 * @param column    the column the rules of this entry are about
 * @param min       the smallest value allowed (inclusive)
 * @param max       the largest value allowed (inclusive)
 * @param allowed   the values allowed
 * @param regex     a regular expression the whole value must match
 * @param notNull   whether the column must never be missing
 * @param unique    whether no present value may occur twice
 * @param rule      a comparison across numeric columns, e.g. {@code start <= end}
 * @param tolerance how far the rule's two sides may miss it (default 0)
 */
public record ConstraintPlan(String column, Double min, Double max, List<String> allowed, String regex,
                             Boolean notNull, Boolean unique, String rule, Double tolerance) {
}
