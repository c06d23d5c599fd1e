package io.github.tenken.checks.stats;

import io.github.tenken.data.Table;
import io.github.tenken.stats.RowHasher;
import io.github.tenken.internal.Preconditions;
import io.github.tenken.stats.Analyzer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The set of distinct rows of a dataset over the given columns, each with how often it occurs: what exact
 * duplicates within a dataset and rows shared between datasets (leakage) are counted from.
 *
 * <p>A row's key is 128 bits, two independent 64-bit hashes of its values (numbers by value, categories by their
 * shared code); two different rows share a key with a probability of about 2^-128 per pair. Equal keys from two
 * tables mean equal rows only when the tables' categorical columns share their dictionaries, as the tables of one
 * assessment do.
 *
 * @param columns the columns that make up a row's identity (in this order)
 */
public record RowKeys(List<String> columns) implements Analyzer<RowKeys.State, RowKeySet> {

    public RowKeys {
        columns = List.copyOf(Preconditions.notEmpty(columns, "columns of a row key"));
    }

    /** Occurrences by row key. */
    public static final class State {
        final Map<RowKeySet.Key, long[]> counts = new HashMap<>();
    }

    @Override
    public State newState(Table table) {
        return new State();
    }

    @Override
    public void update(State s, Table table, int from, int to) {
        RowHasher hasher = new RowHasher(table, columns);
        for (int i = from; i < to; i++) {
            RowKeySet.Key key = new RowKeySet.Key(hasher.hash(i, 17L), hasher.hash(i, 0x5DEECE66DL));
            s.counts.computeIfAbsent(key, k -> new long[1])[0]++;
        }
    }

    @Override
    public State merge(State a, State b) {
        b.counts.forEach((k, n) -> a.counts.computeIfAbsent(k, x -> new long[1])[0] += n[0]);
        return a;
    }

    @Override
    public RowKeySet result(State s, Table table) {
        Map<RowKeySet.Key, Long> counts = new HashMap<>(s.counts.size() * 2);
        s.counts.forEach((k, n) -> counts.put(k, n[0]));
        return new RowKeySet(counts);
    }
}
