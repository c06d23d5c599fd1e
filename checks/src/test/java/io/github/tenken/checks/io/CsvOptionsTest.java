package io.github.tenken.checks.io;

import io.github.tenken.data.ColumnType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The defaults and the immutability of reading options, and the shared dictionaries. */
class CsvOptionsTest {

    @Test
    void defaults() {
        CsvOptions o = CsvOptions.defaults();
        assertThat(o.delimiter()).isEqualTo(',');
        assertThat(o.quote()).isEqualTo('"');
        assertThat(o.hasHeader()).isTrue();
        assertThat(o.columnNames()).isEmpty();
        assertThat(o.trim()).isTrue();
        assertThat(o.missingMarkers()).containsExactly("", "NA", "?", "NaN", "nan", "-nan", "NULL", "null", "None",
                "N/A", "n/a", "#N/A");
        assertThat(o.encoding()).isEqualTo(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(o.maxFieldBytes()).isEqualTo(1_048_576);
        assertThat(o.maxColumns()).isEqualTo(10_000);
        assertThat(o.maxBytes()).isEqualTo(8L * 1024 * 1024 * 1024);
        assertThat(o.skipLines()).isZero();
        assertThat(o.skipPrefix()).isEmpty();
        assertThat(o.declaredTypes()).isEmpty();
        assertThat(o.label()).isEmpty();
        assertThat(o.normalisedColumns()).isEmpty();
    }

    @Test
    void builtOptionsDoNotChangeWithTheBuilder() {
        CsvOptions.Builder b = CsvOptions.builder().numeric("age").stripSuffix("income", ".");
        CsvOptions first = b.build();
        b.categorical("sex").replaceAll("income", "K", "000").columnNames("a", "b");
        CsvOptions second = b.build();

        assertThat(first.declaredTypes()).isEqualTo(Map.of("age", ColumnType.NUMERIC));
        assertThat(first.rulesOf("income")).containsExactly("strip suffix \".\"");
        assertThat(first.hasHeader()).isTrue();
        assertThat(second.declaredTypes()).containsOnlyKeys("age", "sex");
        assertThat(second.rulesOf("income")).containsExactly("strip suffix \".\"", "replace /K/ by \"000\"");
        assertThat(second.columnNames()).containsExactly("a", "b");
        assertThatThrownBy(() -> first.declaredTypes().put("x", ColumnType.NUMERIC))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toBuilderStartsFromTheseOptions() {
        CsvOptions o = CsvOptions.builder().delimiter(';').missingMarkers("-").skipLines(2).label("y")
                .skipLinesStartingWith("#").trim(false).build();
        CsvOptions copy = o.toBuilder().numeric("x").build();
        assertThat(copy.delimiter()).isEqualTo(';');
        assertThat(copy.missingMarkers()).containsExactly("-");
        assertThat(copy.skipLines()).isEqualTo(2);
        assertThat(copy.label()).contains("y");
        assertThat(copy.skipPrefix()).contains("#");
        assertThat(copy.trim()).isFalse();
        assertThat(copy.declaredTypes()).containsEntry("x", ColumnType.NUMERIC);
        assertThat(o.declaredTypes()).isEmpty();
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> CsvOptions.builder().skipLines(-1)).hasMessage("lines to skip must be >= 0, was -1");
        assertThatThrownBy(() -> CsvOptions.builder().stripSuffix("c", ""))
                .hasMessage("suffix to strip must not be empty");
        assertThatThrownBy(() -> CsvOptions.builder().delimiter('\n'))
                .hasMessage("the delimiter must not be a line break");
    }

    @Test
    void dictionariesAreOnePerColumnName() {
        Dictionaries d = new Dictionaries();
        assertThat(d.forColumn("sex")).isSameAs(d.forColumn("sex")).isNotSameAs(d.forColumn("race"));
        assertThat(d.columns()).containsExactly("race", "sex");
    }
}
