package io.github.tenken.stats;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;

import java.util.List;

/**
 * Hashes the values of chosen columns of a row into 64 bits, by value (numbers by their bits, categories by their
 * shared code), so equal rows of any table of an assessment hash alike.
 */
final class RowHasher {

    private final NumericColumn[] numeric;
    private final CategoricalColumn[] categorical;

    RowHasher(Table table, List<String> columns) {
        List<Column> cols = columns.stream().map(table::column).toList();
        numeric = cols.stream().filter(NumericColumn.class::isInstance).toArray(NumericColumn[]::new);
        categorical = cols.stream().filter(CategoricalColumn.class::isInstance).toArray(CategoricalColumn[]::new);
    }

    /** A 64-bit hash of the row, seeded so that two seeds give two independent hashes. */
    long hash(int row, long seed) {
        long h = seed;
        for (NumericColumn c : numeric) {
            h = mix(h ^ Double.doubleToLongBits(c.get(row)));
        }
        for (CategoricalColumn c : categorical) {
            h = mix(h ^ (c.code(row) + 0x9E3779B97F4A7C15L));
        }
        return h;
    }

    /** The finaliser of MurmurHash3 with a multiply-add step: spreads every input bit over the output. */
    static long mix(long x) {
        x = (x + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
        x ^= x >>> 31;
        x *= 0x94D049BB133111EBL;
        return x ^ (x >>> 29);
    }
}
