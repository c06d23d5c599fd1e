package io.github.tenken.spark;

import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.checks.io.Dictionaries;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One pass over a Spark dataset that counts the rows of each partition and finds each category's first appearance
 * (partition, then row), by a distinct-values aggregation ({@code reduceByKey} on (column, value) keeping the earliest
 * position): only the distinct values reach the driver, never a column. The driver then adds the new values to the
 * assessment's dictionaries in order of first appearance, the order the local reader codes them in, so codes agree
 * with a local run and across training, test and operation data.
 */
final class CategoryCensus {

    /** Row indices within a partition take the low 40 bits of a position. */
    private static final int ROW_BITS = 40;
    private static final String COUNT = "#";

    private CategoryCensus() {
    }

    /** Rows per partition, in partition order, after the dictionaries have learnt every category. */
    static long[] run(JavaRDD<Row> rows, RowDecoder decoder, Dictionaries dictionaries) {
        List<Tuple2<String, Long>> found = rows
                .mapPartitionsWithIndex((partition, it) -> firstAppearances(partition, it, decoder), false)
                .mapToPair(t -> t)
                .reduceByKey(Math::min)
                .collect();
        long[] counts = new long[rows.getNumPartitions()];
        Map<Integer, List<Tuple2<String, Long>>> byColumn = new HashMap<>();
        for (Tuple2<String, Long> t : found) {
            if (t._1().startsWith(COUNT)) {
                counts[Integer.parseInt(t._1().substring(1))] = t._2();
            } else {
                int sep = t._1().indexOf('\u0000');
                int column = Integer.parseInt(t._1().substring(0, sep));
                byColumn.computeIfAbsent(column, c -> new ArrayList<>())
                        .add(new Tuple2<>(t._1().substring(sep + 1), t._2()));
            }
        }
        for (int j = 0; j < decoder.size(); j++) {
            if (!decoder.isCategorical(j)) {
                continue;
            }
            CategoryDictionary d = dictionaries.forColumn(decoder.name(j));
            List<Tuple2<String, Long>> values = byColumn.get(j);
            if (values == null) {
                continue;                                   // no rows, or every value missing
            }
            values.sort(Comparator.comparingLong(Tuple2::_2));
            for (Tuple2<String, Long> v : values) {
                d.codeOf(v._1());
            }
        }
        return counts;
    }

    private static Iterator<Tuple2<String, Long>> firstAppearances(int partition, Iterator<Row> it,
                                                                   RowDecoder decoder) {
        List<Map<String, Long>> seen = new ArrayList<>();
        for (int j = 0; j < decoder.size(); j++) {
            seen.add(decoder.isCategorical(j) ? new HashMap<>() : null);
        }
        long base = (long) partition << ROW_BITS;
        long row = 0;
        while (it.hasNext()) {
            Row r = it.next();
            for (int j = 0; j < decoder.size(); j++) {
                Map<String, Long> m = seen.get(j);
                if (m != null) {
                    String v = decoder.category(r, j);
                    if (v != null) {
                        m.putIfAbsent(v, base | row);
                    }
                }
            }
            row++;
        }
        List<Tuple2<String, Long>> out = new ArrayList<>();
        out.add(new Tuple2<>(COUNT + partition, row));
        for (int j = 0; j < seen.size(); j++) {
            if (seen.get(j) != null) {
                String prefix = j + "\u0000";
                seen.get(j).forEach((v, at) -> out.add(new Tuple2<>(prefix + v, at)));
            }
        }
        return out.iterator();
    }
}
