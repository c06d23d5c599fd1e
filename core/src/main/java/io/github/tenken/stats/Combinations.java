package io.github.tenken.stats;

import io.github.tenken.data.Batch;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.RiskAttribute;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rows per combination of levels of every {@code t} of the given risk attributes (a categorical value, or the bin of
 * a numeric value): the counts behind t-way combinatorial coverage (guideline A-2.2a). A row with a missing value in
 * an attribute counts in no combination that includes it. States hold level codes only; values are named in the
 * result from the frozen dictionaries and the declared bins.
 *
 * @param attributes the risk attributes, at least {@code t}
 * @param t          how many attributes a combination spans (2 or 3)
 */
public record Combinations(List<RiskAttribute> attributes, int t)
        implements Analyzer<Combinations.State, Combinations.Counts> {

    /** The most levels an attribute may have, so that t codes pack into one long key. */
    public static final int MAX_LEVELS = 1 << 20;

    public Combinations {
        attributes = List.copyOf(attributes);
        if (t < 2 || t > 3 || attributes.size() < t) {
            throw new IllegalArgumentException("t-way combinations need t of 2 or 3 and at least t attributes, got t = "
                    + t + " and " + attributes.size() + " attributes");
        }
    }

    /**
     * The rows of every combination of one set of attributes.
     *
     * @param columns the attributes, in declaration order
     * @param binned  for each attribute, whether its levels are declared bins (all of them a level whatever the
     *                data hold) rather than categorical values
     * @param levels  every level of each attribute that the dictionary or the bins know, in code order
     * @param rows    rows per combination seen, keyed by its levels in the order of {@code columns}
     */
    public record Subset(List<String> columns, List<Boolean> binned, List<List<String>> levels,
                         Map<List<String>, Long> rows) {
    }

    /** The subsets of {@code t} attributes, in lexicographic order of their positions. */
    public record Counts(List<Subset> subsets) {
    }

    /** Per subset, rows per packed combination key. */
    public static final class State {
        final List<Map<Long, long[]>> bySubset = new ArrayList<>();
    }

    /** The subsets of t attribute positions, lexicographic. */
    List<int[]> subsets() {
        List<int[]> out = new ArrayList<>();
        int n = attributes.size();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (t == 2) {
                    out.add(new int[]{a, b});
                } else {
                    for (int c = b + 1; c < n; c++) {
                        out.add(new int[]{a, b, c});
                    }
                }
            }
        }
        return out;
    }

    @Override
    public State newState() {
        State s = new State();
        for (int i = 0, n = subsets().size(); i < n; i++) {
            s.bySubset.add(new TreeMap<>());
        }
        return s;
    }

    @Override
    public void update(State s, Batch batch) {
        int rows = batch.size();
        int[][] levels = new int[attributes.size()][];
        for (int a = 0; a < attributes.size(); a++) {
            levels[a] = levels(attributes.get(a), batch, rows);
        }
        List<int[]> subsets = subsets();
        for (int k = 0; k < subsets.size(); k++) {
            int[] subset = subsets.get(k);
            Map<Long, long[]> counts = s.bySubset.get(k);
            rows:
            for (int r = 0; r < rows; r++) {
                long key = 0;
                for (int a : subset) {
                    int level = levels[a][r];
                    if (level < 0) {
                        continue rows;
                    }
                    key = key * MAX_LEVELS + level;
                }
                counts.computeIfAbsent(key, x -> new long[1])[0]++;
            }
        }
    }

    /** Each row's level of the attribute: its category code or its bin; -1 when missing. */
    private static int[] levels(RiskAttribute attribute, Batch batch, int rows) {
        int[] out = new int[rows];
        if (attribute.isBinned()) {
            NumericColumn c = batch.numeric(attribute.column());
            for (int r = 0; r < rows; r++) {
                double v = c.get(r);
                out[r] = Double.isNaN(v) ? -1 : attribute.bin(v);
            }
        } else {
            CategoricalColumn c = batch.categorical(attribute.column());
            c.copyTo(0, out, 0, rows);
            for (int r = 0; r < rows; r++) {
                if (out[r] == CategoricalColumn.MISSING) {
                    out[r] = -1;
                } else if (out[r] >= MAX_LEVELS) {
                    throw new IllegalArgumentException("the risk attribute \"" + attribute.column() + "\" has more "
                            + "than " + MAX_LEVELS + " values; declare a coarser attribute");
                }
            }
        }
        return out;
    }

    @Override
    public State merge(State a, State b) {
        for (int k = 0; k < a.bySubset.size(); k++) {
            Map<Long, long[]> into = a.bySubset.get(k);
            b.bySubset.get(k).forEach((key, n) -> into.computeIfAbsent(key, x -> new long[1])[0] += n[0]);
        }
        return a;
    }

    @Override
    public Counts result(State s, ScanInfo info) {
        List<List<String>> names = new ArrayList<>();
        for (RiskAttribute a : attributes) {
            if (a.isBinned()) {
                List<String> bins = new ArrayList<>();
                for (int b = 0; b <= a.edges().size(); b++) {
                    bins.add(a.binLabel(b));
                }
                names.add(bins);
            } else {
                names.add(info.categories(a.column()));
            }
        }
        List<int[]> subsets = subsets();
        List<Subset> out = new ArrayList<>();
        for (int k = 0; k < subsets.size(); k++) {
            int[] subset = subsets.get(k);
            List<String> columns = new ArrayList<>();
            List<Boolean> binned = new ArrayList<>();
            List<List<String>> levels = new ArrayList<>();
            for (int a : subset) {
                columns.add(attributes.get(a).column());
                binned.add(attributes.get(a).isBinned());
                levels.add(names.get(a));
            }
            Map<List<String>, Long> rows = new LinkedHashMap<>();
            for (Map.Entry<Long, long[]> e : s.bySubset.get(k).entrySet()) {
                long key = e.getKey();
                String[] combination = new String[subset.length];
                for (int i = subset.length - 1; i >= 0; i--) {
                    combination[i] = names.get(subset[i]).get((int) (key % MAX_LEVELS));
                    key /= MAX_LEVELS;
                }
                rows.put(List.of(combination), e.getValue()[0]);
            }
            out.add(new Subset(columns, binned, levels, Collections.unmodifiableMap(rows)));
        }
        return new Counts(out);
    }

    @Override
    public StateCodec<State> codec() {
        Combinations self = this;
        return new StateCodec<>() {
            @Override
            public int version() {
                return 1;
            }

            @Override
            public void write(State s, DataOutput out) throws IOException {
                out.writeInt(s.bySubset.size());
                for (Map<Long, long[]> counts : s.bySubset) {
                    out.writeInt(counts.size());
                    for (Map.Entry<Long, long[]> e : counts.entrySet()) {
                        out.writeLong(e.getKey());
                        out.writeLong(e.getValue()[0]);
                    }
                }
            }

            @Override
            public State read(DataInput in) throws IOException {
                State s = self.newState();
                int subsets = in.readInt();
                if (subsets != s.bySubset.size()) {
                    throw new IOException("a state of " + subsets + " attribute subsets, expected "
                            + s.bySubset.size());
                }
                for (int k = 0; k < subsets; k++) {
                    Map<Long, long[]> counts = s.bySubset.get(k);
                    for (int i = 0, n = in.readInt(); i < n; i++) {
                        counts.put(in.readLong(), new long[]{in.readLong()});
                    }
                }
                return s;
            }
        };
    }
}
