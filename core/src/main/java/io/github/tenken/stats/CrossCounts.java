package io.github.tenken.stats;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Table;

import java.util.HashMap;
import java.util.Map;

/**
 * The contingency table of two categorical columns, e.g. sensitive group by label.
 *
 * @param rowColumn    the column whose values are the rows
 * @param columnColumn the column whose values are the columns
 */
public record CrossCounts(String rowColumn, String columnColumn) implements Analyzer<CrossCounts.State, Contingency> {

    /** Counts keyed by the pair of codes. */
    public static final class State {
        final Map<Long, long[]> cells = new HashMap<>();
        long missing;
    }

    @Override
    public State newState(Table table) {
        return new State();
    }

    @Override
    public void update(State s, Table table, int from, int to) {
        CategoricalColumn r = table.categorical(rowColumn);
        CategoricalColumn c = table.categorical(columnColumn);
        for (int i = from; i < to; i++) {
            int a = r.code(i);
            int b = c.code(i);
            if (a < 0 || b < 0) {
                s.missing++;
            } else {
                s.cells.computeIfAbsent(((long) a << 32) | b, k -> new long[1])[0]++;
            }
        }
    }

    @Override
    public State merge(State a, State b) {
        b.cells.forEach((k, v) -> a.cells.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
        a.missing += b.missing;
        return a;
    }

    @Override
    public Contingency result(State s, Table table) {
        var rows = table.categorical(rowColumn).dictionary().values();
        var cols = table.categorical(columnColumn).dictionary().values();
        long[][] counts = new long[rows.size()][cols.size()];
        s.cells.forEach((k, v) -> counts[(int) (k >>> 32)][(int) (long) k] = v[0]);
        return new Contingency(rows, cols, counts, s.missing);
    }
}
