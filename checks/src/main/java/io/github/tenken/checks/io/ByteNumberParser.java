package io.github.tenken.checks.io;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * {@link NumberParser} on the UTF-8 bytes of a field, so that the parallel reader makes no {@code String} per number:
 * the same grammar (plain decimals only: no {@code NaN}, {@code Infinity}, hex floats, spaces or {@code 1d}), the
 * same exact fast path for up to 15 significant digits and a power of ten within +-22, and otherwise the value
 * {@link Double#parseDouble} gives, computed without a {@code String} by FastDoubleParser (correctly rounded, so
 * equal to the JDK bit for bit) once this class has checked the grammar.
 */
final class ByteNumberParser {

    private static final double[] POWERS_OF_TEN = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private ByteNumberParser() {
    }

    /** {@link NumberParser#value} on bytes: a number, an infinity for a non-finite token, or {@code NaN}. */
    static double value(byte[] b, int from, int to) {
        double v = parse(b, from, to);
        return v == v || !isNonFiniteWord(b, from, to) ? v : Double.POSITIVE_INFINITY;
    }

    /** {@link NumberParser#isNonFiniteWord} on ASCII bytes. */
    static boolean isNonFiniteWord(byte[] b, int from, int to) {
        int p = from < to && (b[from] == '-' || b[from] == '+') ? from + 1 : from;
        int n = to - p;
        if (n != 3 && n != 8) {
            return false;
        }
        StringBuilder lower = new StringBuilder(n);
        for (int i = p; i < to; i++) {
            int c = b[i];
            lower.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c & 0xFF));
        }
        String w = lower.toString();
        return w.equals("nan") || w.equals("inf") || w.equals("infinity");
    }

    /** The number written in {@code [from, to)}, or {@code NaN} when it is not a plain decimal number. */
    static double parse(byte[] b, int from, int to) {
        if (to - from <= SHORT) {
            double v = parseShort(b, from, to);
            if (v == v) {
                return v;
            }
        }
        return parseAny(b, from, to);
    }

    /** Longest text {@link #parseShort} tries: 18 digits fit a {@code long}, so no digit needs dropping. */
    private static final int SHORT = 18;

    /**
     * The common case in a tight loop: at most 18 bytes of {@code [sign] digits [. digits]} with a non-zero value
     * below 10^15, which {@link #parseAny} would compute the same way (Clinger's fast path). {@code NaN} means
     * "ask {@link #parseAny}", which also decides whether the text is a number at all.
     */
    private static double parseShort(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int start = i;
        int d;
        while (i < to && (d = b[i] - '0') >= 0 && d <= 9) {
            mantissa = mantissa * 10 + d;
            i++;
        }
        int digits = i - start;
        int fraction = 0;
        if (i < to && b[i] == '.') {
            int point = ++i;
            while (i < to && (d = b[i] - '0') >= 0 && d <= 9) {
                mantissa = mantissa * 10 + d;
                i++;
            }
            fraction = i - point;
        }
        if (i != to || digits + fraction == 0 || mantissa == 0 || mantissa >= 1_000_000_000_000_000L) {
            return Double.NaN;
        }
        double v = fraction == 0 ? mantissa : mantissa / POWERS_OF_TEN[fraction];
        return negative ? -v : v;
    }

    /** The whole grammar: exponents, many digits, zeros; and the values beyond the fast path. */
    private static double parseAny(byte[] b, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            negative = b[i] == '-';
            i++;
        }
        long mantissa = 0;
        int significant = 0;
        int exponent = 0;
        boolean anyDigit = false;
        int c = 0;
        for (; i < to; i++) {
            c = b[i];
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
        if (i < to && c == '.') {
            for (i++; i < to; i++) {
                c = b[i];
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
        if (i < to) {
            c = b[i];
            if (c != 'e' && c != 'E') {
                return Double.NaN;
            }
            i++;
            boolean negativeExponent = false;
            if (i < to && (b[i] == '-' || b[i] == '+')) {
                negativeExponent = b[i] == '-';
                i++;
            }
            if (i == to) {
                return Double.NaN;
            }
            int e = 0;
            for (; i < to; i++) {
                c = b[i];
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
            return JavaDoubleParser.parseDouble(b, from, to - from);
        }
        double v = exponent >= 0 ? mantissa * POWERS_OF_TEN[exponent] : mantissa / POWERS_OF_TEN[-exponent];
        return negative ? -v : v;
    }
}
