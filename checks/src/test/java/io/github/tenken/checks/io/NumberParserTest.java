package io.github.tenken.checks.io;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The number grammar of data files, and agreement with {@link Double#parseDouble} bit for bit. */
class NumberParserTest {

    @Property
    void agreesWithParseDoubleOnEveryDoubleItPrints(@ForAll double d) {
        String s = Double.toString(d);
        if (Double.isFinite(d)) {
            assertThat(Double.doubleToRawLongBits(NumberParser.parse(s)))
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(s)));
        } else {
            assertThat(NumberParser.parse(s)).isNaN();
        }
    }

    @Property
    void agreesWithParseDoubleOnPlainDecimals(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long digits,
                                              @ForAll boolean negative,
                                              @ForAll @IntRange(min = 0, max = 19) int point,
                                              @ForAll @IntRange(min = -30, max = 30) int exponent) {
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
