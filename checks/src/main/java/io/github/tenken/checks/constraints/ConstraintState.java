package io.github.tenken.checks.constraints;

import io.github.tenken.stats.StateCodec;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * The state of {@link ConstraintScan} over a range of rows: per rule the rows evaluated, broken and not evaluated and
 * the first rows that broke it; the rows that broke some rule decided row by row; and an index per unique rule.
 * Numbers, codes and hashes only.
 */
final class ConstraintState {

    final long[] evaluated;
    final long[] broken;
    final long[] skipped;
    final Examples[] examples;
    /** Per rule, the index of a unique rule, else {@code null}. */
    final UniqueIndex[] unique;
    /** Rows that broke at least one rule decided row by row. */
    long brokenRows;

    ConstraintState(int rules) {
        evaluated = new long[rules];
        broken = new long[rules];
        skipped = new long[rules];
        examples = new Examples[rules];
        unique = new UniqueIndex[rules];
    }

    /** Adds the state of the next row range. */
    ConstraintState merge(ConstraintState right) {
        for (int r = 0; r < evaluated.length; r++) {
            evaluated[r] += right.evaluated[r];
            skipped[r] += right.skipped[r];
            if (unique[r] != null) {
                unique[r].merge(right.unique[r]);
            } else {
                broken[r] += right.broken[r];
                examples[r].append(right.examples[r]);
            }
        }
        brokenRows += right.brokenRows;
        return this;
    }

    /** Writes and reads the state, version 1: its shape first, so one codec serves any set of rules. */
    static final StateCodec<ConstraintState> CODEC = new StateCodec<>() {
        @Override
        public int version() {
            return 1;
        }

        @Override
        public void write(ConstraintState s, DataOutput out) throws IOException {
            out.writeInt(s.evaluated.length);
            out.writeLong(s.brokenRows);
            for (int r = 0; r < s.evaluated.length; r++) {
                out.writeLong(s.evaluated[r]);
                out.writeLong(s.skipped[r]);
                out.writeBoolean(s.unique[r] != null);
                if (s.unique[r] != null) {
                    s.unique[r].write(out);
                } else {
                    out.writeLong(s.broken[r]);
                    s.examples[r].write(out);
                }
            }
        }

        @Override
        public ConstraintState read(DataInput in) throws IOException {
            int rules = in.readInt();
            if (rules < 0 || rules > 1_000_000) {
                throw new IOException("constraint state of " + rules + " rules");
            }
            ConstraintState s = new ConstraintState(rules);
            s.brokenRows = in.readLong();
            for (int r = 0; r < rules; r++) {
                s.evaluated[r] = in.readLong();
                s.skipped[r] = in.readLong();
                if (in.readBoolean()) {
                    s.unique[r] = UniqueIndex.read(in);
                } else {
                    s.broken[r] = in.readLong();
                    s.examples[r] = Examples.read(in);
                }
            }
            return s;
        }
    };
}
