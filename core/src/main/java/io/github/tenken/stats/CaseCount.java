package io.github.tenken.stats;

import io.github.tenken.data.Batch;
import io.github.tenken.data.CaseDefinition;

import java.util.function.IntPredicate;

/**
 * Number of rows that fall in a declared case.
 *
 * @param definition the case
 */
public record CaseCount(CaseDefinition definition) implements RowCounter {

    @Override
    public long count(Batch batch) {
        IntPredicate matches = definition.matcher(batch);
        long n = 0;
        for (int i = 0, size = batch.size(); i < size; i++) {
            if (matches.test(i)) {
                n++;
            }
        }
        return n;
    }
}
