package io.github.tenken.stats;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The exact sum of doubles, as a fixed-point integer in units of 2^-1074 (the smallest double) spread over 32-bit
 * digits (Kulisch's long accumulator). Adding is exact and order-free, so a sum computed in any number of chunks
 * merged in any order equals, to the last bit, the sum of one pass: what makes a mean or a variance independent of
 * how a scan was cut. Non-finite values are tracked apart ({@code NaN} wins; {@code +Inf + -Inf} is {@code NaN}).
 */
public final class ExactSum {

    /** Digits: 2,098 bits of range plus headroom for 2^62 additions. */
    private static final int DIGITS = 68;
    private static final long MASK = 0xFFFF_FFFFL;
    private static final int NORMALISE_EVERY = 1 << 30;
    private static final BigDecimal ULP = new BigDecimal(BigInteger.ONE).divide(new BigDecimal(BigInteger.TWO.pow(1074)));

    private final long[] digits = new long[DIGITS];
    private int pending;
    private boolean nan;
    private boolean positiveInfinity;
    private boolean negativeInfinity;

    /** Adds a value. */
    public void add(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int exponent = (int) ((bits >>> 52) & 0x7FF);
        if (exponent == 0x7FF) {
            if (Double.isNaN(x)) {
                nan = true;
            } else if (x > 0) {
                positiveInfinity = true;
            } else {
                negativeInfinity = true;
            }
            return;
        }
        long mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (exponent != 0) {
            mantissa |= 1L << 52;
        }
        if (mantissa == 0) {
            return;
        }
        int position = Math.max(exponent - 1, 0);
        int digit = position >>> 5;
        int shift = position & 31;
        long low = mantissa << shift;
        long high = shift == 0 ? 0 : mantissa >>> (64 - shift);
        if (bits < 0) {
            digits[digit] -= low & MASK;
            digits[digit + 1] -= low >>> 32;
            digits[digit + 2] -= high;
        } else {
            digits[digit] += low & MASK;
            digits[digit + 1] += low >>> 32;
            digits[digit + 2] += high;
        }
        if (++pending == NORMALISE_EVERY) {
            normalise();
        }
    }

    /**
     * Adds the square of a value as the rounded product plus its rounding error, which is exact while the square
     * neither overflows nor loses bits to underflow ({@code 2^-485 <= |x| < 2^512}); {@link NumericSummary} scales
     * values outside that range by a power of two first.
     */
    public void addSquare(double x) {
        double p = x * x;
        add(p);
        if (Double.isFinite(p)) {
            add(Math.fma(x, x, -p));
        }
    }

    /** Adds another sum into this one. */
    public void add(ExactSum other) {
        other.normalise();
        normalise();
        for (int i = 0; i < DIGITS; i++) {
            digits[i] += other.digits[i];
        }
        pending = 1;
        normalise();
        nan |= other.nan;
        positiveInfinity |= other.positiveInfinity;
        negativeInfinity |= other.negativeInfinity;
    }

    /** Carries every digit into the next, leaving digits 0..2^32-1 and a signed top digit. */
    private void normalise() {
        if (pending == 0) {
            return;
        }
        long carry = 0;
        for (int i = 0; i < DIGITS - 1; i++) {
            long v = digits[i] + carry;
            digits[i] = v & MASK;
            carry = v >> 32;
        }
        digits[DIGITS - 1] += carry;
        pending = 0;
    }

    /** Whether the sum is not a finite number. */
    public boolean isFinite() {
        return !nan && !positiveInfinity && !negativeInfinity;
    }

    /** The exact sum; {@code null} when it is not finite. */
    public BigDecimal exact() {
        if (!isFinite()) {
            return null;
        }
        normalise();
        BigInteger v = BigInteger.valueOf(digits[DIGITS - 1]);
        for (int i = DIGITS - 2; i >= 0; i--) {
            v = v.shiftLeft(32).add(BigInteger.valueOf(digits[i]));
        }
        return new BigDecimal(v).multiply(ULP);
    }

    /** The sum rounded once to the nearest double (NaN or an infinity when an addend was not finite). */
    public double value() {
        if (nan || (positiveInfinity && negativeInfinity)) {
            return Double.NaN;
        }
        if (positiveInfinity) {
            return Double.POSITIVE_INFINITY;
        }
        if (negativeInfinity) {
            return Double.NEGATIVE_INFINITY;
        }
        return exact().doubleValue();
    }

    /** The sum divided by {@code n}, rounded once. */
    public double divide(long n) {
        BigDecimal e = exact();
        return e == null ? value() : nearest(e, BigDecimal.valueOf(n));
    }

    /**
     * The double nearest to {@code numerator / denominator} (ties to even), for a positive denominator. A decimal
     * quotient rounded to a double rounds twice, which moves a quotient lying exactly halfway between two doubles
     * (the mean of two doubles often does) to the wrong one; so the neighbours of that first guess are compared
     * with the exact quotient.
     */
    static double nearest(BigDecimal numerator, BigDecimal denominator) {
        double guess = numerator.divide(denominator, MathContext.DECIMAL128).doubleValue();
        if (Double.isInfinite(guess)) {
            // infinite only when the quotient reaches the largest double plus half its ulp
            BigDecimal limit = new BigDecimal(Double.MAX_VALUE).add(new BigDecimal(Math.ulp(Double.MAX_VALUE) / 2));
            if (numerator.abs().compareTo(limit.multiply(denominator)) >= 0) {
                return guess;
            }
            guess = Math.copySign(Double.MAX_VALUE, guess);
        }
        double best = guess;
        BigDecimal bestError = new BigDecimal(best).multiply(denominator).subtract(numerator).abs();
        for (double candidate : new double[]{Math.nextDown(guess), Math.nextUp(guess)}) {
            if (Double.isInfinite(candidate)) {
                continue;
            }
            BigDecimal error = new BigDecimal(candidate).multiply(denominator).subtract(numerator).abs();
            int c = error.compareTo(bestError);
            if (c < 0 || (c == 0 && (Double.doubleToRawLongBits(best) & 1) == 1)) {
                best = candidate;
                bestError = error;
            }
        }
        return best;
    }

    /** Writes the sum. */
    public void write(DataOutput out) throws IOException {
        normalise();
        out.writeByte((nan ? 1 : 0) | (positiveInfinity ? 2 : 0) | (negativeInfinity ? 4 : 0));
        int top = DIGITS - 1;
        while (top > 0 && digits[top] == 0) {
            top--;
        }
        out.writeShort(top + 1);
        for (int i = 0; i <= top; i++) {
            out.writeLong(digits[i]);
        }
    }

    /** Reads a sum written by {@link #write}. */
    public static ExactSum read(DataInput in) throws IOException {
        ExactSum s = new ExactSum();
        int flags = in.readByte();
        s.nan = (flags & 1) != 0;
        s.positiveInfinity = (flags & 2) != 0;
        s.negativeInfinity = (flags & 4) != 0;
        int n = in.readShort();
        if (n < 0 || n > DIGITS) {
            throw new IOException("exact sum with " + n + " digits");
        }
        for (int i = 0; i < n; i++) {
            s.digits[i] = in.readLong();
        }
        return s;
    }
}
