package io.github.tenken.data;

import io.github.tenken.internal.Preconditions;

import java.util.List;
import java.util.function.IntPredicate;
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
        return matcher(table.asBatch()).test(row);
    }

    /**
     * A test of the batch's rows against this condition, with the categories resolved to codes once: a missing
     * value, a category the dictionary does not hold, or a value outside the range never matches.
     */
    public IntPredicate matcher(Batch batch) {
        Column c = batch.column(column);
        if (isRange()) {
            if (!(c instanceof NumericColumn n)) {
                throw new IllegalArgumentException("condition " + this + " is a range but column \"" + column
                        + "\" is " + c.type().key());
            }
            return row -> {
                double v = n.get(row);
                return v >= min && v < max;   // NaN (missing) fails both
            };
        }
        if (c instanceof NumericColumn n) {
            double[] accepted = values.stream().mapToDouble(Condition::number).filter(v -> !Double.isNaN(v)).toArray();
            return row -> {
                double v = n.get(row);
                for (double a : accepted) {
                    if (v == a) {
                        return true;
                    }
                }
                return false;
            };
        }
        if (!(c instanceof CategoricalColumn k)) {
            throw new IllegalArgumentException("condition " + this + " names values but column \"" + column
                    + "\" is " + c.type().key());
        }
        CategoryDictionary d = k.dictionary();
        boolean[] accepted = new boolean[d.size()];
        for (String v : values) {
            int code = d.find(v);
            if (code >= 0 && code < accepted.length) {
                accepted[code] = true;
            }
        }
        return row -> {
            int code = k.code(row);
            return code >= 0 && code < accepted.length && accepted[code];
        };
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
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
