package io.github.tenken.checks.correctness;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.Table;
import io.github.tenken.internal.Formats;
import io.github.tenken.internal.Preconditions;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The labels of a table as class indices of a model, with the rows whose label is missing left out (and counted).
 *
 * <p>A label value that is not one of the model's classes is an error naming the value and how many rows carry it:
 * a model cannot be scored on a class it never saw, and dropping those rows would flatter it.
 *
 * <pre>{@code
 * ObservedClasses truth = ObservedClasses.of(test, "income", predictions.classes());
 * int positive = truth.positiveClass(ctx.parameters().getString("positiveClass"));
 * }</pre>
 */
public final class ObservedClasses {

    private final List<String> classes;
    private final int[] rows;
    private final int[] truth;
    private final int missing;

    private ObservedClasses(List<String> classes, int[] rows, int[] truth, int missing) {
        this.classes = classes;
        this.rows = rows;
        this.truth = truth;
        this.missing = missing;
    }

    /** Reads the label column of a table against the model's classes (in the model's index order). */
    public static ObservedClasses of(Table table, String labelColumn, List<String> classes) {
        Preconditions.notEmpty(classes, "classes of the model");
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < classes.size(); i++) {
            index.put(classes.get(i), i);
        }
        Column label = table.column(labelColumn);
        int n = table.rowCount();
        int[] rows = new int[n];
        int[] truth = new int[n];
        int kept = 0;
        int missing = 0;
        Map<String, Integer> unknown = new TreeMap<>();
        int[] byCode = label instanceof CategoricalColumn c ? codeToClass(c, index) : null;
        for (int r = 0; r < n; r++) {
            if (label.isMissing(r)) {
                missing++;
                continue;
            }
            int k = byCode != null ? byCode[((CategoricalColumn) label).code(r)] : index.getOrDefault(label.text(r), -1);
            if (k < 0) {
                unknown.merge(label.text(r), 1, Integer::sum);
                continue;
            }
            rows[kept] = r;
            truth[kept++] = k;
        }
        if (!unknown.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            unknown.forEach((v, count) -> sb.append(sb.isEmpty() ? "" : ", ").append('"').append(v).append("\" (")
                    .append(Formats.count(count)).append(count == 1 ? " row)" : " rows)"));
            throw new IllegalArgumentException("label column \"" + labelColumn + "\" of " + table.name()
                    + " holds values the model never saw: " + sb + "; the model's classes are " + classes);
        }
        return new ObservedClasses(List.copyOf(classes), Arrays.copyOf(rows, kept), Arrays.copyOf(truth, kept),
                missing);
    }

    private static int[] codeToClass(CategoricalColumn column, Map<String, Integer> index) {
        List<String> values = column.dictionary().values();
        int[] map = new int[values.size()];
        for (int code = 0; code < map.length; code++) {
            map[code] = index.getOrDefault(values.get(code), -1);
        }
        return map;
    }

    /** The model's classes, in index order. */
    public List<String> classes() {
        return classes;
    }

    /** Number of rows with a label. */
    public int size() {
        return truth.length;
    }

    /** Rows left out because their label is missing. */
    public int missing() {
        return missing;
    }

    /** The table row of the {@code i}-th labelled row. */
    public int row(int i) {
        return rows[i];
    }

    /** The class index of the {@code i}-th labelled row. */
    public int truth(int i) {
        return truth[i];
    }

    /** A copy of the class indices of the labelled rows. */
    public int[] truth() {
        return truth.clone();
    }

    /** A copy of the table rows that carry a label, ascending. */
    public int[] rows() {
        return rows.clone();
    }

    /** How many labelled rows each class has. */
    public long[] counts() {
        long[] counts = new long[classes.size()];
        for (int t : truth) {
            counts[t]++;
        }
        return counts;
    }

    /**
     * The positive class: the one named (which must be a class of the model), or, when {@code requested} is blank,
     * the minority class of these labels (the first in class order on a tie).
     */
    public int positiveClass(String requested) {
        if (requested != null && !requested.isBlank()) {
            int k = classes.indexOf(requested.trim());
            Preconditions.check(k >= 0, "positiveClass \"%s\" is not a class of the model; its classes are %s",
                    requested.trim(), classes);
            return k;
        }
        long[] counts = counts();
        int minority = 0;
        for (int k = 1; k < counts.length; k++) {
            if (counts[k] < counts[minority]) {
                minority = k;
            }
        }
        return minority;
    }
}
