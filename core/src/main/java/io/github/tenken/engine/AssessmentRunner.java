package io.github.tenken.engine;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.Criterion;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.Provenance;
import io.github.tenken.check.Status;
import io.github.tenken.data.Dataset;
import io.github.tenken.data.DatasetFingerprint;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.SchemaChangedException;
import io.github.tenken.data.Table;
import io.github.tenken.message.Message;
import io.github.tenken.model.LabelledPredictions;
import io.github.tenken.model.Predictions;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.CharacteristicResult;
import io.github.tenken.result.ScanRecord;
import io.github.tenken.result.Verdict;
import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.ContentHash;
import io.github.tenken.stats.RowCount;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs an assessment: plans the statistics every check asks for, scans each dataset once for all of them (keeping
 * the rows only of datasets a check reads row by row), predicts once per dataset, runs each check in isolation (a
 * throw becomes ERROR, an absent input NOT_APPLICABLE), and evaluates the levels.
 */
final class AssessmentRunner {

    /** How often a source may correct its inferred schema before the run gives up. */
    private static final int MAX_REPLANS = 64;

    private final Assessment assessment;
    private final Map<DatasetRole, ScanResult> scans = new EnumMap<>(DatasetRole.class);
    private final Map<DatasetRole, Map<Analyzer<?, ?>, Object>> unplanned = new EnumMap<>(DatasetRole.class);
    private final Map<DatasetRole, Table> loaded = new EnumMap<>(DatasetRole.class);
    private final Map<DatasetRole, Predictions> predictions = new EnumMap<>(DatasetRole.class);
    private final Map<DatasetRole, LabelledPredictions> labelled = new EnumMap<>(DatasetRole.class);
    private final List<ScanRecord> scanLog = new ArrayList<>();
    private ScanSettings settings;

    AssessmentRunner(Assessment assessment) {
        this.assessment = assessment;
    }

    AssessmentResult run() {
        ExecutorService owned = assessment.executor() == null ? newPool() : null;
        try {
            settings = new ScanSettings(owned != null ? owned : assessment.executor(), assessment.batchRows());
            return runWithSettings();
        } finally {
            if (owned != null) {
                owned.shutdownNow();
            }
        }
    }

