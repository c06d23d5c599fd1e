package io.github.tenken.report.qunomon;

import java.math.BigDecimal;

/**
 * How numbers are written as the strings the test bed expects: the shortest decimal that reads back as the same
 * {@code double}, without exponent ({@code 0.8312}, {@code 16281}, {@code 0.00001}), so that Python's {@code float()}
 * on the test bed recovers the exact value; {@code NaN}, {@code Infinity} and {@code -Infinity} as Python writes them.
 */
final class AitValues {

    private AitValues() {
    }

    /** The value as a string that reads back exactly. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == 0) {
            return "0";   // also -0.0, which BigDecimal would print as 0.0
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
