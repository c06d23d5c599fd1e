package io.github.tenken.testing;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.Column;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A test-only reader of the small real datasets in {@code src/test/resources/datasets}: they have a header and no
 * quoted fields, so a line splits on commas. {@code NA} and empty fields are missing. A column is numeric when every
 * present value parses as a number, categorical otherwise, unless the caller says otherwise.
 */
public final class CsvTables {

    private CsvTables() {
    }

    /** Iris (150 rows): four numeric measurements and the categorical species. */
    public static Table iris() {
        return read("datasets/iris.csv", Map.of());
    }

    /**
     * Palmer penguins (344 rows, with missing values): species, island and sex categorical, four measurements
     * numeric, and year read as an identifier column so that identifiers take part too.
     */
    public static Table penguins() {
        return read("datasets/penguins.csv.gz", Map.of("year", ColumnType.IDENTIFIER));
    }

    /** A dataset from the test class path, with these column types forced and fresh dictionaries. */
    public static Table read(String resource, Map<String, ColumnType> forced) {
        List<String[]> rows = new ArrayList<>();
        String[] header;
        try (InputStream raw = CsvTables.class.getClassLoader().getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            header = reader.readLine().split(",", -1);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != header.length) {
                    throw new IllegalStateException(resource + ": a line of " + cells.length + " fields for "
                            + header.length + " columns: " + line);
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Column> columns = new ArrayList<>();
        Map<String, CategoryDictionary> dictionaries = new HashMap<>();
        for (int j = 0; j < header.length; j++) {
            String name = header[j];
            ColumnType type = forced.getOrDefault(name, inferType(rows, j));
            String[] values = new String[rows.size()];
            for (int i = 0; i < values.length; i++) {
                String v = rows.get(i)[j];
                values[i] = v.isEmpty() || v.equals("NA") ? null : v;
            }
            columns.add(switch (type) {
                case NUMERIC -> {
                    double[] x = new double[values.length];
                    for (int i = 0; i < x.length; i++) {
                        x[i] = values[i] == null ? Double.NaN : Double.parseDouble(values[i]);
                    }
                    yield NumericColumn.of(name, x);
                }
                case CATEGORICAL -> CategoricalColumn.of(name,
                        dictionaries.computeIfAbsent(name, k -> new CategoryDictionary()), values);
                case IDENTIFIER -> IdentifierColumn.of(name, values);
            });
        }
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        return Table.of(name, resource, columns);
    }

    private static ColumnType inferType(List<String[]> rows, int column) {
        for (String[] r : rows) {
            String v = r[column];
            if (v.isEmpty() || v.equals("NA")) {
                continue;
            }
            try {
                Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return ColumnType.CATEGORICAL;
            }
        }
        return ColumnType.NUMERIC;
    }
}
