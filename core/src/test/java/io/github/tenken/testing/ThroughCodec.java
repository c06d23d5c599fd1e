package io.github.tenken.testing;

import io.github.tenken.data.Batch;
import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.ScanInfo;
import io.github.tenken.stats.StateCodec;

import java.util.concurrent.atomic.AtomicLong;

/**
 * An analyzer that writes every state to bytes and reads it back ({@link StateCodec#toBytes} then
 * {@link StateCodec#fromBytes}) before it is merged or finished, as a distributed executor would ship it; it counts
 * the round trips so a test can prove they happened.
 *
 * @param inner the analyzer under test
 * @param trips how many states went through the codec
 */
public record ThroughCodec<S, R>(Analyzer<S, R> inner, AtomicLong trips) implements Analyzer<S, R> {

    /** The analyzer with its states shipped through its codec. */
    public static <S, R> ThroughCodec<S, R> of(Analyzer<S, R> inner) {
        return new ThroughCodec<>(inner, new AtomicLong());
    }

    private S ship(S state) {
        trips.incrementAndGet();
        StateCodec<S> codec = inner.codec();
        return codec.fromBytes(codec.toBytes(state));
    }

    @Override
    public S newState() {
        return inner.newState();
    }

    @Override
    public void update(S state, Batch batch) {
        inner.update(state, batch);
    }

    @Override
    public S merge(S left, S right) {
        return inner.merge(ship(left), ship(right));
    }

    @Override
    public R result(S state, ScanInfo info) {
        return inner.result(ship(state), info);
    }

    @Override
    public StateCodec<S> codec() {
        return inner.codec();
    }

    @Override
    public String toString() {
        return inner + " through its codec";
    }
}
