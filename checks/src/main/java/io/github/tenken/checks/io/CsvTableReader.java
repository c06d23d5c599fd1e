package io.github.tenken.checks.io;

import io.github.tenken.data.Table;
import io.github.tenken.internal.Preconditions;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads a delimited text file (CSV, optionally gzipped) into an immutable {@link Table}, coding categories with the
 * assessment's shared {@link Dictionaries}.
 *
 * <pre>{@code
 * Dictionaries dictionaries = new Dictionaries();
 * CsvOptions options = CsvOptions.builder().label("species").build();
 * Table training = CsvTableReader.read(Path.of("penguins-2007.csv"), options, dictionaries);
 * Table operation = CsvTableReader.read(Path.of("penguins-2009.csv.gz"), options, dictionaries);
 * }</pre>
 *
 * <p>Parsing follows RFC 4180 (quoted fields may hold delimiters, quotes and line breaks) as Apache Commons CSV
 * reads it. Files are parsed in parallel from their bytes by {@link CsvDataset}; with
 * {@link CsvOptions.Builder#referenceReader(boolean)}, or options the byte-level reader cannot handle
 * ({@link CsvOptions#fastPathSupported()}), they are read sequentially through Commons CSV itself, which gives the
 * same table. Bad content is reported as a {@link DataFileException} naming the file (the path as given), line,
 * column and value. The table is named after the file without a {@code .gz} ending.
 */
public final class CsvTableReader {

    private CsvTableReader() {
    }

    /** Reads a file; a gzipped file (by its content, usually {@code *.gz}) is decompressed on the fly. */
    public static Table read(Path file, CsvOptions options, Dictionaries dictionaries) {
        return readLocated(file, options, dictionaries).table();
    }

    /** Reads a stream, named {@code name} in messages and as the table's name; gzip is recognised. */
    public static Table read(String name, InputStream in, CsvOptions options, Dictionaries dictionaries) {
        return readLocated(name, in, options, dictionaries).table();
    }

    /** Reads a file and keeps the line of each row. */
    public static LocatedTable readLocated(Path file, CsvOptions options, Dictionaries dictionaries) {
        Preconditions.notNull(file, "file");
        Path fileName = file.getFileName();
        String name = CsvDataset.tableName(fileName == null ? file.toString() : fileName.toString());
        return read(name, file.toString(), file.toString(), TextSource.of(file), options, dictionaries);
    }

    /** Reads a stream and keeps the line of each row. */
    public static LocatedTable readLocated(String name, InputStream in, CsvOptions options,
                                           Dictionaries dictionaries) {
        Preconditions.notBlank(name, "name");
        Preconditions.notNull(in, "input stream");
        return read(CsvDataset.tableName(name), name, name, TextSource.of(in), options, dictionaries);
    }

    private static LocatedTable read(String name, String file, String source, TextSource text, CsvOptions options,
                                     Dictionaries dictionaries) {
        if (options != null && options.referenceReader()) {
            return new CsvParse(name, file, source, text, options, dictionaries).run();
        }
        return new CsvDataset(name, file, source, text, options, dictionaries).toLocatedTable();
    }
}
