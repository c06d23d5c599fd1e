package io.github.tenken.report.i18n;

import io.github.tenken.report.ReportLanguage;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The one number format of the HTML report: counts as integers with the language's thousands separator, shares as
 * percentages that never read {@code 0.0%} for a non-zero share ({@code <0.1%}) or {@code 100.0%} for a partial one
 * ({@code >99.9%}), and other numbers with four significant decimals and thousands separators.
 *
 * <pre>{@code
 * ReportNumbers.of(ReportLanguage.EN).count(16281);     // "16,281"
 * ReportNumbers.of(ReportLanguage.EN).percent(0.0004);  // "<0.1%"
 * }</pre>
 */
public final class ReportNumbers {

    private final DecimalFormatSymbols symbols;

    private ReportNumbers(Locale locale) {
        this.symbols = DecimalFormatSymbols.getInstance(locale);
    }

    /** The format of a report language (English and Japanese both group by three digits with a comma). */
    public static ReportNumbers of(ReportLanguage language) {
        return new ReportNumbers(language == ReportLanguage.JA ? Locale.JAPAN : Locale.US);
    }

    /** A count: {@code 16,281}. */
    public String count(long n) {
        return new DecimalFormat("#,##0", symbols).format(n);
    }

    /**
     * A share in [0, 1] as a percentage with one decimal ({@code 24.1%}), {@code 0%} and {@code 100%} for exact
     * ends, {@code <0.1%} and {@code >99.9%} near them, a dash for NaN.
     */
    public String percent(double share) {
        if (Double.isNaN(share)) {
            return "\u2013";
        }
        if (share == 0) {
            return "0%";
        }
        if (share == 1) {
            return "100%";
        }
        String p = new DecimalFormat("#,##0.0", symbols).format(BigDecimal.valueOf(share * 100)
                .setScale(1, RoundingMode.HALF_EVEN)) + "%";
        if (share > 0 && share < 1) {
            if (p.equals("0.0%")) {
                return "<0.1%";
            }
            if (p.equals("100.0%")) {
                return ">99.9%";
            }
        }
        if (share < 0 && p.equals("-0.0%")) {
            return ">-0.1%";
        }
        return p;
    }

    /**
     * A number: integers as counts, others with four decimals at or above one and four significant digits below,
     * trailing zeros dropped: {@code 0.8671}, {@code 0.00012}, {@code 178,356}, {@code 3.1527}.
     */
    public String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "\u221e" : "-\u221e";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return count((long) v);
        }
        BigDecimal d = new BigDecimal(v);
        d = Math.abs(v) >= 1 ? d.setScale(4, RoundingMode.HALF_EVEN) : d.round(new MathContext(4));
        d = d.stripTrailingZeros();
        DecimalFormat f = new DecimalFormat("#,##0", symbols);
        f.setMaximumFractionDigits(Math.max(0, d.scale()));
        f.setMinimumFractionDigits(Math.max(0, d.scale()));
        return f.format(d);
    }

    /**
     * A difference of two shares in percentage points with one decimal, without sign: {@code 0.9 pt}, {@code <0.1 pt}
     * for a non-zero difference below 0.05 points.
     */
    public String points(double difference) {
        double p = Math.abs(difference) * 100;
        String s = new DecimalFormat("#,##0.0", symbols).format(BigDecimal.valueOf(p).setScale(1, RoundingMode.HALF_EVEN));
        return (p > 0 && s.equals("0.0") ? "<0.1" : s) + " pt";
    }

    /** A confidence level as a whole percentage: {@code 95%}, or {@code 99.5%} where it has a fraction. */
    public String level(double level) {
        return number(level * 100) + "%";
    }

    /** A signed difference, {@code +0.0621} or {@code -0.1}: the margin of a value over its threshold. */
    public String signed(double v) {
        String s = number(v);
        return v > 0 ? "+" + s : s;
    }
}
