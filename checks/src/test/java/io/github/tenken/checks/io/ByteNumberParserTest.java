package io.github.tenken.checks.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The byte-level number parser accepts exactly {@link NumberParser}'s grammar and gives its values bit for bit,
 * including the long and extreme numbers it hands to FastDoubleParser, which must equal {@link Double#parseDouble}.
 */
class ByteNumberParserTest {

    /** Parses {@code s} embedded between other bytes, so that offsets are exercised too. */
    private static double bytes(String s) {
        byte[] b = ("x;" + s + ";y").getBytes(StandardCharsets.UTF_8);
        return ByteNumberParser.parse(b, 2, b.length - 2);
    }

    private static void agrees(String s) {
        double expected = NumberParser.parse(s);
        long actual = Double.doubleToRawLongBits(bytes(s));
        // plain comparisons first: an assertion per value would dominate the test's time
        if (actual != Double.doubleToRawLongBits(expected)) {
            assertThat(actual).as(s).isEqualTo(Double.doubleToRawLongBits(expected));
        }
        if (!Double.isNaN(expected) && Double.doubleToRawLongBits(expected)
                != Double.doubleToRawLongBits(Double.parseDouble(s))) {
            assertThat(expected).as(s).isEqualTo(Double.parseDouble(s));
        }
    }

    @Test
    void agreesWithTheJdkOnPrintedDoublesAndLongDecimals() {
        SplittableRandom r = new SplittableRandom(7);
        for (int trial = 0; trial < 30_000; trial++) {
            double d = Double.longBitsToDouble(r.nextLong());
            agrees(Double.toString(d));
            agrees(new java.math.BigDecimal(r.nextDouble() * Math.pow(10, r.nextInt(40) - 20)).toPlainString());
            StringBuilder digits = new StringBuilder(r.nextBoolean() ? "-" : "");
            int n = 1 + r.nextInt(40);
            for (int i = 0; i < n; i++) {
                digits.append((char) ('0' + r.nextInt(10)));
                if (i == r.nextInt(n)) {
                    digits.append('.');
                }
            }
            if (r.nextInt(3) == 0) {
                digits.append(r.nextBoolean() ? 'e' : 'E').append(r.nextInt(700) - 350);
            }
            agrees(digits.toString());
        }
    }

    @Test
    void agreesOnHalfwayCasesThatNeedAllDigits() {
        // 2^53 + 1 and neighbours, and decimals just around halfway points between doubles
        String[] hard = {"9007199254740993", "9007199254740993.000000000000000000001", "9007199254740992.999999999",
                "2.2250738585072011e-308", "2.2250738585072012e-308", "4.9406564584124654e-324",
                "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623157e308",
                "1.7976931348623158e308", "1.7976931348623159e308", "0.1000000000000000055511151231257827",
                "123456789012345678901234567890e-30", "1e99999999999999999999", "1e-99999999999999999999",
                "0." + "0".repeat(400) + "1", "1" + "0".repeat(400)};
        for (String s : hard) {
            agrees(s);
            agrees("-" + s);
        }
    }

    @Test
    void agreesAroundTheEdgesOfTheShortFastPath() {
        String[] whole = {"", "0", "00", "7", "0007", "999999999999999", "1000000000000000", "123456789012345678",
                "1234567890123456789", "99999999999999999"};
        String[] fractions = {null, "", "0", "5", "05", "000000000000000000001", "123456789", "9999999999999999"};
        for (String sign : new String[] {"", "+", "-"}) {
            for (String w : whole) {
                for (String f : fractions) {
                    String s = sign + w + (f == null ? "" : "." + f);
                    agrees(s);
                    agrees(s + "e0");
                    agrees(s + "x");
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "1d", "1f", "NaN", "Infinity", "0x10",
            " 1", "1 ", "1,000", "--1", "1e5.5", "١", "1_000", "12345678901234567890d"})
    void rejectsWhatNumberParserRejects(String s) {
        assertThat(NumberParser.parse(s)).isNaN();
        assertThat(bytes(s)).isNaN();
    }
}
