package io.github.tenken.benchmarks;

import io.github.tenken.checks.io.CsvDataset;
import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.CsvTableReader;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.samples.SampleData;
import io.github.tenken.data.Table;
import io.github.tenken.engine.FusedScan;
import io.github.tenken.engine.ScanResult;
import io.github.tenken.engine.ScanSettings;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The one-pass profile of a 1 M x 20 CSV ({@link BenchmarkData}) against a bare Commons CSV parse of the same file:
 * {@code profile / bareParse} is what a full profile costs in units of "just reading the file". The profile reads
 * the file as an assessment does: a {@link CsvDataset} parsed in parallel batches while it is scanned, never held
 * whole.
 *
 * <p>Run with {@code benchmarks/run.sh}; the data file is cached in the directory named by the system property
 * {@value #DATA_PROPERTY} (default {@code target/bench-data}). {@code -p rows=10000} gives a quick trial run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class ProfileBenchmark {

    /** The system property naming the directory of the cached data file. */
    public static final String DATA_PROPERTY = "tenken.bench.data";

    /** Rows of the generated file. */
    @Param({"1000000"})
    public int rows;

    private Path file;
    private CsvOptions options;
    private BareCsvParse bare;
    private Table loaded;
    private ExecutorService pool;
    private ScanSettings settings;

    /** Generates (or reuses) the data file, loads it once for {@link #scanOnly} and checks that every analyzer works. */
    @Setup(Level.Trial)
    public void setUp() {
        // One scan thread per processor, batches of the engine's default size: what an assessment uses.
        pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "bench-scan");
            t.setDaemon(true);
            return t;
        });
        settings = new ScanSettings(pool, ScanSettings.DEFAULT_BATCH_ROWS);
        file = BenchmarkData.cached(Path.of(System.getProperty(DATA_PROPERTY, "target/bench-data")), rows);
        // Inferred column types, as a user reading an unfamiliar file would; the label is declared.
        options = CsvOptions.builder().label(SampleData.ADULT_LABEL).build();
        bare = new BareCsvParse(options);
        loaded = loadTable();
        if (loaded.rowCount() != rows || loaded.columns().size() != BenchmarkData.COLUMNS.size()) {
            throw new IllegalStateException(file + " loaded as " + loaded.rowCount() + " rows x "
                    + loaded.columns().size() + " columns, expected " + rows + " x " + BenchmarkData.COLUMNS.size());
        }
        // The scan keeps an analyzer's failure as its result: a failing analyzer would make the scan look fast.
        ScanResult result = scanOnly();
        result.results().keySet().forEach(result::get);
    }

    /** Stops the scan threads. */
    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdownNow();
    }

    /** The baseline: Commons CSV with Tenken's format, every field's length summed. */
    @Benchmark
    public long bareParse() {
        return bare.fieldLengths(file);
    }

    /** Tenken's reader into a whole table: parse, missing markers, type inference, numbers, category codes. */
    @Benchmark
    public Table loadTable() {
        return CsvTableReader.read(file, options, new Dictionaries());
    }

    /** The file scanned in place (opened, its types sampled, parsed in parallel batches) for the full profile. */
    @Benchmark
    public ScanResult profile() {
        CsvDataset dataset = CsvDataset.of(file, options, new Dictionaries());
        return FusedScan.run(dataset, FullProfile.analyzers(dataset.schema(), SampleData.ADULT_LABEL), settings,
                false);
    }

    /** The fused scan alone, on the table loaded in setup. */
    @Benchmark
    public ScanResult scanOnly() {
        return scan(loaded);
    }

    private ScanResult scan(Table table) {
        return FusedScan.run(table, FullProfile.analyzers(table.schema(), SampleData.ADULT_LABEL), settings, false);
    }
}
