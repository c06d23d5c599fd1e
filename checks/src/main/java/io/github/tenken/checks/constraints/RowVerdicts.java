package io.github.tenken.checks.constraints;

import io.github.tenken.data.Batch;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.ValueHash;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import java.util.regex.Pattern;

/**
 * The verdict of a rule that a row decides on its own (every rule but {@link Constraint.Unique}) for each row of a
 * batch: kept, broken, or not evaluated (a missing operand). A categorical column is judged once per dictionary code
 * met in the batch, from the batch's own column; nothing is kept beyond the call.
 */
final class RowVerdicts {

    static final byte KEPT = 0;
    static final byte BROKEN = 1;
    static final byte SKIPPED = 2;

    private RowVerdicts() {
    }

    /** Fills {@code out[i]} with the verdict of row {@code i} of the batch. */
    static void of(Constraint rule, Batch batch, byte[] out) {
        int n = batch.size();
        if (rule instanceof Constraint.Range r) {
            NumericColumn c = batch.numeric(r.column());
            for (int i = 0; i < n; i++) {
                double v = c.get(i);
                out[i] = Double.isNaN(v) ? SKIPPED : v >= r.min() && v <= r.max() ? KEPT : BROKEN;
            }
        } else if (rule instanceof Constraint.NotNull r) {
            boolean[] missing = new boolean[n];
            batch.column(r.column()).markMissing(missing);
            for (int i = 0; i < n; i++) {
                out[i] = missing[i] ? BROKEN : KEPT;
            }
        } else if (rule instanceof Constraint.Allowed r) {
            allowed(r, batch.column(r.column()), out);
        } else if (rule instanceof Constraint.Matches r) {
            matches(r, batch.column(r.column()), out);
        } else if (rule instanceof Constraint.Compare r) {
            compare(r, batch, out);
        } else {
            throw new IllegalArgumentException("a unique rule is not decided row by row");
        }
    }

    private static void allowed(Constraint.Allowed rule, Column column, byte[] out) {
        int n = column.size();
        if (column instanceof NumericColumn c) {
            Set<Double> values = new HashSet<>();
            rule.values().forEach(v -> values.add(normal(Columns.number(v))));
            for (int i = 0; i < n; i++) {
                double v = c.get(i);
                out[i] = Double.isNaN(v) ? SKIPPED : values.contains(normal(v)) ? KEPT : BROKEN;
            }
        } else if (column instanceof IdentifierColumn c) {
            Set<Long> hashes = new HashSet<>();
            rule.values().forEach(v -> hashes.add(ValueHash.of(v)));
            for (int i = 0; i < n; i++) {
                long h = c.valueHash(i);
                out[i] = h == IdentifierColumn.MISSING ? SKIPPED : hashes.contains(h) ? KEPT : BROKEN;
            }
        } else {
            Set<String> values = Set.copyOf(rule.values());
            byCode((CategoricalColumn) column, values::contains, out);
        }
    }

    private static void matches(Constraint.Matches rule, Column column, byte[] out) {
        Pattern pattern = Pattern.compile(rule.regex());
        if (column instanceof CategoricalColumn c) {
            byCode(c, v -> pattern.matcher(v).matches(), out);
            return;
        }
        NumericColumn c = (NumericColumn) column;
        for (int i = 0; i < c.size(); i++) {
            String text = c.text(i);
            out[i] = text == null ? SKIPPED : pattern.matcher(text).matches() ? KEPT : BROKEN;
        }
    }

    /** Judges each code once, from the column's dictionary, then every row by its code. */
    private static void byCode(CategoricalColumn column, java.util.function.Predicate<String> keeps, byte[] out) {
        int n = column.size();
        int[] codes = new int[n];
        column.copyTo(0, codes, 0, n);
        byte[] byCode = new byte[16];
        Arrays.fill(byCode, (byte) -1);
        for (int i = 0; i < n; i++) {
            int code = codes[i];
            if (code == CategoricalColumn.MISSING) {
                out[i] = SKIPPED;
                continue;
            }
            if (code >= byCode.length) {
                int old = byCode.length;
                byCode = Arrays.copyOf(byCode, Math.max(code + 1, old * 2));
                Arrays.fill(byCode, old, byCode.length, (byte) -1);
            }
            if (byCode[code] < 0) {
                byCode[code] = keeps.test(column.dictionary().valueOf(code)) ? KEPT : BROKEN;
            }
            out[i] = byCode[code];
        }
    }

    private static void compare(Constraint.Compare rule, Batch batch, byte[] out) {
        int n = batch.size();
        IntToDoubleFunction left = rule.left().over(batch);
        IntToDoubleFunction right = rule.right().over(batch);
        boolean[] missing = new boolean[n];
        for (String c : rule.columns()) {
            batch.column(c).markMissing(missing);
        }
        for (int i = 0; i < n; i++) {
            if (missing[i]) {
                out[i] = SKIPPED;
                continue;
            }
            double d = left.applyAsDouble(i) - right.applyAsDouble(i);
            out[i] = Double.isNaN(d) ? SKIPPED : rule.holds(d) ? KEPT : BROKEN;
        }
    }

    /** -0.0 and 0.0 are one allowed value. */
    private static double normal(double v) {
        return v == 0.0 ? 0.0 : v;
    }
}
