package io.github.tenken.checks.io;

import io.github.tenken.data.Batch;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.Column;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Dataset;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Schema;
import io.github.tenken.data.SchemaChangedException;
import io.github.tenken.data.Table;
import io.github.tenken.internal.Formats;
import io.github.tenken.internal.Preconditions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A delimited text file (CSV, optionally gzipped) as a {@link Dataset} that is read while it is scanned and never
 * held whole in memory: the schema comes from the header and the first {@link CsvOptions#TYPE_SAMPLE_ROWS} rows, and
 * each {@link #scan} reads the file again, parsing its batches in parallel.
 *
 * <pre>{@code
 * CsvDataset operation = CsvDataset.of(Path.of("operation-2024.csv.gz"), options, dictionaries);
 * operation.scan(65_536, pool, (index, batch) -> profile.add(batch));
 * }</pre>
 *
 * <p>A scan cuts the rows into batches of exactly {@code batchRows} rows, batch {@code k} starting at row
 * {@code k * batchRows}, as {@link Table#scan} cuts the table of the same file. One thread (the caller's) splits the
 * bytes at record boundaries; tasks on the executor parse the batches (numbers from bytes, categories decoded once
 * per distinct value and batch); category codes are assigned in batch order, so in order of first appearance in the
 * file, before a batch reaches the sink. Every error names the file, line, column and value as
 * {@link CsvTableReader} does; with batches parsed in parallel, the error of the earliest line is thrown.
 *
 * <p>When a column taken for numeric from the sample holds a value that is not a number further down, the scan
 * throws {@link SchemaChangedException} and {@link #schema()} reports the column's corrected type from then on (the
 * type the reference reader gives it: categorical, or identifier by the rule in {@link CsvOptions}). A column whose
 * type is declared never changes: a value that is not a number in a column declared numeric is a
 * {@link DataFileException}. {@link #toTable()} reads the whole file into the same table {@link CsvTableReader}
 * returns, re-reading once when a column changed type.
 *
 * <p>With options the byte-level reader cannot handle ({@link CsvOptions#fastPathSupported()}), the file is read
 * whole with the reference reader when the dataset is made, and scans slice that table.
 */
public final class CsvDataset implements Dataset {

    private final String name;
    private final String file;
    private final String source;
    private final TextSource text;
    private final CsvOptions options;
    private final Dictionaries dictionaries;
    private final CsvSyntax syntax;
    private final LocatedTable whole;
    private final SampleTypes sample;
    private final boolean sampleIsWholeFile;
    private volatile Schema schema;
    private volatile long blankLines;

    /**
     * A dataset.
     *
     * @param name   its name, the file's name without {@code .gz}
     * @param file   the file as named in messages: the path as the user gave it
     * @param source the file's full description
     */
    CsvDataset(String name, String file, String source, TextSource text, CsvOptions options,
               Dictionaries dictionaries) {
        this.name = name;
        this.file = file;
        this.source = source;
        this.text = text;
        this.options = Preconditions.notNull(options, "options");
        this.dictionaries = Preconditions.notNull(dictionaries, "dictionaries");
        CsvParse.format(options);                      // refuses the options Commons CSV refuses, with its message
        if (!options.fastPathSupported()) {
            this.syntax = null;
            this.sample = null;
            this.sampleIsWholeFile = true;
            this.whole = new CsvParse(name, file, source, text, options, dictionaries).run();
            this.schema = whole.table().schema();
            this.blankLines = whole.blankLines();
            return;
        }
        this.syntax = new CsvSyntax(options);
        this.whole = null;
        if (!options.hasHeader()) {
            // the names are known before any byte is read: a mistake in the options comes first
            CsvChecks.checkColumnCount(file, options.columnNames().size(), 0, options);
            CsvChecks.checkDistinct(file, options.columnNames(), 0);
            CsvChecks.requireOptionColumns(file, options.columnNames(), options);
        }
        try (RecordSplitter splitter = open()) {
            List<String> names = columnNames(splitter);
            RawBatch first = splitter.next(CsvOptions.TYPE_SAMPLE_ROWS);
            if (first == null) {
                throw DataFileException.ofFile(file, options.hasHeader()
                        ? "the file has a header line but no rows" : "the file is empty");
            }
            if (first.rows() == 0) {                    // the first record is not readable
                throw explain(first.failure());
            }
            this.sample = new SampleTypes(file, names, options, syntax, first, this::sampleAgain);
            this.sampleIsWholeFile = first.rows() < CsvOptions.TYPE_SAMPLE_ROWS || first.failure() != null;
            this.schema = sample.schema();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /**
     * The file's dataset; the schema is inferred now from the header and the first rows. The dataset is named after
     * the file without a {@code .gz} ending; gzip is recognised by the content.
     */
    public static CsvDataset of(Path file, CsvOptions options, Dictionaries dictionaries) {
        Preconditions.notNull(file, "file");
        return of(file, file.toString(), options, dictionaries);
    }

    /**
     * The file's dataset, named {@code shownAs} in messages: the path as the user wrote it (in a plan, relative to
     * the plan's folder) when {@code file} is that path resolved.
     */
    public static CsvDataset of(Path file, String shownAs, CsvOptions options, Dictionaries dictionaries) {
        Preconditions.notNull(file, "file");
        Preconditions.notBlank(shownAs, "the file's name in messages");
        Path fileName = file.getFileName();
        return new CsvDataset(tableName(fileName == null ? file.toString() : fileName.toString()), shownAs,
                file.toString(), TextSource.of(file), options, dictionaries);
    }

    /**
     * The dataset of a stream, named {@code name} in messages and (without a {@code .gz} ending) as the dataset;
     * the stream's bytes are read now and kept, since every scan reads them again.
     */
    public CsvDataset(String name, InputStream in, CsvOptions options, Dictionaries dictionaries) {
        this(tableName(Preconditions.notBlank(name, "name")), name, name,
                TextSource.of(Preconditions.notNull(in, "input stream")), options, dictionaries);
    }

    static String tableName(String fileName) {
        return fileName.endsWith(".gz") ? fileName.substring(0, fileName.length() - 3) : fileName;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public Schema schema() {
        return schema;
    }

    /**
     * How many blank lines (white space only) the last complete read of the file skipped; 0 before any. Blank lines
     * are no rows.
     */
    public long blankLines() {
        return blankLines;
    }

    /**
     * {@inheritDoc}
     *
     * <p>The calling thread reads and splits the file while the executor's threads parse the batches and call the
     * sink; so the executor needs a thread of its own besides the caller's (a direct executor,
     * {@code Runnable::run}, also works: everything then runs on the caller's thread). At most
     * {@code 2 x processors} batches are in memory at once.
     */
    @Override
    public int scan(int batchRows, Executor executor, BatchSink sink) {
        Preconditions.check(batchRows > 0, "batch rows must be positive, was %d", batchRows);
        Preconditions.notNull(executor, "executor");
        Preconditions.notNull(sink, "sink");
        if (whole != null) {
            return whole.table().scan(batchRows, executor, sink);
        }
        Schema planned = schema;
        Violations violations = new Violations();
        BatchPipeline pipeline = new BatchPipeline(parser(planned), executor, b -> problem(b, violations, true),
                batch -> deliver(batch, planned, batchRows, sink));
        return run(pipeline, batchRows, violations, planned);
    }

    @Override
    public Table toTable() {
        return toLocatedTable().table();
    }

    /** The whole file in memory, parsed on this executor. */
    public Table toTable(Executor executor) {
        return toLocatedTable(executor).table();
    }

    /** The whole file with the line of each row; a small file is parsed on the calling thread. */
    LocatedTable toLocatedTable() {
        if (whole != null || sampleIsWholeFile) {
            return toLocatedTable(Runnable::run);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
                new ReaderThreads());
        try {
            return toLocatedTable(pool);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The whole file with the line of each row, parsed on this executor. */
    LocatedTable toLocatedTable(Executor executor) {
        return toLocatedTable(executor, CsvOptions.TYPE_SAMPLE_ROWS);
    }

    /** The whole file with the line of each row, parsed on this executor in batches of this many rows. */
    LocatedTable toLocatedTable(Executor executor, int batchRows) {
        Preconditions.notNull(executor, "executor");
        Preconditions.check(batchRows > 0, "batch rows must be positive, was %d", batchRows);
        if (whole != null) {
            return whole;
        }
        // the first read finds every column the sample mistook for numeric; a second read then needs no change
        for (int attempt = 0; ; attempt++) {
            Schema planned = schema;
            Violations violations = new Violations();
            List<ParsedBatch> batches = new ArrayList<>();
            BatchPipeline pipeline = new BatchPipeline(parser(planned), executor,
                    b -> problem(b, violations, false), batch -> {
                        batches.add(batch);
                        return null;
                    });
            run(pipeline, batchRows, violations, planned);
            if (violations.isEmpty()) {
                return new TableAssembler(name, file, source, planned, options, dictionaries)
                        .assemble(batches, blankLines);
            }
            if (attempt > 0) {
                throw new IllegalStateException("the types of " + name + " changed on a second read");
            }
        }
    }

    @Override
    public String toString() {
        return name + " (CSV, " + schema.size() + " columns)";
    }

    /**
     * Runs a read and then gives the columns it found not numeric their new type, also when the read failed (a
     * failure to do so is added to the read's exception rather than hiding it).
     */
    private int run(BatchPipeline pipeline, int batchRows, Violations violations, Schema planned) {
        int batches;
        try (RecordSplitter splitter = openRows()) {
            batches = pipeline.run(splitter, batchRows);
            blankLines = splitter.blankLines();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        } catch (RuntimeException e) {
            try {
                violations.apply();
            } catch (RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        violations.apply();
        if (violations.isEmpty()) {
            boolean[] numeric = new boolean[planned.size()];
            for (int j = 0; j < numeric.length; j++) {
                numeric[j] = planned.fields().get(j).type() == ColumnType.NUMERIC;
            }
            violations.numbers.throwFirst(file, planned.names(), numeric);
        }
        return batches;
    }

    private BatchParser parser(Schema planned) {
        List<ColumnPlan> plans = planned.fields().stream()
                .map(f -> ColumnPlan.of(f.name(), f.type(), options)).toList();
        return new BatchParser(file, plans, syntax, false, options.hasHeader());
    }

    /** Codes a batch's categories in batch order; returns the rest of its delivery, which runs in parallel. */
    private Runnable deliver(ParsedBatch batch, Schema planned, int batchRows, BatchSink sink) {
        int[][] toDictionary = new int[planned.size()][];
        for (int j = 0; j < planned.size(); j++) {
            if (planned.fields().get(j).type() == ColumnType.CATEGORICAL) {
                CategoryDictionary d = dictionaries.forColumn(planned.fields().get(j).name());
                toDictionary[j] = TableAssembler.register(d, batch.levels[j]);
            }
        }
        return () -> {
            List<Column> columns = new ArrayList<>(planned.size());
            for (int j = 0; j < planned.size(); j++) {
                String column = planned.fields().get(j).name();
                Object data = batch.data[j];
                if (data instanceof double[] v) {
                    columns.add(NumericColumn.adopt(column, v, batch.rows));
                } else if (data instanceof long[] h) {
                    columns.add(IdentifierColumn.adopt(column, h, batch.rows));
                } else {
                    int[] codes = (int[]) data;
                    int[] map = toDictionary[j];
                    for (int r = 0; r < batch.rows; r++) {
                        if (codes[r] != CategoricalColumn.MISSING) {
                            codes[r] = map[codes[r]];
                        }
                    }
                    columns.add(CategoricalColumn.adopt(column, dictionaries.forColumn(column), codes, batch.rows));
                }
            }
            sink.accept(batch.index, Batch.of(planned, (long) batch.index * batchRows, columns));
        };
    }

    /** The exception a parsed batch fails with, or {@code null}; notes its violations for the schema. */
    private RuntimeException problem(ParsedBatch batch, Violations violations, boolean violationsFail) {
        for (ParsedBatch.Violation v : batch.violations) {
            if (v != null) {
                violations.add(v);
            }
        }
        if (batch.numberProblems != null) {
            violations.numbers.add(batch.numberProblems);
        }
        if (violationsFail && batch.firstViolation != null) {
            ParsedBatch.Violation v = batch.firstViolation;
            ColumnType now = sample.textType(v.column());
            return new SchemaChangedException(DataFileException.message(file, v.line(), schema.fields()
                    .get(v.column()).name(), v.value(), "is not a number, though the first "
                    + Formats.count(sample.rows()) + " rows made the column numeric; it is read as " + now.key()
                    + " from now on"));
        }
        if (batch.error != null) {
            return batch.error;
        }
        return batch.splitFailure == null ? null : explain(batch.splitFailure);
    }

    /**
     * The error of a record the splitter could not read (bad quoting, an I/O error), with the reference reader's
     * message: it reads the file again, with throw-away dictionaries, up to the same record. Rare, so its cost
     * does not matter, and the messages (which quote Commons CSV's, with character positions) stay identical.
     */
    private RuntimeException explain(RawBatch.SplitFailure failure) {
        try {
            new CsvParse(name, file, source, text, options, new Dictionaries()).run();
        } catch (RuntimeException e) {
            return e;
        }
        String why = failure.cause() == null ? "a quoted field is not closed or is followed by text"
                : failure.cause().getMessage();
        return DataFileException.ofLine(file, failure.line(), "not readable as CSV: " + why);
    }

    private RecordSplitter open() {
        try {
            return new RecordSplitter(text.openDecompressed(options.maxBytes()), syntax, options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** A splitter positioned after the header line, if any. */
    private RecordSplitter openRows() throws IOException {
        RecordSplitter splitter = open();
        if (options.hasHeader()) {
            RawBatch header = splitter.next(1);
            if (header == null || header.failure() != null) {
                splitter.close();
                throw header == null ? DataFileException.ofFile(file, "the file is empty")
                        : explain(header.failure());
            }
        }
        return splitter;
    }

    /** The sample rows read again (only when a numeric column turned out to hold text). */
    private RawBatch sampleAgain() {
        try (RecordSplitter splitter = openRows()) {
            RawBatch again = splitter.next(CsvOptions.TYPE_SAMPLE_ROWS);
            return again != null ? again : new RawBatch(new byte[0], 1, 0, 0, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    /** The header's names (checked as the reference reader does), or the names the options give. */
    private List<String> columnNames(RecordSplitter splitter) {
        if (!options.hasHeader()) {
            return options.columnNames();
        }
        RawBatch header = splitter.next(1);
        if (header == null) {
            throw DataFileException.ofFile(file, "the file is empty");
        }
        if (header.rows() == 0) {
            throw explain(header.failure());
        }
        if (new Utf8Validator().firstInvalid(header.bytes(), 0, header.bytes().length) >= 0) {
            throw explain(new RawBatch.SplitFailure(header.firstLine(), null));
        }
        BatchParser.TextRecord record = BatchParser.firstRow(header, syntax);
        List<String> names = CsvChecks.header(file, record.fields(), record.line(), options);
        CsvChecks.requireOptionColumns(file, names, options);
        return names;
    }

    /** The columns a read found not numeric, each with its first such value; applied to the schema at the end. */
    private final class Violations {
        private final Map<Integer, ParsedBatch.Violation> byColumn = new TreeMap<>();
        private final NumberProblems numbers = new NumberProblems(schema.size());

        synchronized void add(ParsedBatch.Violation v) {
            ParsedBatch.Violation known = byColumn.get(v.column());
            if (known == null || v.line() < known.line()) {
                byColumn.put(v.column(), v);
            }
        }

        synchronized boolean isEmpty() {
            return byColumn.isEmpty();
        }

        /** Gives each column found not numeric its text type in the dataset's schema. */
        void apply() {
            synchronized (CsvDataset.this) {
                Schema s = schema;
                for (int j : snapshot()) {
                    Schema.Field f = s.fields().get(j);
                    if (f.type() == ColumnType.NUMERIC && !options.declaredTypes().containsKey(f.name())) {
                        s = s.withType(f.name(), sample.textType(j));
                    }
                }
                schema = s;
            }
        }

        private synchronized List<Integer> snapshot() {
            return List.copyOf(byColumn.keySet());
        }
    }

    /** Daemon threads for the reads that make their own pool, so that an abandoned read never holds a JVM up. */
    private static final class ReaderThreads implements ThreadFactory {
        private static final AtomicInteger COUNT = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "tenken-csv-" + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
