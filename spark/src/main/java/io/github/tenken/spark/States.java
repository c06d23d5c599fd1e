package io.github.tenken.spark;

import io.github.tenken.data.Batch;
import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.KeyedAnalyzer;
import io.github.tenken.stats.ScanInfo;

/**
 * The unchecked casts of handling an analyzer's state as an {@code Object} where Spark hands states around (in
 * partitions, shuffles and on the driver), in one place; and failures told in one line.
 */
final class States {

    private States() {
    }

    /** A fresh state updated with one batch. */
    static <S> Object update(Analyzer<S, ?> analyzer, Batch batch) {
        S state = analyzer.newState();
        analyzer.update(state, batch);
        return state;
    }

    /** {@code left} and {@code right} merged, left before right. */
    @SuppressWarnings("unchecked")
    static <S> Object merge(Analyzer<S, ?> analyzer, Object left, Object right) {
        return analyzer.merge((S) left, (S) right);
    }

    /** The state as its codec's bytes. */
    @SuppressWarnings("unchecked")
    static <S> byte[] toBytes(Analyzer<S, ?> analyzer, Object state) {
        return analyzer.codec().toBytes((S) state);
    }

    /** A state read back from its codec's bytes. */
    static <S> Object fromBytes(Analyzer<S, ?> analyzer, byte[] bytes) {
        return analyzer.codec().fromBytes(bytes);
    }

    /** The result of a state. */
    @SuppressWarnings("unchecked")
    static <S, R> R result(Analyzer<S, R> analyzer, Object state, ScanInfo info) {
        return analyzer.result((S) state, info);
    }

    /** A keyed state split into buckets, as bytes. */
    @SuppressWarnings("unchecked")
    static <S> byte[][] split(KeyedAnalyzer<S, ?> analyzer, Object state, int buckets) {
        return analyzer.splitToBytes((S) state, buckets);
    }

    /** The groups a keyed state holds. */
    @SuppressWarnings("unchecked")
    static <S> long groups(KeyedAnalyzer<S, ?> analyzer, Object state) {
        return analyzer.groups((S) state);
    }

    /**
     * A failure in one line: the message of the cause that says what went wrong (the first with a message that is an
     * {@link IllegalArgumentException}, else the deepest), without the stack traces Spark appends to a failed job's
     * message.
     */
    static String oneLine(Throwable e) {
        Throwable reason = e;
        while (reason.getCause() != null && reason.getCause() != reason
                && (reason.getMessage() == null || !(reason instanceof IllegalArgumentException))) {
            reason = reason.getCause();
        }
        String message = reason.getMessage() == null ? reason.getClass().getName() : reason.getMessage();
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** A failure as one line: its class and message. */
    static String describe(Throwable e) {
        return e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
