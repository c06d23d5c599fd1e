package io.github.tenken.stats;

import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.Table;

/**
 * Number of rows that fall in a declared case.
 *
 * @param definition the case
 */
public record CaseCount(CaseDefinition definition) implements RowCounter {

    @Override
    public long count(Table table, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            if (definition.matches(table, i)) {
                n++;
            }
        }
        return n;
    }
}
