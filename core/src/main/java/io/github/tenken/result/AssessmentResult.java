package io.github.tenken.result;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.data.DatasetFingerprint;
import io.github.tenken.data.Risk;
import io.github.tenken.evidence.ProcessAnswer;
import io.github.tenken.guideline.Edition;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.Requirements;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The immutable result of an assessment: the component, its quality profile and what it requires, required against
 * achieved level for each of the nine internal characteristics, every check result, the recorded answers, and
 * provenance. Renderers (JSON, HTML, JUnit XML) and assertions read it; nothing changes it.
 *
 * @param formatVersion  version of this result's shape, for readers of its JSON
 * @param libraryVersion Tenken's version
 * @param component      the component
 * @param edition        the guideline edition
 * @param profile        the quality profile
 * @param requirements   the required internal levels and caveats
 * @param verdict        MET when every required level is met, NOT_MET otherwise
 * @param characteristics one result per internal characteristic, A-1 ... E-1
 * @param checks         every check's result, in the order run
 * @param answers        the recorded process answers, by item id order
 * @param risks          the risks recorded under A-1, traced to cases by {@code a2.risk-traceability}
 * @param datasets       the datasets' fingerprints
 * @param model          the model's description, or empty
 * @param modelIdentity  a hash identifying the model (its bytes, or its file's), or {@code null} when it cannot be
 *                       hashed or no model was given
 * @param seed           the assessment's seed
 * @param judgeOnConfidenceBound whether criteria were judged on the unfavourable confidence bound too (strict gate)
 * @param excludedChecks ids of the loaded checks the plan or builder excluded
 * @param unreachableItems ids of the required items (at or below the required level) that no running check can
 *                       meet and no answer may meet, known before the run
 * @param environment    JVM, OS and library versions
 * @param scans          the passes made over the datasets
 * @param startedAt      when the assessment started
 * @param duration       how long it took
 */
public record AssessmentResult(String formatVersion, String libraryVersion, Component component, Edition edition,
                               QualityProfile profile, Requirements requirements, Verdict verdict,
                               List<CharacteristicResult> characteristics, List<CheckResult> checks,
                               List<ProcessAnswer> answers, List<Risk> risks, List<DatasetFingerprint> datasets,
                               String model, ModelIdentity modelIdentity, long seed, boolean judgeOnConfidenceBound,
                               List<String> excludedChecks, List<String> unreachableItems,
                               Map<String, String> environment, List<ScanRecord> scans,
                               Instant startedAt, Duration duration) {

    /** The version of the result's shape this library writes. */
    public static final String FORMAT_VERSION = "1";

    public AssessmentResult {
        characteristics = List.copyOf(characteristics);
        checks = List.copyOf(checks);
        answers = List.copyOf(answers);
        risks = List.copyOf(risks);
        datasets = List.copyOf(datasets);
        excludedChecks = List.copyOf(excludedChecks);
        unreachableItems = List.copyOf(unreachableItems);
        environment = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(environment));
        scans = List.copyOf(scans);
    }

    /** A result without risks, model identity, exclusions or unreachable items, judged on values. */
    public AssessmentResult(String formatVersion, String libraryVersion, Component component, Edition edition,
                            QualityProfile profile, Requirements requirements, Verdict verdict,
                            List<CharacteristicResult> characteristics, List<CheckResult> checks,
                            List<ProcessAnswer> answers, List<DatasetFingerprint> datasets, String model,
                            long seed, Map<String, String> environment, List<ScanRecord> scans,
                            Instant startedAt, Duration duration) {
        this(formatVersion, libraryVersion, component, edition, profile, requirements, verdict, characteristics,
                checks, answers, List.of(), datasets, model, null, seed, false, List.of(), List.of(), environment,
                scans, startedAt, duration);
    }

    /** The model's identity, if it was hashed. */
    public Optional<ModelIdentity> modelIdentityIfKnown() {
        return Optional.ofNullable(modelIdentity);
    }

    /** Every action that would close a shortfall, characteristic by characteristic. */
    public List<Action> actions() {
        return characteristics.stream().flatMap(c -> c.actions().stream()).toList();
    }

    /** The result of one characteristic. */
    public CharacteristicResult characteristic(InternalCharacteristic c) {
        return characteristics.get(c.ordinal());
    }

    /** The result of the check with this id, if it ran. */
    public Optional<CheckResult> check(String checkId) {
        return checks.stream().filter(c -> c.checkId().equals(checkId)).findFirst();
    }

    /** The results of the checks serving one characteristic. */
    public List<CheckResult> checksOf(InternalCharacteristic c) {
        return checks.stream().filter(r -> r.characteristic() == c).toList();
    }

    /** How many checks ended in each status (every status present, zero where none). */
    public Map<Status, Long> statusCounts() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0L);
        }
        checks.forEach(c -> counts.merge(c.status(), 1L, Long::sum));
        return counts;
    }

    /** Whether every required level is met. */
    public boolean meetsRequiredLevels() {
        return verdict == Verdict.MET;
    }
}
