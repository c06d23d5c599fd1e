package io.github.tenken.check;

import io.github.tenken.internal.Formats;
import io.github.tenken.internal.Preconditions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An acceptance criterion {@code measure OP threshold}, such as {@code accuracy >= 0.80}.
 *
 * @param measure   the measure's name
 * @param operator  the comparison
 * @param threshold the threshold
 */
public record Criterion(String measure, Operator operator, double threshold) {

    private static final Pattern FORM = Pattern.compile("\\s*([A-Za-z_][\\w.\\-]*)\\s*(>=|<=|==|!=|>|<)\\s*(\\S+)\\s*");

    public Criterion {
        Preconditions.notBlank(measure, "criterion measure");
        Preconditions.notNull(operator, "criterion operator");
        Preconditions.check(!Double.isNaN(threshold), "criterion on %s: threshold must be a number", measure);
    }

    /** Parses {@code "accuracy >= 0.80"}; the error quotes the text and the expected form. */
    public static Criterion parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a criterion: \"" + text
                    + "\"; expected \"measure OP number\" with OP one of >=, <=, >, <, ==, !=, e.g. \"accuracy >= 0.8\"");
        }
        try {
            return new Criterion(m.group(1), Operator.ofSymbol(m.group(2)), Double.parseDouble(m.group(3)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a criterion: \"" + text + "\"; \"" + m.group(3)
                    + "\" is not a number");
        }
    }

    /** Whether the value meets the criterion. */
    public boolean holds(double value) {
        return operator.test(value, threshold);
    }

    /**
     * How far a value is from failing this criterion, negative when it falls short: {@code value - threshold} for
     * {@code >=} and {@code >}, {@code threshold - value} for {@code <=} and {@code <}, minus the distance for
     * {@code ==}, the distance for {@code !=}.
     */
    public double margin(double value) {
        double d = value - threshold;
        return switch (operator) {
            case GE, GT -> d;
            case LE, LT -> -d;
            case EQ -> -Math.abs(d);
            case NE -> Math.abs(d);
        };
    }

    /** {@code accuracy >= 0.8}. */
    @Override
    public String toString() {
        return measure + " " + operator.symbol() + " " + Formats.number(threshold);
    }
}
