package io.github.tenken.checks.constraints;

import io.github.tenken.data.Batch;
import io.github.tenken.data.Column;
import io.github.tenken.data.ColumnType;
import io.github.tenken.internal.Preconditions;
import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.ScanInfo;
import io.github.tenken.stats.StateCodec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every declared rule over one dataset in one pass: per rule the rows evaluated, broken and not evaluated and the
 * first {@code listRows} rows that broke it (by row order, whatever the batching: a merge keeps the left rows
 * first), and the rows that broke any rule, each counted once. Unique rules keep each distinct value's 64-bit hash
 * with the row it first occurs in; every other rule is decided row by row.
 *
 * @param constraints the rules
 * @param listRows    how many breaking rows to list per rule
 */
public record ConstraintScan(Constraints constraints, int listRows)
        implements Analyzer<ConstraintState, ConstraintTally> {

    public ConstraintScan {
        Preconditions.notNull(constraints, "constraints");
        Preconditions.check(listRows >= 0, "listRows must not be negative, was %d", listRows);
    }

    @Override
    public ConstraintState newState() {
        List<Constraint> rules = constraints.rules();
        boolean severalUnique = rules.stream().filter(r -> r instanceof Constraint.Unique).count() > 1;
        ConstraintState s = new ConstraintState(rules.size());
        for (int r = 0; r < rules.size(); r++) {
            if (rules.get(r) instanceof Constraint.Unique) {
                s.unique[r] = new UniqueIndex(listRows, severalUnique);
            } else {
                s.examples[r] = new Examples(rules.get(r).columns().size(), listRows);
            }
        }
        return s;
    }

    @Override
    public void update(ConstraintState s, Batch batch) {
        int n = batch.size();
        long firstRow = batch.firstRow();
        List<Constraint> rules = constraints.rules();
        boolean[] dirty = new boolean[n];
        byte[] verdicts = new byte[n];
        for (int r = 0; r < rules.size(); r++) {
            Constraint rule = rules.get(r);
            if (rule instanceof Constraint.Unique) {
                continue;
            }
            RowVerdicts.of(rule, batch, verdicts);
            Column[] columns = rule.columns().stream().map(batch::column).toArray(Column[]::new);
            long[] values = new long[columns.length];
            for (int i = 0; i < n; i++) {
                byte v = verdicts[i];
                if (v == RowVerdicts.SKIPPED) {
                    s.skipped[r]++;
                    continue;
                }
                s.evaluated[r]++;
                if (v == RowVerdicts.BROKEN) {
                    s.broken[r]++;
                    dirty[i] = true;
                    if (!s.examples[r].isFull()) {
                        for (int k = 0; k < columns.length; k++) {
                            values[k] = Examples.raw(columns[k], i);
                        }
                        s.examples[r].add(firstRow + i, values);
                    }
                }
            }
        }
        for (boolean d : dirty) {
            s.brokenRows += d ? 1 : 0;
        }
        long[] hashes = new long[n];
        for (int r = 0; r < rules.size(); r++) {
            if (rules.get(r) instanceof Constraint.Unique u) {
                Column c = batch.column(u.column());
                c.valueHashes(hashes);
                for (int i = 0; i < n; i++) {
                    if (hashes[i] == 0) {
                        s.skipped[r]++;
                    } else {
                        s.evaluated[r]++;
                        s.unique[r].add(hashes[i], firstRow + i, Examples.raw(c, i), !dirty[i]);
                    }
                }
            }
        }
    }

    @Override
    public ConstraintState merge(ConstraintState left, ConstraintState right) {
        return left.merge(right);
    }

    @Override
    public ConstraintTally result(ConstraintState s, ScanInfo info) {
        List<Constraint> rules = constraints.rules();
        List<ConstraintTally.RuleTally> tallies = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            Constraint rule = rules.get(r);
            Examples examples = s.unique[r] != null ? s.unique[r].examples : s.examples[r];
            long broken = s.unique[r] != null ? s.unique[r].repeats : s.broken[r];
            tallies.add(new ConstraintTally.RuleTally(rule, s.evaluated[r], broken, s.skipped[r],
                    violations(rule.columns(), examples, info)));
        }
        return new ConstraintTally(info.rows(), s.brokenRows + uniqueOnly(s), tallies);
    }

    /** Rows that broke a unique rule and nothing else, each once even when they broke several unique rules. */
    private static long uniqueOnly(ConstraintState s) {
        List<UniqueIndex> indexes = Arrays.stream(s.unique).filter(u -> u != null).toList();
        if (indexes.size() <= 1) {
            return indexes.isEmpty() ? 0 : indexes.get(0).cleanRepeats;
        }
        long[] all = new long[indexes.stream().mapToInt(u -> u.cleanRowCount).sum()];
        int at = 0;
        for (UniqueIndex u : indexes) {
            System.arraycopy(u.cleanRows, 0, all, at, u.cleanRowCount);
            at += u.cleanRowCount;
        }
        Arrays.sort(all);
        long distinct = 0;
        for (int i = 0; i < all.length; i++) {
            distinct += i == 0 || all[i] != all[i - 1] ? 1 : 0;
        }
        return distinct;
    }

    private static List<ConstraintTally.Violation> violations(List<String> columns, Examples e, ScanInfo info) {
        List<ConstraintTally.Violation> out = new ArrayList<>();
        for (int i = 0; i < e.size; i++) {
            List<String> values = new ArrayList<>();
            for (int k = 0; k < columns.size(); k++) {
                values.add(text(columns.get(k), e.raws[i * e.width + k], info));
            }
            out.add(new ConstraintTally.Violation(e.rows[i] + 1, columns, values));
        }
        return out;
    }

    /** A raw value as text, from the frozen dictionary for a category; {@code null} when missing. */
    private static String text(String column, long raw, ScanInfo info) {
        ColumnType type = info.schema().type(column);
        if (type == ColumnType.NUMERIC) {
            double v = Double.longBitsToDouble(raw);
            if (Double.isNaN(v)) {
                return null;
            }
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
        if (type == ColumnType.CATEGORICAL) {
            return raw < 0 ? null : info.categories(column).get((int) raw);
        }
        return raw == 0 ? null : String.format("#%016x", raw);
    }

    @Override
    public StateCodec<ConstraintState> codec() {
        return ConstraintState.CODEC;
    }
}
