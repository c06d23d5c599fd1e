package io.github.tenken.stats;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact duplicate rows and label conflicts: rows are grouped by their feature values (a 128-bit hash of two
 * independent 64-bit hashes; a collision is about as likely as 1 in 2^64 per pair), and within a group by label.
 *
 * @param features the feature columns
 * @param label    the label column, or {@code null} to compare whole rows only
 */
public record DuplicateRows(List<String> features, String label)
        implements Analyzer<DuplicateRows.State, DuplicateSummary> {

    public DuplicateRows {
        features = List.copyOf(features);
    }

    private record Key(long a, long b) {
    }

    /** Label counts per feature group. */
    public static final class State {
        final Map<Key, Map<Long, long[]>> groups = new HashMap<>();
    }

    @Override
    public State newState(Table table) {
        return new State();
    }

    @Override
    public void update(State s, Table table, int from, int to) {
        RowHasher hasher = new RowHasher(table, features);
        Column labelColumn = label == null ? null : table.column(label);
        for (int i = from; i < to; i++) {
            Key key = new Key(hasher.hash(i, 17L), hasher.hash(i, 0x5DEECE66DL));
            long labelValue = labelValue(labelColumn, i);
            s.groups.computeIfAbsent(key, k -> new HashMap<>(2)).computeIfAbsent(labelValue, k -> new long[1])[0]++;
        }
    }

    private static long labelValue(Column c, int row) {
        if (c == null) {
            return 0;
        }
        if (c instanceof CategoricalColumn k) {
            return k.code(row);
        }
        return Double.doubleToLongBits(((NumericColumn) c).get(row));
    }

    @Override
    public State merge(State a, State b) {
        b.groups.forEach((key, labels) -> {
            Map<Long, long[]> into = a.groups.computeIfAbsent(key, k -> new HashMap<>(2));
            labels.forEach((l, n) -> into.computeIfAbsent(l, x -> new long[1])[0] += n[0]);
        });
        return a;
    }

    @Override
    public DuplicateSummary result(State s, Table table) {
        long duplicateRows = 0;
        long duplicateGroups = 0;
        long conflictingGroups = 0;
        long conflictingRows = 0;
        for (Map<Long, long[]> labels : s.groups.values()) {
            long rows = 0;
            for (long[] n : labels.values()) {
                rows += n[0];
                if (n[0] > 1) {
                    duplicateRows += n[0] - 1;
                    duplicateGroups++;
                }
            }
            if (labels.size() > 1) {
                conflictingGroups++;
                conflictingRows += rows;
            }
        }
        return new DuplicateSummary(duplicateRows, duplicateGroups, conflictingGroups, conflictingRows);
    }
}
