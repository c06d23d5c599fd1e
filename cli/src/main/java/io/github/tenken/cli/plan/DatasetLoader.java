package io.github.tenken.cli.plan;

import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.CsvDataset;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Dataset;

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
        return CsvDataset.of(file, options(plan, path, label, keepValues, ctx), dictionaries);
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
        if (plan.missing() != null) {
            for (int i = 0; i < plan.missing().size(); i++) {
                if (plan.missing().get(i) == null) {
                    throw ctx.error(FieldPath.index(path + ".missing", i), "required; write \"\" for the empty field");
                }
            }
            b.missingMarkers(plan.missing().toArray(String[]::new));
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
            default -> throw ctx.error(path, "\"" + text + "\" is not a column type; expected numeric or categorical");
        };
    }
}
