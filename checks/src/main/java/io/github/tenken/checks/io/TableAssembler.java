package io.github.tenken.checks.io;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.Column;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Schema;
import io.github.tenken.data.Table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins the parsed batches of a whole read into a {@link LocatedTable}, as the reference reader builds it: the
 * label is checked first, then each column's categories are coded with the shared dictionary batch after batch, in
 * order of first appearance, so that a read that fails leaves the dictionaries untouched and two reads of a file
 * give the same codes.
 */
final class TableAssembler {

    private final String name;
    private final String file;
    private final String source;
    private final Schema schema;
    private final CsvOptions options;
    private final Dictionaries dictionaries;

    TableAssembler(String name, String file, String source, Schema schema, CsvOptions options,
                   Dictionaries dictionaries) {
        this.name = name;
        this.file = file;
        this.source = source;
        this.schema = schema;
        this.options = options;
        this.dictionaries = dictionaries;
    }

    /** The table of these batches, in batch order; their arrays are released column by column as they are copied. */
    LocatedTable assemble(List<ParsedBatch> batches, long blankLines) {
        int rows = 0;
        for (ParsedBatch b : batches) {
            rows += b.rows;
        }
        int total = rows;
        options.label().ifPresent(label -> checkLabel(label, batches, total));
        int[] lines = new int[total];
        int at = 0;
        for (ParsedBatch b : batches) {
            System.arraycopy(b.lines, 0, lines, at, b.rows);
            at += b.rows;
        }
        List<Column> columns = new ArrayList<>(schema.size());
        for (int j = 0; j < schema.size(); j++) {
            Schema.Field field = schema.fields().get(j);
            CategoryDictionary dictionary = dictionaries.forColumn(field.name());
            columns.add(column(j, field, dictionary, batches, total));
            for (ParsedBatch b : batches) {
                b.data[j] = null;
            }
        }
        return new LocatedTable(file, Table.of(name, source, columns), lines, blankLines);
    }

    private static Column column(int j, Schema.Field field, CategoryDictionary dictionary, List<ParsedBatch> batches,
                                 int total) {
        int at = 0;
        switch (field.type()) {
            case NUMERIC -> {
                double[] all = new double[total];
                for (ParsedBatch b : batches) {
                    System.arraycopy((double[]) b.data[j], 0, all, at, b.rows);
                    at += b.rows;
                }
                return NumericColumn.adopt(field.name(), all, total);
            }
            case CATEGORICAL -> {
                int[] all = new int[total];
                for (ParsedBatch b : batches) {
                    int[] toDictionary = register(dictionary, b.levels[j]);
                    int[] local = (int[]) b.data[j];
                    for (int r = 0; r < b.rows; r++) {
                        int c = local[r];
                        all[at + r] = c == CategoricalColumn.MISSING ? c : toDictionary[c];
                    }
                    at += b.rows;
                }
                return CategoricalColumn.adopt(field.name(), dictionary, all, total);
            }
            default -> {
                long[] all = new long[total];
                for (ParsedBatch b : batches) {
                    System.arraycopy((long[]) b.data[j], 0, all, at, b.rows);
                    at += b.rows;
                }
                return IdentifierColumn.adopt(field.name(), all, total);
            }
        }
    }

    /** The dictionary codes of a batch's local codes, adding its new values in their order of appearance. */
    static int[] register(CategoryDictionary dictionary, String[] levels) {
        int[] codes = new int[levels.length];
        for (int i = 0; i < levels.length; i++) {
            codes[i] = dictionary.codeOf(levels[i]);
        }
        return codes;
    }

    /** The reference reader's label check, from the batches' local categories. */
    private void checkLabel(String label, List<ParsedBatch> batches, int rows) {
        int j = schema.indexOf(label);
        if (schema.fields().get(j).type() != ColumnType.CATEGORICAL) {
            return;
        }
        Set<String> classes = new LinkedHashSet<>();
        int missing = 0;
        for (ParsedBatch b : batches) {
            // every level of a batch occurs in it, in order of first appearance
            for (String level : b.levels[j]) {
                if (classes.size() < 2) {
                    classes.add(level);
                }
            }
            int[] local = (int[]) b.data[j];
            for (int r = 0; r < b.rows; r++) {
                if (local[r] == CategoricalColumn.MISSING) {
                    missing++;
                }
            }
        }
        CsvChecks.checkLabel(file, label, List.copyOf(classes), missing, rows);
    }
}
