package io.github.tenken.data;

import io.github.tenken.internal.Preconditions;

import java.util.List;
import java.util.Locale;

/**
 * One predicate of a {@link CaseDefinition}: {@code column = value} (one of several values) for a categorical
 * column, or {@code min <= column < max} for a numeric one. A missing value never matches.
 *
 * @param column the column
 * @param values the accepted categories; empty for a range
 * @param min    inclusive lower bound of a range ({@code -Infinity} for none)
 * @param max    exclusive upper bound of a range ({@code +Infinity} for none)
 */
public record Condition(String column, List<String> values, double min, double max) {

    public Condition {
        Preconditions.notBlank(column, "condition column");
        values = List.copyOf(values);
        Preconditions.check(!values.isEmpty() || min < max || Double.isInfinite(min) || Double.isInfinite(max),
                "condition on \"%s\": min %s must be below max %s", column, min, max);
    }

    /** {@code column = value}, or one of several values. */
    public static Condition equalTo(String column, String... values) {
        Preconditions.check(values.length > 0, "condition on \"%s\" needs at least one value", column);
        return new Condition(column, List.of(values), Double.NaN, Double.NaN);
    }

    /** {@code min <= column < max}. */
    public static Condition between(String column, double min, double max) {
        return new Condition(column, List.of(), min, max);
    }

    /** Whether this is a range on a numeric column. */
    public boolean isRange() {
        return values.isEmpty();
    }

    /** Whether the row of the table satisfies the condition. */
    public boolean matches(Table table, int row) {
        Column c = table.column(column);
        if (c.isMissing(row)) {
            return false;
        }
        if (isRange()) {
            if (!(c instanceof NumericColumn n)) {
                throw new IllegalArgumentException("condition " + this + " is a range but column \"" + column
                        + "\" of " + table.name() + " is categorical");
            }
            double v = n.get(row);
            return v >= min && v < max;
        }
        return values.contains(c.text(row));
    }

    @Override
    public String toString() {
        if (isRange()) {
            String lo = Double.isInfinite(min) ? "" : fmt(min) + " <= ";
            String hi = Double.isInfinite(max) ? "" : " < " + fmt(max);
            return lo + column + hi;
        }
        return values.size() == 1 ? column + " = " + values.get(0) : column + " in " + values;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
