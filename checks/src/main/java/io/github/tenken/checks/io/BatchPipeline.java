package io.github.tenken.checks.io;

import io.github.tenken.internal.ParallelRun;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * One parallel read of a file: the calling thread splits the bytes into {@link RawBatch}es, parser tasks on the
 * executor turn them into {@link ParsedBatch}es, and a sequencer hands the parsed batches to an {@link Ordered}
 * consumer strictly in batch order (so that category codes are assigned in order of first appearance in the file),
 * whatever order the tasks finish in. The work the consumer returns (building the batch, calling the sink) runs
 * outside the sequencer, in parallel.
 *
 * <p>At most {@link #MAX_IN_FLIGHT} batches are split and not yet finished at any time, which bounds memory. The
 * exception thrown is that of the lowest-indexed batch that failed, which is the error of the earliest line: every
 * batch before it is waited for.
 */
final class BatchPipeline {

    /** Batches split and not yet finished at most: two per processor keeps every thread busy. */
    static final int MAX_IN_FLIGHT = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());

    /** Receives the parsed batches in batch order. */
    interface Ordered {
        /**
         * Takes the next batch in order; called one batch at a time. Returns work to run outside the ordering,
         * possibly in parallel with other batches' work, or {@code null}.
         */
        Runnable accept(ParsedBatch batch);
    }

    private final BatchParser parser;
    private final Executor executor;
    private final Function<ParsedBatch, RuntimeException> problems;
    private final Ordered ordered;
    private final Semaphore permits = new Semaphore(MAX_IN_FLIGHT);

    private final Object lock = new Object();
    private final Map<Integer, Pending> pending = new HashMap<>();
    private int nextInOrder;
    private int submitted;
    private int finished;
    private int failedIndex = Integer.MAX_VALUE;
    private Throwable failure;
    private volatile boolean stop;

    /**
     * A read.
     *
     * @param parser   turns raw batches into parsed ones
     * @param executor runs the parser tasks and the consumer's work
     * @param problems the exception a parsed batch fails with, or {@code null} when it is fine; called once per
     *                 batch from its task, so it may also observe every batch (e.g. collect violations)
     * @param ordered  the consumer of the batches in order
     */
    BatchPipeline(BatchParser parser, Executor executor, Function<ParsedBatch, RuntimeException> problems,
                  Ordered ordered) {
        this.parser = parser;
        this.executor = executor;
        this.problems = problems;
        this.ordered = ordered;
    }

    /**
     * Splits the rows the splitter has left into batches of {@code batchRows}, parses and delivers them, and returns
     * the number of batches once every delivery has ended; rethrows the failure of the lowest-indexed batch.
     */
    int run(RecordSplitter splitter, int batchRows) {
        int index = 0;
        try {
            while (!stop) {
                permits.acquire();
                RawBatch raw = splitter.next(batchRows);
                if (raw == null) {
                    permits.release();
                    break;
                }
                int k = index++;
                synchronized (lock) {
                    submitted++;
                }
                try {
                    executor.execute(() -> parse(k, raw));
                } catch (RejectedExecutionException e) {
                    finish(1 + fail(k, e));
                }
                if (raw.failure() != null) {
                    break;
                }
            }
            synchronized (lock) {
                while (finished < submitted) {
                    lock.wait();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop = true;
            throw new IllegalStateException("interrupted while reading a file", e);
        }
        synchronized (lock) {
            if (failure != null) {
                throw ParallelRun.propagate(failure);
            }
        }
        return index;
    }

    /** A parser task: parses, finds the batch's problem, and passes every batch that is next in order on. */
    private void parse(int k, RawBatch raw) {
        Pending result;
        try {
            ParsedBatch batch = parser.parse(k, raw);
            result = new Pending(batch, problems.apply(batch));
        } catch (Throwable t) {
            result = new Pending(null, t);
        }
        List<Delivery> work = new ArrayList<>();
        int dropped = 0;
        synchronized (lock) {
            if (k >= failedIndex) {
                dropped++;
            } else {
                pending.put(k, result);
                while (pending.containsKey(nextInOrder)) {
                    int i = nextInOrder++;
                    Pending next = pending.remove(i);
                    if (next.problem != null) {
                        dropped += fail(i, next.problem);
                        dropped++;
                        break;
                    }
                    try {
                        work.add(new Delivery(i, ordered.accept(next.batch)));
                    } catch (Throwable t) {
                        dropped += fail(i, t);
                        dropped++;
                        break;
                    }
                }
            }
        }
        for (Delivery d : work) {
            if (d.work != null && d.index < failedIndex()) {
                try {
                    d.work.run();
                } catch (Throwable t) {
                    dropped += fail(d.index, t);
                }
            }
        }
        finish(dropped + work.size());
    }

    private int failedIndex() {
        synchronized (lock) {
            return failedIndex;
        }
    }

    /**
     * Records a failure of batch {@code index} when it is the lowest so far, stops the splitting, and drops the
     * pending batches after it; returns how many were dropped.
     */
    private int fail(int index, Throwable t) {
        synchronized (lock) {
            stop = true;
            if (index < failedIndex) {
                failedIndex = index;
                failure = t;
            }
            int dropped = 0;
            Iterator<Integer> it = pending.keySet().iterator();
            while (it.hasNext()) {
                if (it.next() >= failedIndex) {
                    it.remove();
                    dropped++;
                }
            }
            return dropped;
        }
    }

    private void finish(int batches) {
        if (batches == 0) {
            return;
        }
        synchronized (lock) {
            finished += batches;
            lock.notifyAll();
        }
        permits.release(batches);
    }

    /** A parsed batch waiting for its turn, or the failure of its parse. */
    private record Pending(ParsedBatch batch, Throwable problem) {
    }

    /** The consumer's work for one batch. */
    private record Delivery(int index, Runnable work) {
    }
}
