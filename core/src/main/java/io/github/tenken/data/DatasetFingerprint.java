package io.github.tenken.data;

import java.util.List;

/**
 * What identifies a dataset in a result's provenance: its role, name, source, shape, column names and a hash of
 * its content.
 *
 * @param role        the dataset's role
 * @param name        the table's name
 * @param source      where it was read from
 * @param rows        number of rows
 * @param columns     column names with their types, e.g. {@code age:numeric}
 * @param contentHash a 64-bit hash of every value, in hex; equal content gives an equal hash
 */
public record DatasetFingerprint(DatasetRole role, String name, String source, long rows, List<String> columns,
                                 String contentHash) {

    public DatasetFingerprint {
        columns = List.copyOf(columns);
    }
}