    private static ExecutorService newPool() {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory daemons = r -> {
            Thread t = new Thread(r, "tenken-scan-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), daemons);
    }

    /** One check's plan: its run, or the outcome it has without running. */
    private record Planned(Check check, Contexts.Planning context, CheckRun run, Outcome early) {
    }

    private AssessmentResult runWithSettings() {
        Instant startedAt = Instant.now();
        long t0 = System.nanoTime();
        List<Planned> plans = null;
        for (int attempt = 0; plans == null; attempt++) {
            Map<DatasetRole, Set<Analyzer<?, ?>>> statistics = new EnumMap<>(DatasetRole.class);
            List<Planned> attemptPlans = plan(statistics);
            Set<DatasetRole> rowsNeeded = EnumSet.noneOf(DatasetRole.class);
            attemptPlans.forEach(p -> rowsNeeded.addAll(p.context().rowsNeeded));
            try {
                scanAll(statistics, rowsNeeded);
                plans = attemptPlans;
            } catch (SchemaChangedException e) {
                if (attempt >= MAX_REPLANS) {
                    throw e;
                }
                scans.clear();
                loaded.clear();
            }
        }
        Map<DatasetRole, DatasetFingerprint> fingerprints = new EnumMap<>(DatasetRole.class);
        scans.forEach((role, scan) -> fingerprints.put(role, fingerprint(role, assessment.dataset(role).orElseThrow(),
                scan)));
        List<CheckResult> results = new ArrayList<>();
        for (Planned p : plans) {
            results.add(runOne(p, fingerprints));
        }
        List<CharacteristicResult> characteristics = LevelEvaluator.evaluate(assessment.requirements(), results,
                assessment.answers(), CatalogueView.of(assessment.catalogue(),
                        java.util.Set.copyOf(assessment.excludedChecks())));
        Verdict verdict = characteristics.stream().allMatch(c -> c.verdict().isAcceptable()) ? Verdict.MET : Verdict.NOT_MET;
        return new AssessmentResult(AssessmentResult.FORMAT_VERSION, TenkenVersion.get(), assessment.component(),
                assessment.edition(), assessment.profile(), assessment.requirements(), verdict, characteristics,
                results, List.copyOf(assessment.answers().values()), assessment.risks(),
                List.copyOf(fingerprints.values()), assessment.model().map(m -> m.description()).orElse(""),
                modelIdentity(), assessment.seed(), assessment.judgeOnConfidenceBound(), assessment.excludedChecks(),
                assessment.unreachableItems(), environment(), scanLog, startedAt,
                Duration.ofNanos(System.nanoTime() - t0));
    }

    /** The model's hash; a model whose bytes cannot be read is logged and left without one, never failing the run. */
    private io.github.tenken.result.ModelIdentity modelIdentity() {
        try {
            return ModelIdentities.of(assessment.model().orElse(null)).orElse(null);
        } catch (RuntimeException e) {
            System.getLogger(AssessmentRunner.class.getName()).log(System.Logger.Level.WARNING,
                    "the model could not be hashed: " + firstLine(e.getMessage(), e));
            return null;
        }
    }

    private List<Planned> plan(Map<DatasetRole, Set<Analyzer<?, ?>>> statistics) {
        for (DatasetRole role : DatasetRole.values()) {
            if (assessment.dataset(role).isPresent()) {
                Set<Analyzer<?, ?>> set = new LinkedHashSet<>();
                set.add(new RowCount());
                set.add(new ContentHash());
                statistics.put(role, set);
            }
        }
        List<Planned> plans = new ArrayList<>();
        for (Check check : assessment.checks()) {
            CheckDescriptor d = check.descriptor();
            Contexts.Planning ctx = new Contexts.Planning(assessment, d.id(), statistics);
            Optional<Input> absent = absentInput(d);
            if (absent.isPresent()) {
                plans.add(new Planned(check, ctx, null, Outcome.notApplicable(Message.of("engine.notApplicable.input",
                        Message.of("input." + absent.get().key())))));
                continue;
            }
            try {
                CheckRun run = check.plan(ctx);
                if (run == null) {
                    throw new IllegalStateException("plan() returned no run");
                }
                plans.add(new Planned(check, ctx, run, null));
            } catch (RuntimeException | LinkageError e) {
                ctx.rowsNeeded.clear();
                plans.add(new Planned(check, ctx, null, Outcome.error(Message.of("engine.error.plan",
                        firstLine(e.getMessage(), e)), cause(e))));
            }
        }
        return plans;
    }

    private void scanAll(Map<DatasetRole, Set<Analyzer<?, ?>>> statistics, Set<DatasetRole> rowsNeeded) {
        for (Map.Entry<DatasetRole, Set<Analyzer<?, ?>>> e : statistics.entrySet()) {
            DatasetRole role = e.getKey();
            Dataset d = assessment.dataset(role).orElseThrow();
            ScanResult scan;
            try {
                scan = FusedScan.run(d, e.getValue(), settings, rowsNeeded.contains(role));
            } catch (SchemaChangedException changed) {
                scanLog.add(new ScanRecord(role, d.name(), 0, e.getValue().size(), "replanned: "
                        + changed.getMessage()));
                throw changed;
            }
            scans.put(role, scan);
            scan.table().ifPresent(t -> loaded.put(role, t));
            scanLog.add(new ScanRecord(role, d.name(), scan.rows(), e.getValue().size(), "fused"));
        }
    }

    private CheckResult runOne(Planned p, Map<DatasetRole, DatasetFingerprint> fingerprints) {
        CheckDescriptor d = p.check().descriptor();
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Outcome outcome = p.early();
        if (outcome == null) {
            try {
                outcome = p.run().run(new Contexts.Running(assessment, d.id(), this, p.context()));
                if (outcome == null) {
                    throw new IllegalStateException("run() returned no outcome");
                }
                outcome = CriteriaAudit.apply(verifyCriteria(d, outcome), assessment.agreedCriteria(d.id()),
                        assessment.judgeOnConfidenceBound());
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                outcome = Outcome.error(Message.of("engine.error.run", firstLine(e.getMessage(), e)), cause(e));
            }
        }
        List<DatasetFingerprint> read = new ArrayList<>();
        for (Input in : d.sortedInputs()) {
            DatasetRole role = roleOf(in);
            if (role != null && fingerprints.containsKey(role)) {
                read.add(fingerprints.get(role));
            }
        }
        String model = d.inputs().contains(Input.MODEL) ? assessment.model().map(m -> m.description()).orElse("") : "";
        List<String> criteria = assessment.criteria(d.id()).values().stream().map(Criterion::toString).toList();
        Contexts.Inputs ctx = new Contexts.Inputs(assessment, d.id());
        Provenance provenance = new Provenance(TenkenVersion.get(), read, model, ctx.parameters().asMap(), criteria,
                ctx.seed(), started, Duration.ofNanos(System.nanoTime() - t0));
        return new CheckResult(d.id(), d.title(), d.characteristic(), d.items(), outcome.status(), outcome.explanation(),
                outcome.measures(), outcome.tables(), outcome.charts(), outcome.error(), provenance, d.parts());
    }

    /** A criterion that names no measure the check reported would silently judge nothing: make it an error. */
    private Outcome verifyCriteria(CheckDescriptor d, Outcome outcome) {
        if (outcome.status() == Status.NOT_APPLICABLE) {
            return outcome;
        }
        List<String> names = outcome.measures().stream().map(Measure::name).toList();
        for (Criterion c : assessment.criteria(d.id()).values()) {
            if (!names.contains(c.measure())) {
                return Outcome.error(Message.of("engine.error.criterion", c.toString()),
                        "criterion \"" + c + "\" of check " + d.id() + " names no measure; its measures are " + names);
            }
        }
        return outcome;
    }

    ScanResult scan(DatasetRole role) {
        ScanResult scan = scans.get(role);
        if (scan == null) {
            throw new IllegalStateException("no " + role.key() + " data was given");
        }
        return scan;
    }

    synchronized Table table(DatasetRole role, String checkId, boolean declared) {
        Dataset d = assessment.dataset(role)
                .orElseThrow(() -> new IllegalStateException("no " + role.key() + " data was given"));
        if (!declared && assessment.isStrict()) {
            throw new IllegalStateException("strict mode: check " + checkId + " read the rows of " + role.key()
                    + " data without declaring it with needsRows(" + role + ") while planning");
        }
        Table t = loaded.get(role);
        if (t == null) {
            t = d.toTable();
            loaded.put(role, t);
            if (!(d instanceof Table)) {
                scanLog.add(new ScanRecord(role, d.name(), t.rowCount(), 0, "unplanned: rows read by " + checkId));
            }
        }
        return t;
    }

    synchronized Predictions predictions(DatasetRole role, String checkId, boolean declared) {
        Predictions p = predictions.get(role);
        if (p == null) {
            Table t = table(role, checkId, declared);
            var model = assessment.model().orElseThrow(() -> new IllegalStateException("no model was given"));
            p = model.predict(t);
            if (p.size() != t.rowCount()) {
                throw new IllegalStateException("model " + model.description() + " gave " + p.size()
                        + " predictions for " + t.rowCount() + " rows of " + t.name());
            }
            predictions.put(role, p);
        }
        return p;
    }

    synchronized LabelledPredictions labelled(DatasetRole role, String checkId, boolean declared) {
        LabelledPredictions l = labelled.get(role);
        if (l == null) {
            String label = assessment.roles().label();
            if (label == null) {
                throw new IllegalStateException("no label column was declared");
            }
            l = LabelledPredictions.of(table(role, checkId, declared), label, predictions(role, checkId, declared));
            labelled.put(role, l);
        }
        return l;
    }

    @SuppressWarnings("unchecked")
    synchronized <R> R unplanned(DatasetRole role, Analyzer<?, R> analyzer, String checkId) {
        ScanResult scan = scan(role);
        if (scan.has(analyzer)) {
            return scan.get(analyzer);
        }
        if (assessment.isStrict()) {
            throw new IllegalStateException("strict mode: check " + checkId + " read " + analyzer + " of "
                    + role.key() + " data, which it did not plan");
        }
        Map<Analyzer<?, ?>, Object> extra = unplanned.computeIfAbsent(role, r -> new LinkedHashMap<>());
        if (!extra.containsKey(analyzer)) {
            Dataset d = loaded.containsKey(role) ? loaded.get(role) : assessment.dataset(role).orElseThrow();
            extra.put(analyzer, FusedScan.run(d, List.of(analyzer), settings, false).get(analyzer));
            scanLog.add(new ScanRecord(role, d.name(), scan.rows(), 1, "unplanned: " + analyzer));
        }
        return (R) extra.get(analyzer);
    }

    private Optional<Input> absentInput(CheckDescriptor d) {
        for (Input in : d.sortedInputs()) {
            boolean present = switch (in) {
                case TRAINING_DATA -> assessment.dataset(DatasetRole.TRAINING).isPresent();
                case TEST_DATA -> assessment.dataset(DatasetRole.TEST).isPresent();
                case OPERATION_DATA -> assessment.dataset(DatasetRole.OPERATION).isPresent();
                case MODEL -> assessment.model().isPresent();
                case LABEL -> assessment.roles().label() != null;
                case SENSITIVE_ATTRIBUTES -> !assessment.roles().sensitive().isEmpty();
                case CASES -> !assessment.cases().isEmpty();
            };
            if (!present) {
                return Optional.of(in);
            }
        }
        return Optional.empty();
    }

    private static DatasetRole roleOf(Input in) {
        return switch (in) {
            case TRAINING_DATA -> DatasetRole.TRAINING;
            case TEST_DATA -> DatasetRole.TEST;
            case OPERATION_DATA -> DatasetRole.OPERATION;
            default -> null;
        };
    }

    private static DatasetFingerprint fingerprint(DatasetRole role, Dataset d, ScanResult scan) {
        List<String> cols = d.schema().fields().stream().map(f -> f.name() + ":" + f.type().key()).toList();
        return new DatasetFingerprint(role, d.name(), d.source(), scan.rows(), cols, scan.get(new ContentHash()));
    }

    private static String cause(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getClass().getName());
        if (e.getMessage() != null) {
            sb.append(": ").append(e.getMessage());
        }
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length > 0) {
            sb.append(" (at ").append(trace[0]).append(')');
        }
        return sb.toString();
    }

    private static String firstLine(String message, Throwable e) {
        String m = message == null ? e.getClass().getSimpleName() : message;
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        for (String key : List.of("java.version", "java.vendor", "java.vm.name", "os.name", "os.arch")) {
            env.put(key, System.getProperty(key, ""));
        }
        env.put("tenken.version", TenkenVersion.get());
        return env;
    }
}
