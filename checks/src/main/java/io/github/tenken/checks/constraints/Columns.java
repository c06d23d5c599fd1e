package io.github.tenken.checks.constraints;

import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Schema;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The column checks every rule makes against a schema, with errors that name the column and the known ones. */
final class Columns {

    private Columns() {
    }

    /** The column exists in the schema and has one of the types; an error naming what needs it otherwise. */
    static void require(Schema schema, String dataset, String column, String what, ColumnType... types) {
        if (!schema.has(column)) {
            throw new IllegalArgumentException("column \"" + column + "\" of " + what + " not found in " + dataset
                    + "; columns are " + schema.names() + hint(schema, column));
        }
        ColumnType type = schema.type(column);
        if (Arrays.stream(types).noneMatch(t -> t == type)) {
            throw new IllegalArgumentException(what + " needs a " + Arrays.stream(types).map(ColumnType::key)
                    .collect(Collectors.joining(" or ")) + " column, but \"" + column + "\" of " + dataset + " is "
                    + type.key() + (type == ColumnType.IDENTIFIER ? " (its text is not kept)" : ""));
        }
    }

    /** The number a text stands for, or {@code null}. */
    static Double number(String text) {
        try {
            return Double.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A name with a dash or a space is read as a sum unless quoted: say so when such a column starts alike. */
    private static String hint(Schema schema, String column) {
        return schema.names().stream().filter(n -> n.startsWith(column) && n.length() > column.length()
                        && (n.charAt(column.length()) == '-' || n.charAt(column.length()) == ' '))
                .findFirst().map(n -> "; write `" + n + "` in backticks for a name with a dash or a space")
                .orElse("");
    }
}
