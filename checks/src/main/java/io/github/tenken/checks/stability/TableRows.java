package io.github.tenken.checks.stability;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * New tables made from a table's rows: a seeded sample, a subset, a copy with some columns replaced; used by the
 * perturbation check and by checks that retrain a model on folds ({@code c2.retraining-spread}, the Smile module's
 * {@code b3.label-noise}).
 */
public final class TableRows {

    private TableRows() {
    }

    /**
     * At most {@code max} distinct row indices of {@code rows}, drawn without replacement by a partial
     * Fisher-Yates shuffle and returned ascending; every row when there are no more than {@code max}.
     */
    public static int[] sample(int rows, int max, SplittableRandom random) {
        int[] all = new int[rows];
        Arrays.setAll(all, i -> i);
        if (rows <= max) {
            return all;
        }
        for (int i = 0; i < max; i++) {
            int j = i + random.nextInt(rows - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] chosen = Arrays.copyOf(all, max);
        Arrays.sort(chosen);
        return chosen;
    }

    /**
     * A new table of the given rows, in the given order; categorical columns keep their shared dictionary, identifier
     * columns their hashes.
     */
    public static Table select(Table table, int[] rows, String name) {
        List<Column> columns = new ArrayList<>();
        for (Column c : table.columns()) {
            if (c instanceof NumericColumn n) {
                double[] v = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    v[i] = n.get(rows[i]);
                }
                columns.add(NumericColumn.of(n.name(), v));
            } else if (c instanceof IdentifierColumn id) {
                long[] all = id.copyHashes();
                long[] h = new long[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    h[i] = all[rows[i]];
                }
                columns.add(IdentifierColumn.adopt(id.name(), h, h.length));
            } else {
                CategoricalColumn k = (CategoricalColumn) c;
                CategoricalColumn.Builder b = CategoricalColumn.builder(k.name(), k.dictionary(), rows.length);
                for (int r : rows) {
                    b.addCode(k.code(r));
                }
                columns.add(b.build());
            }
        }
        return Table.of(name, table.source(), columns);
    }

    /**
     * A seeded fold number in {@code [0, folds)} for each of {@code rows} rows: a shuffled round robin, so fold sizes
     * differ by one row at most.
     */
    public static int[] folds(int rows, int folds, SplittableRandom random) {
        int[] order = new int[rows];
        Arrays.setAll(order, i -> i);
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] fold = new int[rows];
        for (int i = 0; i < rows; i++) {
            fold[order[i]] = i % folds;
        }
        return fold;
    }

    /** The rows whose fold is not {@code k} (its training rows), ascending. */
    public static int[] outsideFold(int[] fold, int k) {
        return java.util.stream.IntStream.range(0, fold.length).filter(r -> fold[r] != k).toArray();
    }

    /** A new table with the named columns replaced; the others are shared (columns are immutable). */
    static Table replace(Table table, Map<String, ? extends Column> replacements, String name) {
        List<Column> columns = new ArrayList<>();
        for (Column c : table.columns()) {
            columns.add(replacements.containsKey(c.name()) ? replacements.get(c.name()) : c);
        }
        return Table.of(name, table.source(), columns);
    }
}
