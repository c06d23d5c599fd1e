package io.github.tenken.benchmarks;

import io.github.tenken.checks.io.CsvDataset;
import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.ColumnRoles;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.engine.Assessment;
import io.github.tenken.engine.CheckCatalog;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.samples.SampleData;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The data checks and train/test drift on two generated files of many rows (10 million by default, about 1.6 GB of
 * CSV each, generated once and kept), run as an assessment reads plan files: both files scanned in place, never held
 * whole. Prints the wall time, the peak heap used and what the checks found. Meant to run with a heap far smaller
 * than the data, e.g. {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar io.github.tenken.benchmarks.BigRun}.
 *
 * <p>Arguments: {@code [rows] [directory]} (defaults {@code 10000000} and {@code benchmarks/target/bench-data}).
 */
public final class BigRun {

    private static final Set<String> CHECKS = Set.of("b3.missing-values", "b3.duplicates", "b3.label-conflicts",
            "b2.class-balance", "b1.case-coverage", "drift.train-test");

    private BigRun() {
    }

    /** Runs the assessment and prints its figures. */
    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 10_000_000;
        Path dir = Path.of(args.length > 1 ? args[1] : "benchmarks/target/bench-data");
        Path train = file(dir, rows, BenchmarkData.SEED);
        Path test = file(dir, rows, BenchmarkData.SEED + 1);
        AtomicLong peakAfterGc = watchHeapAfterCollections();
        long t0 = System.nanoTime();
        Dictionaries dictionaries = new Dictionaries();
        CsvOptions options = CsvOptions.builder().label(SampleData.ADULT_LABEL).build();
        AssessmentResult result = Assessment.builder()
                .component("big run", rows + " rows x " + BenchmarkData.COLUMNS.size() + " columns, twice")
                .profile(QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1))
                .dataset(DatasetRole.TRAINING, CsvDataset.of(train, options, dictionaries))
                .dataset(DatasetRole.TEST, CsvDataset.of(test, options, dictionaries))
                .roles(ColumnRoles.label(SampleData.ADULT_LABEL).withSensitive("sex", "race"))
                .checks(CheckCatalog.load().stream().filter(c -> CHECKS.contains(c.descriptor().id())).toList())
                .build()
                .run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%,d rows x %d columns, training and test: %.1f s, peak heap after a full"
                        + " collection %,d MB, heap pools' peaks %,d MB, of %,d MB allowed (%s)%n", rows,
                BenchmarkData.COLUMNS.size(), seconds, peakAfterGc.get() >> 20, peakHeap() >> 20,
                Runtime.getRuntime().maxMemory() >> 20, String.join(" ",
                        ManagementFactory.getRuntimeMXBean().getInputArguments()));
        result.checks().forEach(c -> System.out.println("  " + c.checkId() + ": " + c.status() + "; "
                + String.join("; ", c.measures().stream().map(m -> m.sentence()).toList())));
        result.scans().forEach(s -> System.out.println("  scan " + s.role() + " " + s.dataset() + ": " + s.rows()
                + " rows, " + s.analyzers() + " statistics, " + s.reason()));
    }

    private static Path file(Path dir, int rows, long seed) {
        Path file = dir.resolve("adult-" + rows + "x" + BenchmarkData.COLUMNS.size() + "-seed" + seed + ".csv");
        if (!Files.isRegularFile(file)) {
            System.out.println("generating " + file + " ...");
            BenchmarkData.write(file, rows, seed);
        }
        return file;
    }

    /**
     * The largest heap in use right after a full (major) garbage collection, kept up to date from the collectors'
     * notifications: the data the run held alive (a lower bound of it between collections), unlike the pools' peaks,
     * which count garbage not yet collected. Zero when no full collection ran.
     */
    private static AtomicLong watchHeapAfterCollections() {
        AtomicLong peak = new AtomicLong();
        Set<String> heapPools = Set.copyOf(ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).toList());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                if (info.getGcAction().contains("major")) {
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                    peak.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
        return peak;
    }

    /** An upper bound of the largest heap in use since the JVM started: the peak of each heap pool, summed. */
    private static long peakHeap() {
        List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
        return pools.stream().filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
