package io.github.tenken.checks.stats;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;

import java.util.List;

/**
 * Hashes the values of chosen columns of a row into 64 bits: numbers by their bits, categories by their code in the
 * dictionary the assessment's tables share, so that equal rows of any of its tables hash alike.
 */
final class RowKeyHasher {

    private final NumericColumn[] numeric;
    private final CategoricalColumn[] categorical;

    RowKeyHasher(Table table, List<String> columns) {
        List<Column> cols = columns.stream().map(table::column).toList();
        numeric = cols.stream().filter(NumericColumn.class::isInstance).toArray(NumericColumn[]::new);
        categorical = cols.stream().filter(CategoricalColumn.class::isInstance).toArray(CategoricalColumn[]::new);
    }

    /** A 64-bit hash of the row; two seeds give two independent hashes. */
    long hash(int row, long seed) {
        long h = seed;
        for (NumericColumn c : numeric) {
            double v = c.get(row);
            // 0.0 and -0.0 are equal values; give them one key (NaN already has one canonical bit pattern)
            h = mix(h ^ Double.doubleToLongBits(v == 0.0 ? 0.0 : v));
        }
        for (CategoricalColumn c : categorical) {
            h = mix(h ^ (c.code(row) + 0x9E3779B97F4A7C15L));
        }
        return h;
    }

    /** The SplitMix64 finaliser: spreads every input bit over the output. */
    static long mix(long x) {
        x = (x + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
        x ^= x >>> 31;
        x *= 0x94D049BB133111EBL;
        return x ^ (x >>> 29);
    }
}
