package io.github.tenken.checks.outliers;

import io.github.tenken.stats.ExtremeRowList;
import io.github.tenken.stats.RowValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The most extreme rows of a column beyond either fence: the rows with the largest {@code |x - median|} come from the
 * {@code k} smallest and {@code k} largest values (a row among the {@code k} farthest from the median is among the
 * {@code k} farthest on its side), ordered farthest first, the earlier row first among equals.
 */
final class OutlierRows {

    private OutlierRows() {
    }

    /** At most {@code limit} rows beyond the robust-z or Tukey's fences, farthest from the median first. */
    static List<RowValue> select(ExtremeRowList extremes, RobustFences fences, int limit) {
        Map<Long, RowValue> byRow = new LinkedHashMap<>();
        for (RowValue r : extremes.smallest()) {
            byRow.putIfAbsent(r.row(), r);
        }
        for (RowValue r : extremes.largest()) {
            byRow.putIfAbsent(r.row(), r);
        }
        List<RowValue> out = new ArrayList<>();
        for (RowValue r : byRow.values()) {
            if (fences.beyondRobust(r.value()) || fences.beyondIqr(r.value())) {
                out.add(r);
            }
        }
        double half = fences.median() / 2;
        out.sort(Comparator.<RowValue>comparingDouble(r -> -Math.abs(r.value() / 2 - half))
                .thenComparingLong(RowValue::row));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }
}
