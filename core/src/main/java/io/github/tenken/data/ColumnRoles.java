package io.github.tenken.data;

import io.github.tenken.internal.Preconditions;

import java.util.List;
import java.util.Optional;

/**
 * The roles columns play, the same in every dataset of an assessment: the label, the sensitive attributes
 * (fairness groups) and columns to leave out of feature statistics (e.g. a sampling weight).
 *
 * @param label     the label column, or {@code null} when there is none
 * @param sensitive the sensitive attributes
 * @param ignored   columns that are neither features nor label
 */
public record ColumnRoles(String label, List<String> sensitive, List<String> ignored) {

    public ColumnRoles {
        sensitive = List.copyOf(sensitive);
        ignored = List.copyOf(ignored);
    }

    /** Roles with a label and nothing else. */
    public static ColumnRoles label(String label) {
        return new ColumnRoles(Preconditions.notBlank(label, "label"), List.of(), List.of());
    }

    /** No roles at all. */
    public static ColumnRoles none() {
        return new ColumnRoles(null, List.of(), List.of());
    }

    /** These roles with the given sensitive attributes. */
    public ColumnRoles withSensitive(String... columns) {
        return new ColumnRoles(label, List.of(columns), ignored);
    }

    /** These roles with the given columns ignored. */
    public ColumnRoles withIgnored(String... columns) {
        return new ColumnRoles(label, sensitive, List.of(columns));
    }

    /** The label column, if one is declared. */
    public Optional<String> labelColumn() {
        return Optional.ofNullable(label);
    }

    /** The feature columns of a table: every column but the label and the ignored ones. */
    public List<String> features(Table table) {
        return features(table.schema());
    }

    /** The feature columns of a schema: every column but the label and the ignored ones. */
    public List<String> features(Schema schema) {
        return schema.names().stream()
                .filter(c -> !c.equals(label) && !ignored.contains(c))
                .toList();
    }
}
