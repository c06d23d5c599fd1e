package io.github.tenken.checks.io;

import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.internal.Preconditions;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The category dictionaries of one assessment, one per column name, shared by its training, test and operation
 * tables so that a category has the same code in all of them, even when a level is absent from one file.
 *
 * <pre>{@code
 * Dictionaries dictionaries = new Dictionaries();
 * Table training = CsvTableReader.read(Path.of("train.csv"), options, dictionaries);
 * Table test = CsvTableReader.read(Path.of("test.csv"), options, dictionaries);
 * // training.categorical("sex").dictionary() == test.categorical("sex").dictionary()
 * }</pre>
 *
 * <p>Thread-safe; dictionaries only grow.
 */
public final class Dictionaries {

    private final Map<String, CategoryDictionary> byColumn = new ConcurrentHashMap<>();

    /** An empty set of dictionaries; one is created for each column on first use. */
    public Dictionaries() {
    }

    /** The dictionary of this column name, created empty on first use. */
    public CategoryDictionary forColumn(String column) {
        Preconditions.notNull(column, "column");
        return byColumn.computeIfAbsent(column, c -> new CategoryDictionary());
    }

    /** The column names that have a dictionary, sorted. */
    public List<String> columns() {
        return byColumn.keySet().stream().sorted().toList();
    }

    @Override
    public String toString() {
        return "Dictionaries" + columns();
    }
}
