package io.github.tenken.stats;

import java.util.List;

/**
 * The smallest and the largest distinct values of a numeric column with their exact counts: what a spike at an edge
 * of the range (a placeholder such as {@code 0} or {@code 99999}) is recognised by.
 *
 * @param present  values present in the column
 * @param lowest   the smallest distinct values, ascending (at most the analyzer's {@code k})
 * @param highest  the largest distinct values, descending (at most {@code k}); the two lists overlap when the column
 *                 holds fewer than {@code 2k} distinct values
 */
public record EdgeCounts(long present, List<ValueCount> lowest, List<ValueCount> highest) {

    public EdgeCounts {
        lowest = List.copyOf(lowest);
        highest = List.copyOf(highest);
    }
}
