package io.github.tenken.internal;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntConsumer;

/**
 * Runs {@code n} indexed tasks on an executor and waits for all of them; the exception of the lowest-indexed task
 * that failed is rethrown, so a run reports the same error whatever the thread timing. Internal: not part of the API.
 */
public final class ParallelRun {

    private ParallelRun() {
    }

    /** Runs {@code task(0) ... task(n - 1)} on the executor; returns when all have ended. */
    public static void forEach(int n, Executor executor, IntConsumer task) {
        if (n == 0) {
            return;
        }
        AtomicReferenceArray<Throwable> failures = new AtomicReferenceArray<>(n);
        CountDownLatch done = new CountDownLatch(n);
        for (int i = 0; i < n; i++) {
            int index = i;
            executor.execute(() -> {
                try {
                    task.accept(index);
                } catch (Throwable t) {
                    failures.set(index, t);
                } finally {
                    done.countDown();
                }
            });
        }
        await(done);
        for (int i = 0; i < n; i++) {
            Throwable t = failures.get(i);
            if (t != null) {
                throw propagate(t);
            }
        }
    }

    /** Waits for the latch; an interrupt becomes an unchecked exception with the flag kept. */
    public static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a parallel scan", e);
        }
    }

    /** An unchecked throwable as it is; a checked one wrapped. */
    public static RuntimeException propagate(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }
}
