package io.github.tenken.checks.io;

/**
 * Parses a decimal number ({@code -12}, {@code 3.5}, {@code .5}, {@code 1e-3}) exactly as
 * {@link Double#parseDouble} would, but only for that plain grammar: {@code NaN}, {@code Infinity}, hex floats,
 * surrounding spaces and Java suffixes such as {@code 1d} are not numbers in a data file.
 *
 * <p>Why not {@code Double.parseDouble} alone: it accepts {@code "1d"} and {@code " 2 "}, and is slow; values of up
 * to 15 significant digits and a power of ten within +-22 take Clinger's exact fast path (both factors are exact
 * doubles, so one correctly rounded multiplication or division gives the correctly rounded result).
 */
public final class NumberParser {

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private NumberParser() {
    }

    /**
     * The value of a field for a numeric column: the number written in {@code s}; an infinity when {@code s} is no
     * finite number ({@code Inf}, {@code -infinity}, {@code NaN} in any case, or a number too large for a double);
     * {@code NaN} when {@code s} is not a number at all.
     */
    static double value(String s) {
        double v = parse(s);
        return v == v || !isNonFiniteWord(s) ? v : Double.POSITIVE_INFINITY;
    }

    /** Whether {@code s} is {@code nan}, {@code inf} or {@code infinity} in any case, with an optional sign. */
    static boolean isNonFiniteWord(String s) {
        int from = !s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        int n = s.length() - from;
        if (n != 3 && n != 8) {
            return false;
        }
        StringBuilder lower = new StringBuilder(n);
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            lower.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        String w = lower.toString();
        return w.equals("nan") || w.equals("inf") || w.equals("infinity");
    }

    /** The number written in {@code s}, or {@code NaN} when {@code s} is not a plain decimal number. */
    public static double parse(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            negative = s.charAt(0) == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int exponent = 0;
        boolean anyDigit = false;
        char c = 0;
        for (; i < n; i++) {
            c = s.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            anyDigit = true;
            if (mantissa != 0 || c != '0') {
                if (significant < 18) {
                    mantissa = mantissa * 10 + (c - '0');
                } else {
                    exponent++;
                }
                significant++;
            }
        }
        if (i < n && c == '.') {
            for (i++; i < n; i++) {
                c = s.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                anyDigit = true;
                if (mantissa != 0 || c != '0') {
                    if (significant < 18) {
                        mantissa = mantissa * 10 + (c - '0');
                        exponent--;
                    }
                    significant++;
                } else {
                    exponent--;
                }
            }
        }
        if (!anyDigit) {
            return Double.NaN;
        }
        if (i < n) {
            c = s.charAt(i);
            if (c != 'e' && c != 'E') {
                return Double.NaN;
            }
            i++;
            boolean negativeExponent = false;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                negativeExponent = s.charAt(i) == '-';
                i++;
            }
            if (i == n) {
                return Double.NaN;
            }
            int e = 0;
            for (; i < n; i++) {
                c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return Double.NaN;
                }
                e = Math.min(e * 10 + (c - '0'), 100_000);
            }
            exponent += negativeExponent ? -e : e;
        }
        if (mantissa == 0) {
            return negative ? -0.0 : 0.0;
        }
        if (significant > 15 || exponent > 22 || exponent < -22) {
            return Double.parseDouble(s);
        }
        double v = exponent >= 0 ? mantissa * POWERS_OF_TEN[exponent] : mantissa / POWERS_OF_TEN[-exponent];
        return negative ? -v : v;
    }
}
