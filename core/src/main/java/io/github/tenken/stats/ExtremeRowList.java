package io.github.tenken.stats;

import java.util.List;

/**
 * The rows holding the smallest and the largest values of a numeric column; among equal values the earlier row
 * comes first.
 *
 * @param smallest the rows of the smallest values, ascending by value (at most the analyzer's {@code k})
 * @param largest  the rows of the largest values, descending by value (at most {@code k}); a row may be in both lists
 *                 when the column holds fewer than {@code 2k} values
 */
public record ExtremeRowList(List<RowValue> smallest, List<RowValue> largest) {

    public ExtremeRowList {
        smallest = List.copyOf(smallest);
        largest = List.copyOf(largest);
    }
}
