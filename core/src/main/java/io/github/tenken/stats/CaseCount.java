package io.github.tenken.stats;

import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.Table;

/**
 * Number of rows that fall in a declared case.
 *
 * @param definition the case
 */
public record CaseCount(CaseDefinition definition) implements Analyzer<long[], Long> {

    @Override
    public long[] newState(Table table) {
        return new long[1];
    }

    @Override
    public void update(long[] state, Table table, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            if (definition.matches(table, i)) {
                n++;
            }
        }
        state[0] += n;
    }

    @Override
    public long[] merge(long[] left, long[] right) {
        left[0] += right[0];
        return left;
    }

    @Override
    public Long result(long[] state, Table table) {
        return state[0];
    }
}
