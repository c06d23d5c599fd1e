package io.github.tenken.benchmarks;

import io.github.tenken.data.Column;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Table;
import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.CategoryCounts;
import io.github.tenken.stats.ContentHash;
import io.github.tenken.stats.MissingCount;
import io.github.tenken.stats.NumericSummary;
import io.github.tenken.stats.Quantiles;
import io.github.tenken.stats.RowGroups;
import io.github.tenken.stats.RowsWithMissing;

import java.util.ArrayList;
import java.util.List;

/**
 * The analyzers of a full data profile, all fed by one fused scan: per column the missing count, per numeric column
 * the summary and the quantiles (exact up to {@link Quantiles#DEFAULT_EXACT_UP_TO} values, a KLL sketch beyond: what
 * the drift checks read), per categorical column the category counts, and over the table the rows with a missing
 * value, the row groups (features against the label: duplicates and label conflicts) and the content hash.
 */
public final class FullProfile {

    private FullProfile() {
    }

    /** The analyzers profiling every column of {@code table}, whose label column is {@code label}. */
    public static List<Analyzer<?, ?>> analyzers(Table table, String label) {
        List<Analyzer<?, ?>> analyzers = new ArrayList<>();
        List<String> features = new ArrayList<>();
        for (Column column : table.columns()) {
            String name = column.name();
            analyzers.add(new MissingCount(name));
            if (column.type() == ColumnType.NUMERIC) {
                analyzers.add(new NumericSummary(name));
                analyzers.add(Quantiles.of(name));
            } else {
                analyzers.add(new CategoryCounts(name));
            }
            if (!name.equals(label)) {
                features.add(name);
            }
        }
        if (features.size() == table.columns().size()) {
            throw new IllegalArgumentException("label column \"" + label + "\" not found in " + table.name()
                    + "; columns are " + table.columnNames());
        }
        analyzers.add(RowsWithMissing.allColumns());
        analyzers.add(new RowGroups(features, label));
        analyzers.add(new ContentHash());
        return List.copyOf(analyzers);
    }
}
