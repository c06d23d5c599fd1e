package io.github.tenken.message;

import io.github.tenken.internal.Preconditions;

import java.util.List;

/**
 * A typed argument of a {@link Message}: how it is formatted is the renderer's business (thousands separators,
 * percentages, the list separator of the language), what it is, the check's.
 */
public sealed interface Arg {

    /** A count of things: {@code 16,281}. */
    record Count(long value) implements Arg {
    }

    /** A share of a whole, shown as a percentage: {@code 24.1%}, {@code <0.1%}. */
    record Share(double value) implements Arg {
    }

    /** A real number, shown with at most four significant decimals. */
    record Num(double value) implements Arg {
    }

    /** Text shown as it is, never translated: a data value, a column name, an id, a criterion. */
    record Text(String value) implements Arg {
        public Text {
            value = value == null ? "" : value;
        }
    }

    /** A message of its own, translated and inserted. */
    record Nested(Message message) implements Arg {
        public Nested {
            Preconditions.notNull(message, "nested message");
        }
    }

    /** Arguments joined with the language's list separator. */
    record Join(List<Arg> items) implements Arg {
        public Join {
            items = List.copyOf(items);
        }
    }

    /** A count. */
    static Arg count(long value) {
        return new Count(value);
    }

    /** A share, shown as a percentage. */
    static Arg share(double value) {
        return new Share(value);
    }

    /** A real number. */
    static Arg num(double value) {
        return new Num(value);
    }

    /** Verbatim text. */
    static Arg text(String value) {
        return new Text(value);
    }

    /** A nested message. */
    static Arg message(Message message) {
        return new Nested(message);
    }

    /** A list of arguments. */
    static Arg join(List<Arg> items) {
        return new Join(items);
    }

    /**
     * The argument a plain value stands for: an {@code Arg} as it is; {@link Long}, {@link Integer} a count;
     * {@link Double} a number; {@link Message} nested; a {@link List} joined; anything else verbatim text.
     */
    static Arg of(Object value) {
        if (value instanceof Arg a) {
            return a;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return new Count(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return new Num(n.doubleValue());
        }
        if (value instanceof Message m) {
            return new Nested(m);
        }
        if (value instanceof List<?> list) {
            return new Join(list.stream().map(Arg::of).toList());
        }
        return new Text(String.valueOf(value));
    }
}
