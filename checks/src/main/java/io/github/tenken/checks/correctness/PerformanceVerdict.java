package io.github.tenken.checks.correctness;

import io.github.tenken.check.Measure;
import io.github.tenken.check.Status;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The verdict of a performance check: FAIL when any criterion failed; WARN when no criterion judges a performance
 * measure (only the data-volume measures, the interval width and the row count, were judged, or nothing), because C-1.1b asks for acceptance criteria fixed
 * beforehand and a narrow interval alone says nothing about whether the model is good enough; PASS otherwise.
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

    /** The clauses to append to the explanation: the failed criteria, then the missing-criterion warning. */
    String clauses(String mainMeasure, String exampleCriterion) {
        StringBuilder sb = new StringBuilder();
        String failed = measures.stream().filter(Measure::isFailed).map(Measure::sentence)
                .collect(Collectors.joining("; "));
        if (!failed.isEmpty()) {
            sb.append("; not met: ").append(failed);
        }
        if (!judgesPerformance()) {
            sb.append("; no acceptance criterion was set for ").append(mainMeasure)
                    .append(" or any other performance measure, so this is a measurement, not a verdict"
                            + " (C-1.1b asks for criteria fixed beforehand, e.g. \"")
                    .append(exampleCriterion).append("\")");
        }
        return sb.toString();
    }
}
