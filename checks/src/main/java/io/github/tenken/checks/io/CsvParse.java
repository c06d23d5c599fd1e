package io.github.tenken.checks.io;

import io.github.tenken.data.Column;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Table;
import io.github.tenken.internal.Preconditions;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One read of one file: walks its records once (twice when an inferred column turns out categorical after
 * numeric-looking rows), fills a {@link ColumnBuffer} per column, then checks the label and builds the table.
 */
final class CsvParse {

    private final String name;
    private final String file;
    private final String source;
    private final TextSource text;
    private final CsvOptions options;
    private final Dictionaries dictionaries;
    private final CSVFormat format;

    private List<String> names;
    private ColumnBuffer[] buffers;
    private UnaryOperator<String>[] normalisers;
    private String[][] markers;
    private int[] longestMarker;
    private NumberProblems numberProblems;
    private int[] lines = new int[1024];
    private int rows;
    private long blankLines;
    private boolean firstPass = true;

    /**
     * One read.
     *
     * @param name   the table's name
     * @param file   the file as named in messages (the path as the user gave it)
     * @param source the file's full description, kept in the table
     */
    CsvParse(String name, String file, String source, TextSource text, CsvOptions options,
             Dictionaries dictionaries) {
        this.name = name;
        this.file = file;
        this.source = source;
        this.text = text;
        this.options = Preconditions.notNull(options, "options");
        this.dictionaries = Preconditions.notNull(dictionaries, "dictionaries");
        this.format = format(options);
    }

