package io.github.tenken.engine;

import io.github.tenken.data.Table;
import io.github.tenken.stats.Analyzer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Feeds many analyzers in one pass over a table: the rows are cut into chunks of fixed size, the chunks are scanned
 * in parallel (each with fresh states for every analyzer), and the chunk states are merged in row order, so the
 * result does not depend on the number of threads. An analyzer that throws fails alone: its result is the failure,
 * which {@link ScanResult#get} rethrows to the check that reads it, and the other analyzers are unaffected.
 */
public final class Scanner {

    /** Rows per chunk; fixed, so that merges happen in the same order on every machine. */
    public static final int CHUNK_ROWS = 1 << 16;

    private Scanner() {
    }

    /** Scans the table once for all the (distinct) analyzers. */
    public static ScanResult scan(Table table, Collection<? extends Analyzer<?, ?>> analyzers) {
        List<Analyzer<?, ?>> distinct = new ArrayList<>(new LinkedHashSet<>(analyzers));
        int rows = table.rowCount();
        int chunks = Math.max(1, (rows + CHUNK_ROWS - 1) / CHUNK_ROWS);
        Object[][] states = new Object[chunks][];
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int from = c * CHUNK_ROWS;
            int to = Math.min(rows, from + CHUNK_ROWS);
            Object[] s = new Object[distinct.size()];
            for (int a = 0; a < s.length; a++) {
                try {
                    s[a] = updateFresh(distinct.get(a), table, from, to);
                } catch (RuntimeException | LinkageError e) {
                    s[a] = new Failure(e);
                }
            }
            states[c] = s;
        });
        Map<Analyzer<?, ?>, Object> results = new LinkedHashMap<>();
        for (int a = 0; a < distinct.size(); a++) {
            Object result;
            try {
                result = mergeAndFinish(distinct.get(a), table, states, a);
            } catch (RuntimeException | LinkageError e) {
                result = new Failure(e);
            }
            results.put(distinct.get(a), result);
        }
        return new ScanResult(table.name(), rows, chunks, results);
    }

    private static <S> Object updateFresh(Analyzer<S, ?> analyzer, Table table, int from, int to) {
        S state = analyzer.newState(table);
        analyzer.update(state, table, from, to);
        return state;
    }

    @SuppressWarnings("unchecked")
    private static <S, R> Object mergeAndFinish(Analyzer<S, R> analyzer, Table table, Object[][] states, int index) {
        for (Object[] chunk : states) {
            if (chunk[index] instanceof Failure f) {
                return f;
            }
        }
        S merged = (S) states[0][index];
        for (int c = 1; c < states.length; c++) {
            merged = analyzer.merge(merged, (S) states[c][index]);
        }
        return analyzer.result(merged, table);
    }

    /** The failure of one analyzer, kept in place of its result. */
    record Failure(Throwable cause) {
    }
}
