package io.github.tenken.testing;

import io.github.tenken.data.Dataset;
import io.github.tenken.engine.FusedScan;
import io.github.tenken.engine.ScanResult;
import io.github.tenken.engine.ScanSettings;
import io.github.tenken.stats.Analyzer;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** Scans of test datasets through the engine's {@link FusedScan}. */
public final class Scans {

    private Scans() {
    }

    /** One analyzer over the dataset, in one batch holding every row, on the calling thread. */
    public static <R> R whole(Dataset dataset, Analyzer<?, R> analyzer) {
        return FusedScan.run(dataset, List.of(analyzer), new ScanSettings(Runnable::run, Integer.MAX_VALUE), false)
                .get(analyzer);
    }

    /** The analyzers over the dataset, in one batch holding every row, on the calling thread. */
    public static ScanResult whole(Dataset dataset, Collection<? extends Analyzer<?, ?>> analyzers) {
        return FusedScan.run(dataset, analyzers, new ScanSettings(Runnable::run, Integer.MAX_VALUE), false);
    }

    /** The analyzers over the dataset in batches of {@code batchRows}, on a pool of {@code threads} threads. */
    public static ScanResult batched(Dataset dataset, Collection<? extends Analyzer<?, ?>> analyzers, int batchRows,
                                     int threads) {
        return withPool(threads, pool -> FusedScan.run(dataset, analyzers, new ScanSettings(pool, batchRows), false));
    }

    /** Runs {@code body} with a fixed pool of {@code threads} threads, shut down afterwards. */
    public static <T> T withPool(int threads, Function<ExecutorService, T> body) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            return body.apply(pool);
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
