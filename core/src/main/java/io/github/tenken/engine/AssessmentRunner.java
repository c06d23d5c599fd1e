package io.github.tenken.engine;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Criterion;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.Provenance;
import io.github.tenken.check.StatisticRequest;
import io.github.tenken.data.DatasetFingerprint;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.model.Predictions;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.CharacteristicResult;
import io.github.tenken.result.ScanRecord;
import io.github.tenken.result.Verdict;
import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.ContentHash;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs an assessment: plans the statistics every check asks for, scans each dataset once for all of them, predicts
 * once per dataset, runs each check in isolation (a throw becomes ERROR, an absent input NOT_APPLICABLE), and
 * evaluates the levels.
 */
final class AssessmentRunner {

    private final Assessment assessment;
    private final Map<DatasetRole, ScanResult> scans = new EnumMap<>(DatasetRole.class);
    private final Map<DatasetRole, Map<Analyzer<?, ?>, Object>> unplanned = new EnumMap<>(DatasetRole.class);
    private final List<ScanRecord> scanLog = new ArrayList<>();
    private final PredictionCache predictions;

    AssessmentRunner(Assessment assessment) {
        this.assessment = assessment;
        this.predictions = assessment.model().map(PredictionCache::new).orElse(null);
    }

    AssessmentResult run() {
        Instant startedAt = Instant.now();
        long t0 = System.nanoTime();
        List<Check> checks = assessment.checks();
        Map<String, Outcome> early = new HashMap<>();
        Map<DatasetRole, Set<Analyzer<?, ?>>> plan = new EnumMap<>(DatasetRole.class);
        for (DatasetRole role : DatasetRole.values()) {
            assessment.dataset(role).ifPresent(t -> plan.computeIfAbsent(role, r -> new LinkedHashSet<>()).add(new ContentHash()));
        }
        for (Check check : checks) {
            String id = check.descriptor().id();
            Optional<String> absent = absentInput(check.descriptor());
            if (absent.isPresent()) {
                early.put(id, Outcome.notApplicable("Not applicable: this check needs " + absent.get()
                        + ", which the assessment does not give."));
                continue;
            }
            try {
                for (StatisticRequest r : check.statistics(new RunContext(assessment, id, this, true))) {
                    Set<Analyzer<?, ?>> set = plan.get(r.role());
                    if (set == null) {
                        throw new IllegalStateException("asked for a statistic of " + r.role().key()
                                + " data, which was not given; declare it as an input");
                    }
                    set.add(r.analyzer());
                }
            } catch (RuntimeException | LinkageError e) {
                early.put(id, Outcome.error("The check could not plan its statistics.", cause(e)));
            }
        }
        plan.forEach((role, analyzers) -> {
            Table t = assessment.dataset(role).orElseThrow();
            scans.put(role, Scanner.scan(t, analyzers));
            scanLog.add(new ScanRecord(role, t.name(), t.rowCount(), analyzers.size(), "fused"));
        });
        Map<DatasetRole, DatasetFingerprint> fingerprints = new EnumMap<>(DatasetRole.class);
        scans.forEach((role, scan) -> fingerprints.put(role, fingerprint(role, assessment.dataset(role).orElseThrow(),
                scan.get(new ContentHash()))));

        List<CheckResult> results = new ArrayList<>();
        for (Check check : checks) {
            results.add(runOne(check, early.get(check.descriptor().id()), fingerprints));
        }
        List<CharacteristicResult> characteristics =
                LevelEvaluator.evaluate(assessment.requirements(), results, assessment.answers());
        Verdict verdict = characteristics.stream().allMatch(c -> c.verdict().isAcceptable()) ? Verdict.MET : Verdict.NOT_MET;
        return new AssessmentResult(AssessmentResult.FORMAT_VERSION, TenkenVersion.get(), assessment.component(),
                assessment.edition(), assessment.profile(), assessment.requirements(), verdict, characteristics,
                results, List.copyOf(assessment.answers().values()), List.copyOf(fingerprints.values()),
                assessment.model().map(m -> m.description()).orElse(""), assessment.seed(), environment(), scanLog,
                startedAt, Duration.ofNanos(System.nanoTime() - t0));
    }

    private CheckResult runOne(Check check, Outcome early, Map<DatasetRole, DatasetFingerprint> fingerprints) {
        CheckDescriptor d = check.descriptor();
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Outcome outcome = early;
        if (outcome == null) {
            try {
                outcome = check.run(new RunContext(assessment, d.id(), this, false));
                outcome = verifyCriteria(d, outcome);
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                outcome = Outcome.error("The check could not run: " + firstLine(e.getMessage(), e), cause(e));
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
        RunContext ctx = new RunContext(assessment, d.id(), this, true);
        Provenance provenance = new Provenance(TenkenVersion.get(), read, model, ctx.parameters().asMap(), criteria,
                ctx.seed(), started, Duration.ofNanos(System.nanoTime() - t0));
        return new CheckResult(d.id(), d.title(), d.characteristic(), d.items(), outcome.status(), outcome.explanation(),
                outcome.measures(), outcome.tables(), outcome.charts(), outcome.error(), provenance);
    }

    /** A criterion that names no measure the check reported would silently judge nothing: make it an error. */
    private Outcome verifyCriteria(CheckDescriptor d, Outcome outcome) {
        if (outcome.status() == io.github.tenken.check.Status.NOT_APPLICABLE) {
            return outcome;
        }
        List<String> names = outcome.measures().stream().map(Measure::name).toList();
        for (Criterion c : assessment.criteria(d.id()).values()) {
            if (!names.contains(c.measure())) {
                return Outcome.error("The criterion " + c + " names no measure of this check.",
                        "criterion \"" + c + "\" of check " + d.id() + " names no measure; its measures are " + names);
            }
        }
        return outcome;
    }

    Predictions predictions(DatasetRole role) {
        if (predictions == null) {
            throw new IllegalStateException("no model was given");
        }
        Table t = assessment.dataset(role)
                .orElseThrow(() -> new IllegalStateException("no " + role.key() + " data was given"));
        return predictions.get(role, t);
    }

    @SuppressWarnings("unchecked")
    synchronized <R> R statistic(DatasetRole role, Analyzer<?, R> analyzer) {
        ScanResult scan = scans.get(role);
        if (scan == null) {
            throw new IllegalStateException("no " + role.key() + " data was given");
        }
        if (scan.has(analyzer)) {
            return scan.get(analyzer);
        }
        Map<Analyzer<?, ?>, Object> extra = unplanned.computeIfAbsent(role, r -> new LinkedHashMap<>());
        if (!extra.containsKey(analyzer)) {
            Table t = assessment.dataset(role).orElseThrow();
            extra.put(analyzer, Scanner.scan(t, List.of(analyzer)).get(analyzer));
            scanLog.add(new ScanRecord(role, t.name(), t.rowCount(), 1, "unplanned: " + analyzer));
        }
        return (R) extra.get(analyzer);
    }

    private Optional<String> absentInput(CheckDescriptor d) {
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
                return Optional.of(in.description());
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

    private static DatasetFingerprint fingerprint(DatasetRole role, Table t, String hash) {
        List<String> cols = t.columns().stream()
                .map(c -> c.name() + ":" + c.type().name().toLowerCase(java.util.Locale.ROOT)).toList();
        return new DatasetFingerprint(role, t.name(), t.source(), t.rowCount(), cols, hash);
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
