package io.github.tenken.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Conditions and cases compiled against a batch: categories by value, ranges half-open, missing never matches. */
class ConditionTest {

    @Test
    void conditionsCompileAgainstABatch() {
        CategoryDictionary d = CategoryDictionary.of("other");
        Table t = Table.of("t", List.of(NumericColumn.of("age", 20, 60, 75, Double.NaN, 60),
                CategoricalColumn.of("sex", d, "Female", "Female", "Male", "Female", null)));
        CaseDefinition olderWomen = CaseDefinition.of("older women", Condition.equalTo("sex", "Female"),
                Condition.between("age", 60, Double.POSITIVE_INFINITY));
        var m = olderWomen.matcher(t.asBatch());
        assertThat(List.of(m.test(0), m.test(1), m.test(2), m.test(3), m.test(4)))
                .containsExactly(false, true, false, false, false);
        assertThat(olderWomen.describe()).isEqualTo("sex = Female AND 60 <= age");
        assertThat(olderWomen.matches(t, 1)).isTrue();
        // a category the dictionary does not hold matches nothing; a range below any value matches nothing
        assertThat(Condition.equalTo("sex", "Unknown").matcher(t.asBatch()).test(0)).isFalse();
        assertThat(Condition.between("age", Double.NEGATIVE_INFINITY, 20).matches(t, 0)).isFalse();
        assertThat(Condition.between("age", Double.NEGATIVE_INFINITY, 20.5).matches(t, 0)).isTrue();
        assertThat(Condition.equalTo("sex", "Male", "Female").toString()).isEqualTo("sex in [Male, Female]");
        // on a slice the matcher reads the slice's rows
        var onSlice = olderWomen.matcher(t.batch(1, 3));
        assertThat(onSlice.test(0)).isTrue();
        assertThat(onSlice.test(1)).isFalse();
    }
}
