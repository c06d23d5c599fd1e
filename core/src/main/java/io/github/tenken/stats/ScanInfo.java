package io.github.tenken.stats;

import io.github.tenken.data.Schema;

import java.util.List;
import java.util.Map;

/**
 * What an analyzer's {@link Analyzer#result} may know beyond its state: the dataset's name, schema and row count,
 * and the category names of its categorical columns as they stood when the scan ended (frozen).
 *
 * @param dataset    the dataset's name
 * @param schema     its schema
 * @param rows       rows scanned
 * @param categories category names by code, per categorical column
 */
public record ScanInfo(String dataset, Schema schema, long rows, Map<String, List<String>> categories) {

    public ScanInfo {
        categories = Map.copyOf(categories);
    }

    /** The category names of a categorical column, by code; an error when the scan saw no such column. */
    public List<String> categories(String column) {
        List<String> c = categories.get(column);
        if (c == null) {
            throw new IllegalArgumentException("column \"" + column + "\" of " + dataset + " is not categorical; "
                    + "its columns are " + schema.names());
        }
        return c;
    }
}
