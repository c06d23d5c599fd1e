package io.github.tenken.checks.constraints;

import io.github.tenken.check.Operator;
import io.github.tenken.checks.constraints.Expression.Binary;
import io.github.tenken.checks.constraints.Expression.Column;
import io.github.tenken.checks.constraints.Expression.Negate;
import io.github.tenken.checks.constraints.Expression.Number;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleParserTest {

    private static Column col(String name) {
        return new Column(name);
    }

    private static Number num(double v) {
        return new Number(v);
    }

    @Test
    void productsBindTighterThanSumsAndBothAssociateToTheLeft() {
        Constraint.Compare c = RuleParser.parse("experience == age - education - 6", 0.5);
        assertThat(c.left()).isEqualTo(col("experience"));
        assertThat(c.operator()).isEqualTo(Operator.EQ);
        assertThat(c.right()).isEqualTo(new Binary('-', new Binary('-', col("age"), col("education")), num(6)));
        assertThat(c.tolerance()).isEqualTo(0.5);
        assertThat(c.columns()).containsExactly("experience", "age", "education");

        assertThat(RuleParser.parse("a + b * c >= d / e / 2", 0).left())
                .isEqualTo(new Binary('+', col("a"), new Binary('*', col("b"), col("c"))));
        assertThat(RuleParser.parse("a + b * c >= d / e / 2", 0).right())
                .isEqualTo(new Binary('/', new Binary('/', col("d"), col("e")), num(2)));
        assertThat(RuleParser.parse("(a + b) * c < 1", 0).left())
                .isEqualTo(new Binary('*', new Binary('+', col("a"), col("b")), col("c")));
        assertThat(RuleParser.parse("a - (b - c) != 0", 0).left().toString()).isEqualTo("a - (b - c)");
        assertThat(RuleParser.parse("a - b - c != 0", 0).left().toString()).isEqualTo("a - b - c");
    }

    @Test
    void unaryMinusBindsTighterThanProductsAndFoldsIntoNumbers() {
        assertThat(RuleParser.parse("-a * b > 0", 0).left()).isEqualTo(new Binary('*', new Negate(col("a")), col("b")));
        assertThat(RuleParser.parse("2 - -3 <= x", 0).left()).isEqualTo(new Binary('-', num(2), num(-3)));
        assertThat(RuleParser.parse("--a <= x", 0).left()).isEqualTo(new Negate(new Negate(col("a"))));
        assertThat(RuleParser.parse("-(a + b) <= x", 0).left())
                .isEqualTo(new Negate(new Binary('+', col("a"), col("b"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"6|6", "0.5|0.5", ".5|0.5", "1e3|1000", "1.5E-2|0.015", "2e+1|20", "7.|7"})
    void numbersWithDecimalsAndExponents(String written, double value) {
        assertThat(RuleParser.parse("x <= " + written, 0).right()).isEqualTo(num(value));
    }

    @Test
    void namesWithDashesOrSpacesAreQuoted() {
        Constraint.Compare c = RuleParser.parse("`hours-per-week` <= \"max hours\" + capital_gain.x", 0);
        assertThat(c.columns()).containsExactly("hours-per-week", "max hours", "capital_gain.x");
        assertThat(c.left().toString()).isEqualTo("`hours-per-week`");
        // unquoted, a dash is a minus
        assertThat(RuleParser.parse("hours-per-week <= 99", 0).columns()).containsExactly("hours", "per", "week");
    }

    @Test
    void everyComparison() {
        for (String op : List.of("==", "!=", "<", "<=", ">", ">=")) {
            assertThat(RuleParser.parse("a" + op + "b", 0).operator()).isEqualTo(Operator.ofSymbol(op));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "'age - - '|expected a number, a column or \"(\" at position 9",
            "age|expected a comparison (==, !=, <, <=, >, >=) at position 4",
            "a = b|\"=\" is not a comparison; write \"==\" at position 3",
            "a < b < c|expected the end of the rule, found \"<\" at position 7",
            "(a + b < c|expected \")\" to close the \"(\" at position 1 at position 8",
            "`abc <= 1|the quote ` opened here is never closed at position 1",
            "a == 1e|expected the digits of an exponent at position 7",
            "a # b|expected a comparison (==, !=, <, <=, >, >=) at position 3",
            "a <= b $|expected the end of the rule, found \"$\" at position 8",
            "a <= * b|expected a number, a column or \"(\", found \"*\" at position 6",
            "`` == 1|an empty column name at position 1",
            "a <= .|expected a number, a column or \"(\", found \".\" at position 6"})
    void errorsQuoteTheRuleAndNameThePosition(String rule, String problem) {
        assertThatThrownBy(() -> RuleParser.parse(rule, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rule \"" + rule + "\": " + problem);
    }

    @Test
    void anEmptyRuleOrANegativeToleranceIsAnError() {
        assertThatThrownBy(() -> RuleParser.parse(" ", 0)).hasMessage("a rule must not be empty; write e.g. "
                + "\"start <= end\"");
        assertThatThrownBy(() -> RuleParser.parse("a <= b", -1)).hasMessage("rule \"a <= b\": the tolerance must "
                + "be a number >= 0, was -1.0");
    }
}
