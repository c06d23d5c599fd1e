package io.github.tenken.engine;

import io.github.tenken.stats.Analyzer;

import java.util.Map;

/**
 * The results of one scan of a table, by analyzer.
 *
 * @param table   the table's name
 * @param rows    rows scanned
 * @param chunks  chunks the rows were cut into
 * @param results result by analyzer
 */
public record ScanResult(String table, int rows, int chunks, Map<Analyzer<?, ?>, Object> results) {

    public ScanResult {
        results = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(results));
    }

    /** Whether the scan computed this analyzer. */
    public boolean has(Analyzer<?, ?> analyzer) {
        return results.containsKey(analyzer);
    }

    /** The result of one analyzer of the scan. */
    @SuppressWarnings("unchecked")
    public <R> R get(Analyzer<?, R> analyzer) {
        if (!results.containsKey(analyzer)) {
            throw new IllegalStateException("analyzer " + analyzer + " was not part of the scan of " + table);
        }
        Object r = results.get(analyzer);
        if (r instanceof Scanner.Failure f) {
            throw new IllegalStateException("statistic " + analyzer + " of " + table + " failed: "
                    + f.cause().getMessage(), f.cause());
        }
        return (R) r;
    }
}
