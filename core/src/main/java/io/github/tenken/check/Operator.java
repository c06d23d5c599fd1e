package io.github.tenken.check;

import java.util.Arrays;

/** The comparison of a criterion, with the six operators of the AIST test bed. */
public enum Operator {
    /** Greater than or equal. */
    GE(">="),
    /** Less than or equal. */
    LE("<="),
    /** Greater than. */
    GT(">"),
    /** Less than. */
    LT("<"),
    /** Equal. */
    EQ("=="),
    /** Not equal. */
    NE("!=");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The symbol, e.g. {@code >=}. */
    public String symbol() {
        return symbol;
    }

    /** Whether {@code value OP threshold} holds; {@code NaN} never holds. */
    public boolean test(double value, double threshold) {
        if (Double.isNaN(value)) {
            return false;
        }
        return switch (this) {
            case GE -> value >= threshold;
            case LE -> value <= threshold;
            case GT -> value > threshold;
            case LT -> value < threshold;
            case EQ -> value == threshold;
            case NE -> value != threshold;
        };
    }

    /** The operator written as {@code symbol}. */
    public static Operator ofSymbol(String symbol) {
        return Arrays.stream(values()).filter(o -> o.symbol.equals(symbol.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown operator \"" + symbol
                        + "\"; expected one of >=, <=, >, <, ==, !="));
    }
}
