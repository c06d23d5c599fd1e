package io.github.tenken.cli.plan;

import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.CsvDataset;
import io.github.tenken.checks.io.DataFileException;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Dataset;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Opens one data file of a plan as a {@link CsvDataset}, read while the assessment scans it (the file is never held
 * whole unless a check reads its rows): the plan's reading options become {@link CsvOptions}, and bad content
 * surfaces as the reader's {@link io.github.tenken.checks.io.DataFileException} (file, line, column, value).
 */
final class DatasetLoader {

    private DatasetLoader() {
    }

    /**
     * Reads the dataset at {@code path} (e.g. {@code datasets.training}).
     *
     * @param label the plan's label column, checked by the reader in every file; {@code null} for none
     */
    static Dataset load(DatasetPlan plan, String path, String label, Set<String> keepValues,
                        Dictionaries dictionaries, PlanContext ctx) {
        ctx.required(plan, path);
        Path file = ctx.existingFile(plan.path(), path + ".path");
        CsvOptions options = options(plan, path, label, keepValues, ctx);
        try {
            return CsvDataset.of(file, plan.path(), options, dictionaries);
        } catch (DataFileException e) {
            // a column named in "missingByColumn" that the file lacks is a mistake in the plan: name its field
            if (e.line() == 0 && e.column() != null && plan.missingByColumn() != null
                    && plan.missingByColumn().containsKey(e.column())
                    && !options.declaredTypes().containsKey(e.column())) {
                String message = e.getMessage();
                int columns = message.indexOf("; columns are ");
                throw ctx.error(FieldPath.field(path + ".missingByColumn", e.column()), "no column \"" + e.column()
                        + "\" in " + plan.path() + (columns < 0 ? "" : message.substring(columns)));
            }
            throw e;
        }
    }

    /**
     * The reading options; {@code keepValues} are the columns the plan names as sensitive or in cases, which must
     * keep their values even when they look like identifiers.
     */
    static CsvOptions options(DatasetPlan plan, String path, String label, Set<String> keepValues, PlanContext ctx) {
        CsvOptions.Builder b = CsvOptions.builder();
        if (plan.delimiter() != null) {
            b.delimiter(delimiter(plan.delimiter(), path + ".delimiter", ctx));
        }
        boolean header = plan.header() == null || plan.header();
        if (header && plan.columns() != null) {
            throw ctx.error(path + ".columns", "column names are for a file without a header line; "
                    + "add \"header\": false or remove them");
        }
        if (!header) {
            List<String> columns = plan.columns();
            if (columns == null || columns.isEmpty()) {
                throw ctx.error(path + ".columns", "required when \"header\" is false: the column names in file order");
            }
            for (int i = 0; i < columns.size(); i++) {
                ctx.required(columns.get(i), FieldPath.index(path + ".columns", i));
            }
            b.columnNames(columns);
        }
        missing(plan, path, b, ctx);
        if (plan.encoding() != null) {
            b.encoding(encoding(plan.encoding(), path + ".encoding", ctx));
        }
        if (plan.maxFieldBytes() != null) {
            b.maxFieldBytes((int) positive(plan.maxFieldBytes(), path + ".maxFieldBytes", ctx));
        }
        if (plan.maxColumns() != null) {
            b.maxColumns((int) positive(plan.maxColumns(), path + ".maxColumns", ctx));
        }
        if (plan.maxBytes() != null) {
            b.maxBytes(positive(plan.maxBytes(), path + ".maxBytes", ctx));
        }
        if (plan.trim() != null) {
            b.trim(plan.trim());
        }
        if (plan.skipLines() != null) {
            if (plan.skipLines() < 0) {
                throw ctx.error(path + ".skipLines", plan.skipLines() + " is negative; expected 0 or more lines");
            }
            b.skipLines(plan.skipLines());
        }
        if (plan.skipPrefix() != null) {
            b.skipLinesStartingWith(ctx.required(plan.skipPrefix(), path + ".skipPrefix"));
        }
        if (plan.types() != null) {
            plan.types().forEach((column, type) ->
                    b.columnType(column, type(type, FieldPath.field(path + ".types", column), ctx)));
        }
        if (plan.stripSuffix() != null) {
            for (Map.Entry<String, String> e : plan.stripSuffix().entrySet()) {
                b.stripSuffix(e.getKey(), ctx.required(e.getValue(), FieldPath.field(path + ".stripSuffix", e.getKey())));
            }
        }
        if (label != null) {
            b.label(label);
        }
        b.keepValuesIfPresent(keepValues.toArray(String[]::new));
        return b.build();
    }

    /**
     * The missing-value markers: {@code missing} adds to the defaults unless {@code replaceDefaultMissing} is true;
     * {@code missingByColumn} adds markers for one column each.
     */
    private static void missing(DatasetPlan plan, String path, CsvOptions.Builder b, PlanContext ctx) {
        String[] markers = plan.missing() == null ? new String[0]
                : markers(plan.missing(), path + ".missing", ctx);
        if (Boolean.TRUE.equals(plan.replaceDefaultMissing())) {
            b.missingMarkers(markers);
        } else {
            b.addMissingMarkers(markers);
        }
        if (plan.missingByColumn() != null) {
            for (Map.Entry<String, List<String>> e : plan.missingByColumn().entrySet()) {
                String field = FieldPath.field(path + ".missingByColumn", e.getKey());
                if (e.getKey().isBlank()) {
                    throw ctx.error(field, "a column name is required");
                }
                if (e.getValue() == null || e.getValue().isEmpty()) {
                    throw ctx.error(field, "required: the texts meaning \"missing\" in this column, e.g. [\"0\"]");
                }
                b.missingMarkersFor(e.getKey(), markers(e.getValue(), field, ctx));
            }
        }
    }

    private static String[] markers(List<String> list, String path, PlanContext ctx) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw ctx.error(FieldPath.index(path, i), "required; write \"\" for the empty field");
            }
        }
        return list.toArray(String[]::new);
    }

    private static Charset encoding(String name, String path, PlanContext ctx) {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw ctx.error(path, "\"" + name + "\" is not a known encoding; expected a name such as UTF-8, "
                    + "ISO-8859-1, windows-1252 or Shift_JIS");
        }
    }

    private static long positive(long value, String path, PlanContext ctx) {
        if (value <= 0) {
            throw ctx.error(path, value + " is not a positive number");
        }
        return value;
    }

    private static char delimiter(String text, String path, PlanContext ctx) {
        String t = text.equalsIgnoreCase("tab") ? "\t" : text;
        if (t.length() != 1 || t.equals("\n") || t.equals("\r") || t.equals("\"")) {
            throw ctx.error(path, "\"" + text + "\" is not a delimiter; expected one character such as \",\", \";\" "
                    + "or \"\\t\"");
        }
        return t.charAt(0);
    }

    private static ColumnType type(String text, String path, PlanContext ctx) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "numeric", "number" -> ColumnType.NUMERIC;
            case "categorical", "category", "text" -> ColumnType.CATEGORICAL;
            case "identifier", "id" -> ColumnType.IDENTIFIER;
            default -> throw ctx.error(path, "\"" + text
                    + "\" is not a column type; expected numeric, categorical or identifier");
        };
    }
}
