package io.github.tenken.engine;

import io.github.tenken.data.Table;
import io.github.tenken.stats.Analyzer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The results of one scan of a dataset, by analyzer, and the dataset's rows when they were kept.
 *
 * @param dataset the dataset's name
 * @param rows    rows scanned
 * @param batches batches the rows were cut into
 * @param results result (or {@link FusedScan.Failure}) by analyzer
 * @param table   the rows, when the scan kept them
 */
public record ScanResult(String dataset, long rows, int batches, Map<Analyzer<?, ?>, Object> results,
                         Optional<Table> table) {

    public ScanResult {
        results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
    }

    /** Whether the scan computed this analyzer. */
    public boolean has(Analyzer<?, ?> analyzer) {
        return results.containsKey(analyzer);
    }

    /** The result of one analyzer of the scan; the analyzer's own failure is rethrown with its name. */
    @SuppressWarnings("unchecked")
    public <R> R get(Analyzer<?, R> analyzer) {
        if (!results.containsKey(analyzer)) {
            throw new IllegalStateException("analyzer " + analyzer + " was not part of the scan of " + dataset);
        }
        Object r = results.get(analyzer);
        if (r instanceof FusedScan.Failure f) {
            throw new IllegalStateException("statistic " + analyzer + " of " + dataset + " failed: "
                    + f.cause().getMessage(), f.cause());
        }
        return (R) r;
    }
}
