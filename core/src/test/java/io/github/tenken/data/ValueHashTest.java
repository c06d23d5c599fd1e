package io.github.tenken.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A value hashes alike whatever column, dictionary or representation holds it (equal numbers alike, {@code -0.0} as
 * {@code 0.0}); missing is 0.
 */
class ValueHashTest {

    @Test
    void aValueHashesAlikeInEveryColumnAndRepresentation() {
        String text = "Ünïcödé value of more than eight bytes";
        byte[] utf8 = ("xx" + text).getBytes(StandardCharsets.UTF_8);
        assertThat(ValueHash.of(utf8, 2, utf8.length - 2)).isEqualTo(ValueHash.of(text));
        assertThat(ValueHash.of("")).isNotZero();
        assertThat(ValueHash.of("a")).isNotEqualTo(ValueHash.of("b")).isNotEqualTo(ValueHash.of("a\0"));

        CategoricalColumn one = CategoricalColumn.of("c", CategoryDictionary.of("x", text), text, null);
        CategoricalColumn other = CategoricalColumn.of("c", CategoryDictionary.of(text), text, null);
        IdentifierColumn id = IdentifierColumn.of("c", text, null);
        assertThat(one.code(0)).isNotEqualTo(other.code(0));
        assertThat(one.valueHash(0)).isEqualTo(other.valueHash(0)).isEqualTo(id.valueHash(0));
        assertThat(one.valueHash(1)).isZero();
        assertThat(id.valueHash(1)).isZero();
        assertThat(id.text(1)).isNull();

        NumericColumn n = NumericColumn.of("n", 0.0, -0.0, Double.NaN, 1.5, 1.5);
        assertThat(n.valueHash(0)).isEqualTo(n.valueHash(1)).isNotZero();
        assertThat(n.valueHash(2)).isZero();
        assertThat(n.valueHash(3)).isEqualTo(n.valueHash(4)).isNotEqualTo(n.valueHash(0));
        assertThat(n.text(0)).isEqualTo("0");
        assertThat(n.text(3)).isEqualTo("1.5");
        assertThat(n.text(2)).isNull();
    }
}
