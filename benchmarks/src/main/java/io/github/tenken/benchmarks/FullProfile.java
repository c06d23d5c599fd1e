package io.github.tenken.benchmarks;

import io.github.tenken.data.ColumnType;
import io.github.tenken.checks.stats.DistinctCount;
import io.github.tenken.data.Schema;
import io.github.tenken.stats.RowCount;
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
 * The analyzers of a full data profile, all fed by one fused scan: per column the missing count and the distinct
 * count (exact up to {@link Quantiles#DEFAULT_EXACT_UP_TO} values, an HLL sketch beyond), per numeric column the
 * summary and the quantiles (exact up to the same bound, a KLL sketch beyond: what the drift checks read), per
 * categorical column the category counts, and over the dataset the rows with a missing value, the row groups
 * (features against the label: duplicates and label conflicts), the row count and the content hash.
 */
public final class FullProfile {

    private FullProfile() {
    }

    /** The analyzers profiling every column of {@code schema}, whose label column is {@code label}. */
    public static List<Analyzer<?, ?>> analyzers(Schema schema, String label) {
        if (!schema.has(label)) {
            throw new IllegalArgumentException("label column \"" + label + "\" not found; columns are "
                    + schema.names());
        }
        List<Analyzer<?, ?>> analyzers = new ArrayList<>();
        List<String> features = new ArrayList<>();
        for (Schema.Field field : schema.fields()) {
            String name = field.name();
            analyzers.add(new MissingCount(name));
            analyzers.add(new DistinctCount(name, Quantiles.DEFAULT_EXACT_UP_TO));
            if (field.type() == ColumnType.NUMERIC) {
                analyzers.add(new NumericSummary(name));
                analyzers.add(Quantiles.of(name));
            } else if (field.type() == ColumnType.CATEGORICAL) {
                analyzers.add(new CategoryCounts(name));
            }
            if (!name.equals(label)) {
                features.add(name);
            }
        }
        analyzers.add(RowsWithMissing.allColumns());
        analyzers.add(new RowGroups(features, label));
        analyzers.add(new RowCount());
        analyzers.add(new ContentHash());
        return List.copyOf(analyzers);
    }
}
