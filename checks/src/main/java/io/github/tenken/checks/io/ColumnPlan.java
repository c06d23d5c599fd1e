package io.github.tenken.checks.io;

import io.github.tenken.data.ColumnType;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How the batch parser turns the fields of one column into values.
 *
 * @param name       the column's name
 * @param kind       what to make of its fields
 * @param normaliser the column's normalisation, or {@code null}
 * @param ownMarkers the column's own missing-value markers in UTF-8 (besides the file's), or {@code null}
 */
record ColumnPlan(String name, Kind kind, UnaryOperator<String> normaliser, byte[][] ownMarkers) {

    /** What to make of a column's fields. */
    enum Kind {
        /** Numbers; a value that is not a number is an error (the column is declared numeric). */
        DECLARED_NUMBER,
        /** Numbers; a value that is not a number means the sample's guess was wrong (a schema change). */
        INFERRED_NUMBER,
        /** Local category codes, turned into dictionary codes in batch order. */
        CATEGORY,
        /** Hashes of the values' text. */
        IDENTIFIER,
        /** Local category codes of an undeclared column, to infer its type from (a sample read). */
        SAMPLE,
        /** Not read (a declared column in a sample read). */
        SKIP
    }

    /** The plan of a column of this type. */
    static ColumnPlan of(String name, ColumnType type, CsvOptions options) {
        Kind kind;
        switch (type) {
            case NUMERIC:
                kind = options.declaredTypes().get(name) == ColumnType.NUMERIC ? Kind.DECLARED_NUMBER
                        : Kind.INFERRED_NUMBER;
                break;
            case CATEGORICAL:
                kind = Kind.CATEGORY;
                break;
            default:
                kind = Kind.IDENTIFIER;
                break;
        }
        return of(name, kind, options);
    }

    /** The plan of a column read this way, with the options' normalisation and markers of the column. */
    static ColumnPlan of(String name, Kind kind, CsvOptions options) {
        List<String> own = options.columnMissingMarkers().get(name);
        byte[][] markers = own == null || own.isEmpty() ? null : own.stream().map(Utf8::encode).toArray(byte[][]::new);
        return new ColumnPlan(name, kind, options.normaliser(name), markers);
    }
}
