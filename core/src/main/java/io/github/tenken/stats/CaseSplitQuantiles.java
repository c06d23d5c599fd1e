package io.github.tenken.stats;

import io.github.tenken.data.Batch;
import io.github.tenken.data.CaseDefinition;
import io.github.tenken.data.NumericColumn;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.function.IntPredicate;

/**
 * The distribution of a numeric column inside a declared case and outside it, each exact up to {@code exactUpTo}
 * values and a KLL sketch above, as {@link Quantiles} keeps one: what a Kolmogorov-Smirnov test of whether the
 * column is skewed within the case needs (guideline B-1.2b).
 *
 * @param definition the case
 * @param column     the numeric column
 * @param exactUpTo  the most values kept exactly on each side
 */
public record CaseSplitQuantiles(CaseDefinition definition, String column, long exactUpTo)
        implements Analyzer<CaseSplitQuantiles.State, CaseSplitQuantiles.Split> {

    /** The distribution of the column among the rows inside the case and among the rows outside it. */
    public record Split(QuantileSummary inside, QuantileSummary outside) {
    }

    /** The two sides, each a {@link Quantiles} state. */
    public static final class State {
        Quantiles.State inside = new Quantiles.State();
        Quantiles.State outside = new Quantiles.State();
    }

    /** Exact up to {@link Quantiles#DEFAULT_EXACT_UP_TO} values on each side. */
    public static CaseSplitQuantiles of(CaseDefinition definition, String column) {
        return new CaseSplitQuantiles(definition, column, Quantiles.DEFAULT_EXACT_UP_TO);
    }

    private Quantiles side() {
        return new Quantiles(column, exactUpTo);
    }

    @Override
    public State newState() {
        return new State();
    }

    @Override
    public void update(State s, Batch batch) {
        if (s.inside.start < 0) {
            s.inside.start = batch.firstRow();
            s.outside.start = batch.firstRow();
        }
        NumericColumn c = batch.numeric(column);
        IntPredicate in = definition.matcher(batch);
        for (int i = 0, n = c.size(); i < n; i++) {
            double v = c.get(i);
            if (!Double.isNaN(v)) {
                (in.test(i) ? s.inside : s.outside).add(v, exactUpTo);
            }
        }
    }

    @Override
    public State merge(State a, State b) {
        Quantiles side = side();
        a.inside = side.merge(a.inside, b.inside);
        a.outside = side.merge(a.outside, b.outside);
        return a;
    }

    @Override
    public Split result(State s, ScanInfo info) {
        Quantiles side = side();
        return new Split(side.result(s.inside, info), side.result(s.outside, info));
    }

    @Override
    public StateCodec<State> codec() {
        StateCodec<Quantiles.State> side = side().codec();
        return new StateCodec<>() {
            @Override
            public int version() {
                return side.version();
            }

            @Override
            public void write(State s, DataOutput out) throws IOException {
                side.write(s.inside, out);
                side.write(s.outside, out);
            }

            @Override
            public State read(DataInput in) throws IOException {
                State s = new State();
                s.inside = side.read(in);
                s.outside = side.read(in);
                return s;
            }
        };
    }
}
