package io.github.tenken.checks.constraints;

import io.github.tenken.data.Schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules the data must keep, declared by the user: per column a range, an allowed set, a pattern, never missing,
 * unique; across columns a comparison of two arithmetic expressions with a tolerance. Immutable; each rule is
 * checked as it is added (a rule that does not parse is an error naming the position).
 *
 * <pre>{@code
 * Constraints rules = Constraints.builder()
 *         .range("age", 17, 90)
 *         .allowed("sex", "Male", "Female")
 *         .regex("zip", "\\d{5}")
 *         .notNull("id").unique("id")
 *         .rule("experience == age - education - 6", 0.5)
 *         .rule("start <= end")
 *         .build();
 * Assessment.builder()....checks(CheckCatalog.load()).check(new ConstraintsCheck(rules));
 * }</pre>
 */
public final class Constraints {

    private static final Constraints NONE = new Constraints(List.of());

    private final List<Constraint> rules;

    private Constraints(List<Constraint> rules) {
        this.rules = List.copyOf(rules);
    }

    /** No rules. */
    public static Constraints none() {
        return NONE;
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The rules in the order they were declared. */
    public List<Constraint> rules() {
        return rules;
    }

    /** Whether no rule is declared. */
    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** Every column some rule reads, in order of first appearance. */
    public List<String> columns() {
        Set<String> out = new LinkedHashSet<>();
        rules.forEach(r -> out.addAll(r.columns()));
        return List.copyOf(out);
    }

    /** Checks every rule against a dataset's schema; the first error names the rule's column and the known ones. */
    public void validate(Schema schema, String dataset) {
        rules.forEach(r -> r.validate(schema, dataset));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Constraints c && c.rules.equals(rules);
    }

    @Override
    public int hashCode() {
        return rules.hashCode();
    }

    @Override
    public String toString() {
        return "Constraints" + rules;
    }

    /** Adds rules one by one; {@link #build()} gives the immutable set. */
    public static final class Builder {
        private final List<Constraint> rules = new ArrayList<>();

        private Builder() {
        }

        /** {@code min <= column <= max}; an infinite bound leaves that side open. */
        public Builder range(String column, double min, double max) {
            return add(new Constraint.Range(column, min, max));
        }

        /** {@code column >= min}. */
        public Builder min(String column, double min) {
            return add(new Constraint.Range(column, min, Double.POSITIVE_INFINITY));
        }

        /** {@code column <= max}. */
        public Builder max(String column, double max) {
            return add(new Constraint.Range(column, Double.NEGATIVE_INFINITY, max));
        }

        /** The column's value is one of these. */
        public Builder allowed(String column, String... values) {
            return allowed(column, List.of(values));
        }

        /** The column's value is one of these. */
        public Builder allowed(String column, List<String> values) {
            return add(new Constraint.Allowed(column, values));
        }

        /** The whole text of the column's value matches the regular expression. */
        public Builder regex(String column, String regex) {
            return add(new Constraint.Matches(column, regex));
        }

        /** No value of the column is missing. */
        public Builder notNull(String column) {
            return add(new Constraint.NotNull(column));
        }

        /** No present value of the column occurs twice. */
        public Builder unique(String column) {
            return add(new Constraint.Unique(column));
        }

        /** A comparison across numeric columns that must hold exactly, e.g. {@code start <= end}. */
        public Builder rule(String text) {
            return rule(text, 0);
        }

        /** A comparison across numeric columns within a tolerance, e.g. {@code experience == age - education - 6}. */
        public Builder rule(String text, double tolerance) {
            return add(RuleParser.parse(text, tolerance));
        }

        /** Adds a rule made elsewhere. */
        public Builder add(Constraint rule) {
            rules.add(java.util.Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /** The rules. */
        public Constraints build() {
            return rules.isEmpty() ? NONE : new Constraints(rules);
        }
    }
}
