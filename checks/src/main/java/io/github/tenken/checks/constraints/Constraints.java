package io.github.tenken.checks.constraints;

import io.github.tenken.data.Schema;
import io.github.tenken.data.Table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

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

    private static final Constraints NONE = new Constraints(List.of(), List.of());

    private final List<Constraint> rules;
    private final List<InlineConstraint> inline;

    private Constraints(List<Constraint> rules, List<InlineConstraint> inline) {
        this.rules = List.copyOf(rules);
        this.inline = List.copyOf(inline);
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

    /** The rules written as lambdas over a whole dataset, in the order they were declared. */
    public List<InlineConstraint> inline() {
        return inline;
    }

    /** Whether no rule is declared, neither a declared rule nor a lambda. */
    public boolean isEmpty() {
        return rules.isEmpty() && inline.isEmpty();
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
        return o instanceof Constraints c && c.rules.equals(rules) && c.inline.equals(inline);
    }

    @Override
    public int hashCode() {
        return 31 * rules.hashCode() + inline.hashCode();
    }

    @Override
    public String toString() {
        return "Constraints" + rules + (inline.isEmpty() ? "" : " inline " + inline.stream()
                .map(InlineConstraint::name).toList());
    }

    /** Adds rules one by one; {@link #build()} gives the immutable set. */
    public static final class Builder {
        private final List<Constraint> rules = new ArrayList<>();
        private final List<InlineConstraint> inline = new ArrayList<>();

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

        /**
         * A rule written as a lambda over each whole dataset (training, test, operation), returning how many of its
         * rows break the rule; no services file and no rule syntax needed. See {@link InlineConstraint}.
         *
         * <pre>{@code
         * .check("capital gain is never negative", table -> {
         *     NumericColumn gain = table.numeric("capital-gain");
         *     return IntStream.range(0, table.rowCount()).filter(i -> gain.get(i) < 0).count();
         * })
         * }</pre>
         *
         * @param name          what the rule says, e.g. {@code "capital gain is never negative"}
         * @param violatingRows the rows of the table that break the rule
         */
        public Builder check(String name, ToLongFunction<Table> violatingRows) {
            inline.add(new InlineConstraint(name, violatingRows));
            return this;
        }

        /** The rules. */
        public Constraints build() {
            return rules.isEmpty() && inline.isEmpty() ? NONE : new Constraints(rules, inline);
        }
    }
}
