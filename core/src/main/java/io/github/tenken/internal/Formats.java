package io.github.tenken.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Locale-neutral number formatting for sentences and reports. Internal: not part of the API. */
public final class Formats {

    private Formats() {
    }

    /** A number with at most four significant decimals and no exponent: {@code 0.8312}, {@code 16281}, {@code 0.00012}. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        BigDecimal d = new BigDecimal(v);
        if (Math.abs(v) >= 1) {
            d = d.setScale(4, java.math.RoundingMode.HALF_EVEN);
        } else {
            d = d.round(new MathContext(4));
        }
        return d.stripTrailingZeros().toPlainString();
    }

    /** A count with thousands separators as commas: {@code 16,281}. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /**
     * A share as a percentage with one decimal that never rounds a non-zero share to zero or a partial one to all:
     * {@code 24.1%}, {@code <0.1%}, {@code >99.9%}, {@code 0%}, {@code 100%}; {@code -} for {@code NaN}.
     */
    public static String share(double share) {
        if (Double.isNaN(share)) {
            return "-";
        }
        if (share == 0) {
            return "0%";
        }
        if (share == 1) {
            return "100%";
        }
        String p = percent(share);
        if (share > 0 && share < 1) {
            // judged on the rounded text: 0.9995 prints as 100.0%, and a part must not read as all
            if (p.equals("0.0%")) {
                return "<0.1%";
            }
            if (p.equals("100.0%")) {
                return ">99.9%";
            }
        }
        return p;
    }

    /** A share as a percentage with one decimal: {@code 24.1%}. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** The most characters of verbatim data a rendered text shows before it is clipped. */
    public static final int MAX_TEXT_CHARS = 500;

    /**
     * The text, or its first {@link #MAX_TEXT_CHARS} characters followed by how many were left out, so that a
     * value of megabytes read from a data file does not fill a report: {@code "aaaa... (+2,097,152 characters)"}.
     */
    public static String clip(String text) {
        if (text.length() <= MAX_TEXT_CHARS) {
            return text;
        }
        int end = MAX_TEXT_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "\u2026 (+" + count(text.length() - end) + " characters)";
    }
}
