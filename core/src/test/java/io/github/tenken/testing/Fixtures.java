package io.github.tenken.testing;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;

import java.util.List;

/** Tiny hand-made tables for core tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * Six rows: x = 1, 2, 2, NaN, 5, 2; g = a, b, b, a, null, b; y = yes, no, no, no, yes, yes.
     * Rows 1, 2 are full duplicates; row 5 has the features of rows 1 and 2 but label yes (a conflict).
     */
    public static Table six(CategoryDictionary g, CategoryDictionary y) {
        return Table.of("six", List.of(
                NumericColumn.of("x", 1, 2, 2, Double.NaN, 5, 2),
                CategoricalColumn.of("g", g, "a", "b", "b", "a", null, "b"),
                CategoricalColumn.of("y", y, "yes", "no", "no", "no", "yes", "yes")));
    }
}
