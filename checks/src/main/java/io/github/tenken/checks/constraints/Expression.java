package io.github.tenken.checks.constraints;

import io.github.tenken.data.Batch;
import io.github.tenken.internal.Formats;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

/**
 * An arithmetic expression over numeric columns, one side of a {@link Constraint.Compare}: numbers, columns,
 * {@code + - * /}, unary minus. Records, so two equal rules are equal and share one analyzer.
 */
public sealed interface Expression {

    /** The columns the expression reads, in order of first appearance. */
    default List<String> columns() {
        Set<String> out = new LinkedHashSet<>();
        collect(out);
        return List.copyOf(out);
    }

    /** Adds the columns read to {@code out}. */
    void collect(Set<String> out);

    /**
     * The expression over a batch's rows: a function of the row index, {@code NaN} when an operand is missing.
     * Reads every column once into an array, so that evaluating a row allocates nothing.
     */
    IntToDoubleFunction over(Batch batch);

    /** A number written in the rule. */
    record Number(double value) implements Expression {
        @Override
        public void collect(Set<String> out) {
        }

        @Override
        public IntToDoubleFunction over(Batch batch) {
            double v = value;
            return row -> v;
        }

        @Override
        public String toString() {
            return Formats.number(value);
        }
    }

    /** A numeric column. */
    record Column(String name) implements Expression {
        @Override
        public void collect(Set<String> out) {
            out.add(name);
        }

        @Override
        public IntToDoubleFunction over(Batch batch) {
            double[] values = batch.numeric(name).copyValues();
            return row -> values[row];
        }

        @Override
        public String toString() {
            return RuleParser.isPlainName(name) ? name : "`" + name + "`";
        }
    }

    /** {@code -operand}. */
    record Negate(Expression operand) implements Expression {
        @Override
        public void collect(Set<String> out) {
            operand.collect(out);
        }

        @Override
        public IntToDoubleFunction over(Batch batch) {
            IntToDoubleFunction f = operand.over(batch);
            return row -> -f.applyAsDouble(row);
        }

        @Override
        public String toString() {
            return "-" + (operand instanceof Binary ? "(" + operand + ")" : operand.toString());
        }
    }

    /** {@code left op right} with op one of {@code + - * /}. */
    record Binary(char op, Expression left, Expression right) implements Expression {

        public Binary {
            if ("+-*/".indexOf(op) < 0) {
                throw new IllegalArgumentException("not an arithmetic operator: " + op);
            }
        }

        @Override
        public void collect(Set<String> out) {
            left.collect(out);
            right.collect(out);
        }

        @Override
        public IntToDoubleFunction over(Batch batch) {
            IntToDoubleFunction l = left.over(batch);
            IntToDoubleFunction r = right.over(batch);
            return switch (op) {
                case '+' -> row -> l.applyAsDouble(row) + r.applyAsDouble(row);
                case '-' -> row -> l.applyAsDouble(row) - r.applyAsDouble(row);
                case '*' -> row -> l.applyAsDouble(row) * r.applyAsDouble(row);
                default -> row -> l.applyAsDouble(row) / r.applyAsDouble(row);
            };
        }

        private int precedence() {
            return op == '*' || op == '/' ? 2 : 1;
        }

        /** With the fewest parentheses that keep the tree: {@code a - (b - c)}, {@code (a + b) * c}. */
        @Override
        public String toString() {
            boolean leftParens = left instanceof Binary b && b.precedence() < precedence();
            boolean rightParens = right instanceof Binary b && b.precedence() <= precedence();
            String l = leftParens ? "(" + left + ")" : left.toString();
            String r = rightParens ? "(" + right + ")" : right.toString();
            return l + " " + op + " " + r;
        }
    }
}
