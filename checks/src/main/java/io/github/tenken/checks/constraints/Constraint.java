package io.github.tenken.checks.constraints;

import io.github.tenken.check.Operator;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Schema;
import io.github.tenken.internal.Formats;
import io.github.tenken.internal.Preconditions;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One declared rule of {@link Constraints}: on one column (a range, an allowed set, a pattern, never missing, unique)
 * or across numeric columns (a comparison of two expressions with a tolerance). Records, so that equal rules are
 * equal and one analyzer serves every check that declares them.
 */
public sealed interface Constraint {

    /** The columns the rule reads. */
    List<String> columns();

    /** The rule as a reader sees it in a table. */
    Message describe();

    /** Checks the rule against a dataset's schema: each column exists and has a type the rule can read. */
    void validate(Schema schema, String dataset);

    /** {@code min <= column <= max} on a numeric column; an infinite bound is open. */
    record Range(String column, double min, double max) implements Constraint {
        public Range {
            Preconditions.notBlank(column, "column of a range");
            Preconditions.check(!Double.isNaN(min) && !Double.isNaN(max), "range of column \"%s\": a bound is NaN",
                    column);
            Preconditions.check(min <= max, "range of column \"%s\": min %s is above max %s", column,
                    Formats.number(min), Formats.number(max));
            Preconditions.check(min > Double.NEGATIVE_INFINITY || max < Double.POSITIVE_INFINITY,
                    "range of column \"%s\": give a min, a max or both", column);
        }

        @Override
        public List<String> columns() {
            return List.of(column);
        }

        @Override
        public Message describe() {
            if (min == Double.NEGATIVE_INFINITY) {
                return Message.of("b3.constraints.rule.max", column, Arg.num(max));
            }
            if (max == Double.POSITIVE_INFINITY) {
                return Message.of("b3.constraints.rule.min", column, Arg.num(min));
            }
            return Message.of("b3.constraints.rule.range", column, Arg.num(min), Arg.num(max));
        }

        @Override
        public void validate(Schema schema, String dataset) {
            Columns.require(schema, dataset, column, "a range", ColumnType.NUMERIC);
        }
    }

    /**
     * The column's value is one of these: texts of a categorical column, numbers of a numeric one (written as text),
     * values of an identifier column (compared by their hash).
     */
    record Allowed(String column, List<String> values) implements Constraint {
        public Allowed {
            Preconditions.notBlank(column, "column of an allowed set");
            values = List.copyOf(Preconditions.notEmpty(values, "allowed values of column \"" + column + "\""));
        }

        @Override
        public List<String> columns() {
            return List.of(column);
        }

        @Override
        public Message describe() {
            return Message.of("b3.constraints.rule.allowed", column, values);
        }

        @Override
        public void validate(Schema schema, String dataset) {
            Columns.require(schema, dataset, column, "an allowed set", ColumnType.NUMERIC, ColumnType.CATEGORICAL,
                    ColumnType.IDENTIFIER);
            if (schema.type(column) == ColumnType.NUMERIC) {
                for (String v : values) {
                    Preconditions.check(Columns.number(v) != null, "allowed values of numeric column \"%s\": \"%s\" "
                            + "is not a number", column, v);
                }
            }
        }
    }

    /** The whole text of the column's value matches a regular expression (Java syntax). */
    record Matches(String column, String regex) implements Constraint {
        public Matches {
            Preconditions.notBlank(column, "column of a pattern");
            Preconditions.notNull(regex, "pattern of column \"" + column + "\"");
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("pattern of column \"" + column + "\": \"" + regex
                        + "\" is not a regular expression: " + e.getDescription() + " at position "
                        + (e.getIndex() + 1));
            }
        }

        @Override
        public List<String> columns() {
            return List.of(column);
        }

        @Override
        public Message describe() {
            return Message.of("b3.constraints.rule.regex", column, regex);
        }

        @Override
        public void validate(Schema schema, String dataset) {
            Columns.require(schema, dataset, column, "a pattern", ColumnType.CATEGORICAL, ColumnType.NUMERIC);
        }
    }

    /** No value of the column is missing. */
    record NotNull(String column) implements Constraint {
        public NotNull {
            Preconditions.notBlank(column, "column of a not-null rule");
        }

        @Override
        public List<String> columns() {
            return List.of(column);
        }

        @Override
        public Message describe() {
            return Message.of("b3.constraints.rule.notNull", column);
        }

        @Override
        public void validate(Schema schema, String dataset) {
            Columns.require(schema, dataset, column, "a not-null rule", ColumnType.values());
        }
    }

    /** No present value of the column occurs twice; a row repeating an earlier row's value breaks it. */
    record Unique(String column) implements Constraint {
        public Unique {
            Preconditions.notBlank(column, "column of a unique rule");
        }

        @Override
        public List<String> columns() {
            return List.of(column);
        }

        @Override
        public Message describe() {
            return Message.of("b3.constraints.rule.unique", column);
        }

        @Override
        public void validate(Schema schema, String dataset) {
            Columns.require(schema, dataset, column, "a unique rule", ColumnType.values());
        }
    }

    /**
     * {@code left op right} over numeric columns, within a tolerance {@code t}: with {@code d = left - right},
     * {@code ==} holds when {@code |d| <= t}, {@code !=} when {@code |d| > t}, {@code <=} when {@code d <= t},
     * {@code <} when {@code d < t}, {@code >=} when {@code d >= -t}, {@code >} when {@code d > -t}. A row with a
     * missing operand, or whose sides are not numbers (0 / 0), is not evaluated.
     *
     * @param text      the rule as written, e.g. {@code experience == age - education - 6}
     * @param left      the left side
     * @param operator  the comparison
     * @param right     the right side
     * @param tolerance how far the sides may miss the comparison, {@code >= 0}
     */
    record Compare(String text, Expression left, Operator operator, Expression right, double tolerance)
            implements Constraint {

        public Compare {
            Preconditions.check(tolerance >= 0 && Double.isFinite(tolerance),
                    "rule \"%s\": the tolerance must be a number >= 0, was %s", text, tolerance);
        }

        @Override
        public List<String> columns() {
            java.util.Set<String> all = new java.util.LinkedHashSet<>(left.columns());
            all.addAll(right.columns());
            return List.copyOf(all);
        }

        /** Whether the difference {@code left - right} keeps the rule ({@code NaN} never does). */
        public boolean holds(double difference) {
            return switch (operator) {
                case EQ -> Math.abs(difference) <= tolerance;
                case NE -> Math.abs(difference) > tolerance;
                case LE -> difference <= tolerance;
                case LT -> difference < tolerance;
                case GE -> difference >= -tolerance;
                case GT -> difference > -tolerance;
            };
        }

        @Override
        public Message describe() {
            return tolerance == 0 ? Message.of("b3.constraints.rule.compare", text)
                    : Message.of("b3.constraints.rule.compareTolerance", text, Arg.num(tolerance));
        }

        @Override
        public void validate(Schema schema, String dataset) {
            for (String c : columns()) {
                Columns.require(schema, dataset, c, "the rule \"" + text + "\"", ColumnType.NUMERIC);
            }
        }
    }
}
