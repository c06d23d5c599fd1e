package io.github.tenken.checks.model;

import io.github.tenken.checks.io.LocatedTable;
import io.github.tenken.data.Column;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.ValueHash;
import io.github.tenken.data.Table;
import io.github.tenken.internal.Formats;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;

import java.util.List;
import java.util.Objects;

/**
 * The model behind a {@link PredictionsFile}: it returns the file's predictions, and only for the file's rows.
 * A table of another size is refused; so is a table that shares columns with the file but not their values (a
 * perturbed copy, another split), because a file cannot predict rows it was not written for. A table that shares
 * no column with the file (features kept in a separate file) is accepted on its row count alone.
 */
final class FilePredictionsModel implements Model {

    private final LocatedTable located;
    private final Predictions predictions;
    private final String description;
    private final java.nio.file.Path source;

    /** @param source the file read, or {@code null} when the predictions came from a stream */
    FilePredictionsModel(LocatedTable located, Predictions predictions, String description,
                         java.nio.file.Path source) {
        this.located = located;
        this.source = source;
        this.predictions = predictions;
        this.description = description;
    }

    @Override
    public ModelKind kind() {
        return predictions.kind();
    }

    @Override
    public List<String> classes() {
        return predictions.classes();
    }

    @Override
    public boolean predictsNewRows() {
        return false;
    }

    @Override
    public String description() {
        return description;
    }

    /** The predictions file, whose bytes identify the model in the result. */
    @Override
    public java.util.Optional<java.nio.file.Path> sourceFile() {
        return java.util.Optional.ofNullable(source);
    }

    @Override
    public Predictions predict(Table table) {
        Table own = located.table();
        if (table.rowCount() != own.rowCount()) {
            throw new IllegalArgumentException("the predictions file " + located.file() + " holds "
                    + Formats.count(own.rowCount()) + " predictions, but table \"" + table.name() + "\" has "
                    + Formats.count(table.rowCount()) + " rows; it can only predict the rows it was read with");
        }
        for (Column mine : own.columns()) {
            Column theirs = table.find(mine.name()).orElse(null);
            if (theirs == null || theirs == mine) {
                continue;
            }
            for (int r = 0; r < own.rowCount(); r++) {
                if (!sameValue(mine, theirs, r)) {
                    throw new IllegalArgumentException("the predictions file " + located.file()
                            + " can only predict the rows it was read with, but table \"" + table.name()
                            + "\" differs in column \"" + mine.name() + "\" at row " + r + ": "
                            + quoted(theirs.text(r)) + " where line " + located.line(r) + " of the file has "
                            + (mine instanceof IdentifierColumn ? "another value" : quoted(mine.text(r))));
                }
            }
        }
        return predictions;
    }

    /** Equal values; an identifier keeps only the hash of its text, so the other side's text is hashed. */
    private static boolean sameValue(Column mine, Column theirs, int r) {
        if (mine instanceof IdentifierColumn id) {
            long other = theirs instanceof IdentifierColumn o ? o.valueHash(r)
                    : theirs.text(r) == null ? IdentifierColumn.MISSING : ValueHash.of(theirs.text(r));
            return id.valueHash(r) == other;
        }
        return Objects.equals(mine.text(r), theirs.text(r));
    }

    private static String quoted(String text) {
        return text == null ? "a missing value" : "\"" + text + "\"";
    }

    @Override
    public String toString() {
        return description;
    }
}
