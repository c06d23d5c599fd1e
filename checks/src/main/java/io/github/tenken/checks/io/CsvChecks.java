package io.github.tenken.checks.io;

import io.github.tenken.data.ColumnType;
import io.github.tenken.internal.Formats;
import org.apache.commons.csv.CSVRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The checks of a file's header, of the options against its columns, and of its label, with their messages. */
final class CsvChecks {

    private CsvChecks() {
    }

    /** The column names of a header line: each non-blank and distinct. */
    static List<String> header(String file, CSVRecord record, int line, CsvOptions options) {
        return header(file, record.toList(), line, options);
    }

    /** Fails when there are more columns than the options allow. */
    static void checkColumnCount(String file, int columns, int line, CsvOptions options) {
        if (columns > options.maxColumns()) {
            throw DataFileException.ofLine(file, line, "there are " + Formats.count(columns) + " columns, more "
                    + "than the limit of " + Formats.count(options.maxColumns()) + " (maxColumns); raise the limit "
                    + "if they are meant");
        }
    }

    /** The column names of a header line given as its fields: each non-blank and distinct. */
    static List<String> header(String file, List<String> fields, int line, CsvOptions options) {
        checkColumnCount(file, fields.size(), line, options);
        List<String> header = new ArrayList<>(fields.size());
        for (int j = 0; j < fields.size(); j++) {
            String name = fields.get(j).strip();
            if (name.isEmpty()) {
                throw DataFileException.ofLine(file, line, "column " + (j + 1) + " of the header has no name");
            }
            header.add(name);
        }
        checkDistinct(file, header, line);
        return header;
    }

    /** Fails when a column name occurs twice. */
    static void checkDistinct(String file, List<String> names, int line) {
        Map<String, Integer> first = new HashMap<>();
        for (int j = 0; j < names.size(); j++) {
            Integer earlier = first.putIfAbsent(names.get(j), j);
            if (earlier != null) {
                throw DataFileException.ofLine(file, line, "the column name \"" + names.get(j)
                        + "\" appears twice (columns " + (earlier + 1) + " and " + (j + 1) + ")");
            }
        }
    }

    /** Fails when the options name a column the file does not have. */
    static void requireOptionColumns(String file, List<String> names, CsvOptions options) {
        options.label().ifPresent(label -> require(file, names, label, "is the label column but is not in the file"));
        options.declaredTypes().forEach((column, type) -> require(file, names, column,
                "is declared " + type.name().toLowerCase(Locale.ROOT) + " but is not in the file"));
        options.normalisedColumns().forEach(column -> require(file, names, column,
                "has normalisation rules but is not in the file"));
        options.keptValues().forEach(column -> require(file, names, column,
                "is listed to keep its values but is not in the file"));
        options.columnMissingMarkers().keySet().forEach(column -> require(file, names, column,
                "has missing-value markers of its own but is not in the file"));
    }

    private static void require(String file, List<String> names, String column, String problem) {
        if (!names.contains(column)) {
            throw new DataFileException(file, 0, column, null, problem + "; columns are " + names);
        }
    }

    /** Fails when a categorical label has fewer than two classes. */
    static void checkLabel(String file, String label, ColumnBuffer buffer, int rows, ColumnType type) {
        if (type != ColumnType.CATEGORICAL) {
            return;
        }
        checkLabel(file, label, buffer.distinctCategories(), buffer.missingCount(), rows);
    }

    /**
     * Fails when a categorical label has fewer than two classes.
     *
     * @param classes the distinct present classes in order of first appearance (only the first two matter)
     * @param missing how many rows miss the label
     * @param rows    how many rows the file has
     */
    static void checkLabel(String file, String label, List<String> classes, int missing, int rows) {
        if (classes.isEmpty()) {
            throw DataFileException.ofColumn(file, label, "the label is missing in all " + rows(rows));
        }
        if (classes.size() == 1) {
            throw DataFileException.ofColumn(file, label, "the label has only one class, \"" + classes.get(0)
                    + "\" (" + rows(rows - missing) + (missing > 0 ? ", " + Formats.count(missing) + " missing" : "")
                    + "); a classifier needs at least two");
        }
    }

    private static String rows(int n) {
        return Formats.count(n) + (n == 1 ? " row" : " rows");
    }
}
