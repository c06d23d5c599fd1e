package io.github.tenken.stats;

import io.github.tenken.data.Batch;
import io.github.tenken.data.CategoricalColumn;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The contingency table of two categorical columns, e.g. sensitive group by label.
 *
 * @param rowColumn    the column whose values are the rows
 * @param columnColumn the column whose values are the columns
 */
public record CrossCounts(String rowColumn, String columnColumn) implements Analyzer<CrossCounts.State, Contingency> {

    /** Counts keyed by the pair of codes. */
    public static final class State {
        final Map<Long, long[]> cells = new TreeMap<>();
        long missing;
    }

    @Override
    public State newState() {
        return new State();
    }

    @Override
    public void update(State s, Batch batch) {
        CategoricalColumn r = batch.categorical(rowColumn);
        CategoricalColumn c = batch.categorical(columnColumn);
        for (int i = 0, n = batch.size(); i < n; i++) {
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
    public Contingency result(State s, ScanInfo info) {
        var rows = info.categories(rowColumn);
        var cols = info.categories(columnColumn);
        long[][] counts = new long[rows.size()][cols.size()];
        s.cells.forEach((k, v) -> counts[(int) (k >>> 32)][(int) (long) k] = v[0]);
        return new Contingency(rows, cols, counts, s.missing);
    }

    @Override
    public StateCodec<State> codec() {
        return new StateCodec<>() {
            @Override
            public int version() {
                return 1;
            }

            @Override
            public void write(State s, DataOutput out) throws IOException {
                out.writeLong(s.missing);
                out.writeInt(s.cells.size());
                for (var e : s.cells.entrySet()) {
                    out.writeLong(e.getKey());
                    out.writeLong(e.getValue()[0]);
                }
            }

            @Override
            public State read(DataInput in) throws IOException {
                State s = new State();
                s.missing = in.readLong();
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    s.cells.put(in.readLong(), new long[]{in.readLong()});
                }
                return s;
            }
        };
    }
}