    /**
     * The Commons CSV format of these options. The parallel reader builds it too, only for its validation, so
     * that options Commons CSV refuses (a quote equal to the delimiter) fail alike on both paths.
     */
    static CSVFormat format(CsvOptions options) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(options.delimiter())
                .setQuote(options.quote())
                .setIgnoreEmptyLines(false)
                .setTrim(options.trim())
                .setIgnoreSurroundingSpaces(options.trim())
                .get();
    }

    LocatedTable run() {
        boolean[] headerSeen = {false};
        if (!options.hasHeader()) {
            // the names are known before any byte is read: a mistake in the options comes first
            names = options.columnNames();
            prepare();
        }
        scan((record, line) -> {
            if (names == null) {
                if (options.hasHeader()) {
                    names = CsvChecks.header(file, record, line, options);
                    headerSeen[0] = true;
                    prepare();
                    return true;
                }
                names = options.columnNames();
                prepare();
            }
            addRow(record, line);
            return true;
        });
        if (rows == 0) {
            throw DataFileException.ofFile(file, headerSeen[0]
                    ? "the file has a header line but no rows" : "the file is empty");
        }
        firstPass = false;
        for (ColumnBuffer b : buffers) {
            b.settleNumericIdentifier(options);
        }
        backfill();
        ColumnType[] types = new ColumnType[buffers.length];
        boolean[] numeric = new boolean[buffers.length];
        for (int j = 0; j < buffers.length; j++) {
            types[j] = buffers[j].type(options);
            numeric[j] = types[j] == ColumnType.NUMERIC;
        }
        numberProblems.throwFirst(file, names, numeric);
        options.label().ifPresent(label -> {
            int j = names.indexOf(label);
            CsvChecks.checkLabel(file, label, buffers[j], rows, types[j]);
        });
        List<Column> columns = new ArrayList<>(buffers.length);
        for (int j = 0; j < buffers.length; j++) {
            ColumnBuffer b = buffers[j];
            columns.add(b.build(types[j], dictionaries.forColumn(b.name())));
        }
        return new LocatedTable(file, Table.of(name, source, columns), Arrays.copyOf(lines, rows), blankLines);
    }

    /** Receives each record that is neither blank nor junk; returns {@code false} to stop. */
    private interface RecordVisitor {
        boolean visit(CSVRecord record, int line);
    }

    private void scan(RecordVisitor visitor) {
        int skip = options.skipLines();
        String junk = options.skipPrefix().orElse(null);
        TextSource.Guarded text;
        try {
            text = this.text.open(options, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        ByteGuard guard = text.guard();
        try (CSVParser parser = CSVParser.builder().setReader(text.reader()).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            int previousEnd = skip;
            while (true) {
                int line = previousEnd + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        guard.check();
                        return;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    guard.check();
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    if (cause instanceof CharacterCodingException) {
                        throw DataFileException.ofLine(file, line, "not valid " + options.encoding().name()
                                + " text; set the file's encoding (\"encoding\" in a plan, CsvOptions.encoding)");
                    }
                    throw DataFileException.ofLine(file, line, "not readable as CSV: " + cause.getMessage());
                }
                previousEnd = skip + (int) parser.getCurrentLineNumber();
                guard.check(previousEnd);
                if (isBlank(record)) {
                    if (firstPass) {
                        blankLines++;
                    }
                    continue;
                }
                if (junk != null && record.get(0).startsWith(junk)) {
                    continue;
                }
                if (!visitor.visit(record, line)) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    @SuppressWarnings("unchecked")
    private void prepare() {
        if (!options.hasHeader()) {
            CsvChecks.checkColumnCount(file, names.size(), 0, options);
            CsvChecks.checkDistinct(file, names, 0);
        }
        CsvChecks.requireOptionColumns(file, names, options);
        buffers = new ColumnBuffer[names.size()];
        normalisers = new UnaryOperator[names.size()];
        markers = new String[names.size()][];
        longestMarker = new int[names.size()];
        numberProblems = new NumberProblems(names.size());
        for (int j = 0; j < buffers.length; j++) {
            String column = names.get(j);
            buffers[j] = new ColumnBuffer(column, options.declaredTypes().get(column), options);
            normalisers[j] = options.normaliser(column);
            List<String> m = options.missingMarkers(column);
            markers[j] = m.toArray(String[]::new);
            longestMarker[j] = m.stream().mapToInt(String::length).max().orElse(-1);
        }
    }

    private void addRow(CSVRecord record, int line) {
        if (record.size() != buffers.length) {
            throw DataFileException.ofLine(file, line, "the row has " + record.size() + " fields, "
                    + (options.hasHeader() ? "the header has " + buffers.length
                    : buffers.length + " column names were given"));
        }
        for (int j = 0; j < buffers.length; j++) {
            String raw = record.get(j);
            String value = valueOf(raw, j);
            if (value == null) {
                buffers[j].addMissing();
            } else {
                int added = buffers[j].add(value);
                if (added == ColumnBuffer.NOT_A_NUMBER) {
                    numberProblems.notNumber(j, line, raw);
                } else if (added == ColumnBuffer.NOT_FINITE) {
                    numberProblems.nonFinite(j, line, raw);
                }
            }
        }
        if (rows == lines.length) {
            lines = Arrays.copyOf(lines, rows * 2);
        }
        lines[rows++] = line;
    }

    /** The field after missing-value markers and normalisation; {@code null} when missing. */
    private String valueOf(String raw, int column) {
        if (raw.length() <= longestMarker[column]) {
            for (String marker : markers[column]) {
                if (marker.equals(raw)) {
                    return null;
                }
            }
        }
        UnaryOperator<String> normaliser = normalisers[column];
        return normaliser == null ? raw : normaliser.apply(raw);
    }

    /** Second pass: re-reads the leading rows of columns that turned categorical after looking numeric. */
    private void backfill() {
        int until = 0;
        List<Integer> columns = new ArrayList<>();
        for (int j = 0; j < buffers.length; j++) {
            if (buffers[j].needsBackfill()) {
                columns.add(j);
                until = Math.max(until, buffers[j].backfillRows());
            }
        }
        if (columns.isEmpty()) {
            return;
        }
        int last = until;
        int[] row = {0};
        boolean[] headerSkipped = {!options.hasHeader()};
        scan((record, line) -> {
            if (!headerSkipped[0]) {
                headerSkipped[0] = true;
                return true;
            }
            int r = row[0]++;
            for (int j : columns) {
                if (r < buffers[j].backfillRows()) {
                    buffers[j].backfill(r, valueOf(record.get(j), j));
                }
            }
            return row[0] < last;
        });
    }
}
