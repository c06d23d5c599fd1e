package io.github.tenken.checks.constraints;

import java.util.List;

/**
 * What {@link ConstraintScan} found in one dataset: per rule the rows evaluated, broken and not evaluated with the
 * first rows that broke it, and the rows that broke at least one rule (each row once).
 *
 * @param rows          rows scanned
 * @param violatingRows rows that broke at least one rule
 * @param rules         one tally per rule, in the order the rules were declared
 */
public record ConstraintTally(long rows, long violatingRows, List<RuleTally> rules) {

    public ConstraintTally {
        rules = List.copyOf(rules);
    }

    /**
     * One rule's counts.
     *
     * @param rule         the rule
     * @param evaluated    rows the rule could be decided on
     * @param violations   rows that broke it
     * @param notEvaluated rows with a missing operand
     * @param firstRows    the first rows that broke it, in row order
     */
    public record RuleTally(Constraint rule, long evaluated, long violations, long notEvaluated,
                            List<Violation> firstRows) {
        public RuleTally {
            firstRows = List.copyOf(firstRows);
        }

        /** Violations per row evaluated; 0 when none was. */
        public double share() {
            return evaluated == 0 ? 0 : (double) violations / evaluated;
        }
    }

    /**
     * A row that broke a rule, with the values of the rule's columns.
     *
     * @param row     the row's 1-based number in its dataset
     * @param columns the rule's columns
     * @param values  their values as text, {@code null} where missing
     */
    public record Violation(long row, List<String> columns, List<String> values) {
        public Violation {
            columns = List.copyOf(columns);
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}
