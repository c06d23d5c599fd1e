package io.github.tenken.checks.io;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The number grammar of data files, and agreement with {@link Double#parseDouble} bit for bit. */
class NumberParserTest {

    @Test
    void agreesWithParseDoubleOnEveryDoubleItPrints() {
        SplittableRandom r = new SplittableRandom(42);
        double[] special = {0.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-300, 123456.789};
        for (double d : special) {
            agreesWithParseDoubleOnEveryDoubleItPrints(d);
        }
        for (int trial = 0; trial < 5000; trial++) {
            agreesWithParseDoubleOnEveryDoubleItPrints(Double.longBitsToDouble(r.nextLong()));   // any bit pattern
            agreesWithParseDoubleOnEveryDoubleItPrints((r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20));
        }
    }

    private static void agreesWithParseDoubleOnEveryDoubleItPrints(double d) {
        String s = Double.toString(d);
        if (Double.isFinite(d)) {
            assertThat(Double.doubleToRawLongBits(NumberParser.parse(s)))
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
        } else {
            assertThat(NumberParser.parse(s)).isNaN();
        }
    }

    @Test
    void agreesWithParseDoubleOnPlainDecimals() {
        SplittableRandom r = new SplittableRandom(43);
        for (int trial = 0; trial < 5000; trial++) {
            long digits = r.nextInt(3) == 0 ? r.nextInt(1000) : r.nextLong(Long.MAX_VALUE);
            agreesWithParseDoubleOnPlainDecimals(digits, r.nextBoolean(), r.nextInt(20), r.nextInt(61) - 30);
        }
    }

    private static void agreesWithParseDoubleOnPlainDecimals(long digits, boolean negative, int point, int exponent) {
        String body = Long.toString(digits);
        int at = Math.min(point, body.length());
        String s = (negative ? "-" : "") + body.substring(0, at) + "." + body.substring(at) + "e" + exponent;
        assertThat(NumberParser.parse(s)).isEqualTo(Double.parseDouble(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "1d", "1f", "NaN", "Infinity", "0x10",
            " 1", "1 ", "1,000", "--1", "1e5.5"})
    void rejectsTextThatIsNotAPlainDecimal(String s) {
        assertThat(NumberParser.parse(s)).isNaN();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.0", "+7", ".5", "5.", "007", "1E3", "2.5e-3", "123456789012345678901234",
            "0.000000000000000000000000001", "9007199254740993", "1e-400", "4.9e-324"})
    void parsesEdgeCasesExactlyAsTheJdk(String s) {
        assertThat(Double.doubleToRawLongBits(NumberParser.parse(s)))
                .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
    }
}
