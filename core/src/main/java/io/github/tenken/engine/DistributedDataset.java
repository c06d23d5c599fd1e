package io.github.tenken.engine;

import io.github.tenken.data.Dataset;
import io.github.tenken.stats.Analyzer;

import java.util.List;
import java.util.Map;

/**
 * A dataset that runs analyzers where its rows live (a Spark cluster, say) and hands back only their merged states:
 * the seam through which {@link FusedScan} uses another backend. The engine calls {@link #scanStates} instead of
 * cutting batches itself, then names categories and computes every result on its own side, so checks, levels and
 * reports run unchanged.
 *
 * <p>An implementation must give the same states the local scan would give for exact statistics: the same
 * analyzers over the same rows, each batch placed at its {@link io.github.tenken.data.Batch#firstRow() row index} in
 * the dataset, states merged left to right in row order, and category codes from the assessment's shared
 * dictionaries.
 */
public interface DistributedDataset extends Dataset {

    /**
     * Runs the analyzers over every row and returns their merged states, in the order given. For a
     * {@link io.github.tenken.stats.KeyedAnalyzer} the backend may instead return its result, wrapped in
     * {@link Computed}, assembled from buckets merged where they were shuffled to; it must equal the result of the
     * merged state.
     *
     * @param analyzers the distinct analyzers the checks planned
     * @param batchRows the rows per batch the run asked for
     */
    Merged scanStates(List<Analyzer<?, ?>> analyzers, int batchRows);

    /** An analyzer's result computed by the backend itself, which the engine uses as it is. */
    record Computed(Object result) {
    }

    /**
     * What a distributed scan hands back.
     *
     * @param states     per analyzer, its merged state, its {@link Computed} result, or the {@link Throwable} it
     *                   failed with
     * @param rows       rows scanned
     * @param batches    batches the rows were cut into
     * @param categories the category names by code of each categorical column, as they stood when the scan ended
     */
    record Merged(List<Object> states, long rows, int batches, Map<String, List<String>> categories) {
        public Merged {
            states = List.copyOf(states);
            categories = Map.copyOf(categories);
        }
    }
}
