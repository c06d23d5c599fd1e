package io.github.tenken.stats;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;

import java.util.List;

/**
 * Hashes the values of chosen columns of a row into 64 bits, by value (numbers by their bits, categories by their
 * shared code), so equal rows of any table of an assessment hash alike. Two seeds give two independent hashes, which
 * together make a 128-bit row key.
 */
public final class RowHasher {

    private final NumericColumn[] numeric;
    private final CategoricalColumn[] categorical;

    /** A hasher of the given columns of the table. */
    public RowHasher(Table table, List<String> columns) {
        List<Column> cols = columns.stream().map(table::column).toList();
        numeric = cols.stream().filter(NumericColumn.class::isInstance).toArray(NumericColumn[]::new);
        categorical = cols.stream().filter(CategoricalColumn.class::isInstance).toArray(CategoricalColumn[]::new);
    }

    /** A 64-bit hash of the row, seeded so that two seeds give two independent hashes. */
    public long hash(int row, long seed) {
        long h = seed;
        for (NumericColumn c : numeric) {
            double v = c.get(row);
            // 0.0 and -0.0 are equal values: one key (NaN already has one canonical bit pattern)
            h = mix(h ^ Double.doubleToLongBits(v == 0.0 ? 0.0 : v));
        }
        for (CategoricalColumn c : categorical) {
            h = mix(h ^ (c.code(row) + 0x9E3779B97F4A7C15L));
        }
        return h;
    }

    /** The finaliser of MurmurHash3 with a multiply-add step: spreads every input bit over the output. */
    public static long mix(long x) {
        x = (x + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
        x ^= x >>> 31;
        x *= 0x94D049BB133111EBL;
        return x ^ (x >>> 29);
    }
}
