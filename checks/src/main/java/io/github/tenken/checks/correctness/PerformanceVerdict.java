package io.github.tenken.checks.correctness;

import io.github.tenken.check.Measure;
import io.github.tenken.check.Status;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;

import java.util.List;
import java.util.Set;

/**
 * The verdict of a performance check: FAIL when any criterion failed; WARN when no criterion judges a performance
 * measure (only the data-volume measures, the interval width and the row count, were judged, or nothing), because
 * C-1.1b asks for acceptance criteria fixed beforehand and a narrow interval alone says nothing about whether the
 * model is good enough; PASS otherwise. Whether the intervals decide the criteria (C-1.1a) is a volume measure of its
 * own, {@link CriteriaDecision#MEASURE}, judged like any other.
 */
final class PerformanceVerdict {

    private final List<Measure> measures;
    private final Set<String> volumeMeasures;

    PerformanceVerdict(List<Measure> measures, String... volumeMeasures) {
        this.measures = List.copyOf(measures);
        this.volumeMeasures = Set.of(volumeMeasures);
    }

    /** Whether a criterion judges a measure other than the volume measures. */
    boolean judgesPerformance() {
        return measures.stream().anyMatch(m -> m.isJudged() && !volumeMeasures.contains(m.name()));
    }

    /** The status. */
    Status status() {
        if (measures.stream().anyMatch(Measure::isFailed)) {
            return Status.FAIL;
        }
        return judgesPerformance() ? Status.PASS : Status.WARN;
    }

    /** The explanation: the main clause, the failed criteria, then the missing-criterion warning. */
    Message sentence(Message main, String mainMeasure, String exampleCriterion) {
        return sentence(main, mainMeasure, exampleCriterion, Message.literal(""));
    }

    /**
     * The explanation: the main clause, the failed criteria, the missing-criterion warning, then how the intervals
     * decide the criteria ({@link CriteriaDecision#clause()}).
     */
    Message sentence(Message main, String mainMeasure, String exampleCriterion, Message decision) {
        List<Message> failed = measures.stream().filter(Measure::isFailed).map(PerformanceVerdict::failure).toList();
        Message notMet = failed.isEmpty() ? Message.literal("") : Message.of("performance.notMet", failed);
        Message noCriterion = judgesPerformance() ? Message.literal("")
                : Message.of("performance.noCriterion", mainMeasure, exampleCriterion);
        Message sentence = Message.of("performance.sentence", main, notMet, noCriterion);
        return decision.equals(Message.literal(""))
                ? sentence : Message.of("sentences", sentence, decision);
    }

    /** {@code accuracy >= 0.8 (was 0.7912)}. */
    static Message failure(Measure m) {
        return Message.of("performance.failedCriterion", m.criterion().toString(), Arg.num(m.value()));
    }
}
