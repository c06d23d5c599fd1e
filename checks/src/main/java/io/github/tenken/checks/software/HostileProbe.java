package io.github.tenken.checks.software;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.Column;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.message.Message;

import java.util.ArrayList;
import java.util.List;

/**
 * One hostile input: a feature set to one invalid value in a new table (the first rows of the test data); the test
 * data are never changed. Numeric features get a missing value, +-1e308 and +-Infinity; categorical ones a missing
 * value and a category the model never saw, coded in a new dictionary (the test data's own dictionary is shared and
 * must not grow).
 *
 * @param feature the feature set
 * @param probe   what it is set to, as shown in the table: a number as text, or a message (missing, unseen)
 * @param value   the numeric value, for a numeric feature
 * @param text    the category, {@code null} for missing, for a categorical feature
 */
record HostileProbe(String feature, Object probe, double value, String text) {

    /** A category no model has seen. */
    static final String UNSEEN = "__tenken_unseen__";

    /** Every probe of one feature column. */
    static List<HostileProbe> of(Column column) {
        if (column instanceof NumericColumn) {
            String f = column.name();
            return List.of(new HostileProbe(f, Message.of("d1.invalid-input.probe.missing"), Double.NaN, null),
                    new HostileProbe(f, "1e308", 1e308, null),
                    new HostileProbe(f, "-1e308", -1e308, null),
                    new HostileProbe(f, "Infinity", Double.POSITIVE_INFINITY, null),
                    new HostileProbe(f, "-Infinity", Double.NEGATIVE_INFINITY, null));
        }
        if (column instanceof CategoricalColumn) {
            return List.of(new HostileProbe(column.name(), Message.of("d1.invalid-input.probe.missing"), Double.NaN,
                            null),
                    new HostileProbe(column.name(), Message.of("d1.invalid-input.probe.unseen", UNSEEN), Double.NaN,
                            UNSEEN));
        }
        return List.of();   // identifier columns hold hashes, not values a model reads
    }

    /** A new table of {@code rows} (a copy of the first rows) with this feature set to the probe's value. */
    Table apply(Table rows) {
        int n = rows.rowCount();
        List<Column> columns = new ArrayList<>();
        for (Column c : rows.columns()) {
            if (!c.name().equals(feature)) {
                columns.add(c);
            } else if (c instanceof NumericColumn) {
                double[] v = new double[n];
                java.util.Arrays.fill(v, value);
                columns.add(NumericColumn.of(feature, v));
            } else {
                CategoricalColumn k = (CategoricalColumn) c;
                CategoryDictionary copy = CategoryDictionary.of(k.dictionary().snapshot().toArray(String[]::new));
                String[] values = new String[n];
                java.util.Arrays.fill(values, text);
                columns.add(CategoricalColumn.of(feature, copy, values));
            }
        }
        String shown = probe instanceof String s ? s : text == null ? "missing" : text;
        return Table.of(rows.name() + " with " + feature + " = " + shown, rows.source(), columns);
    }
}
