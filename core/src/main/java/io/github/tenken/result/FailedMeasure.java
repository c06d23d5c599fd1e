package io.github.tenken.result;

import io.github.tenken.check.Criterion;
import io.github.tenken.check.CriterionOrigin;
import io.github.tenken.check.Measure;

/**
 * One measure that failed its criterion, as the reason of a failed item: which check, the value, the criterion and
 * where it came from, the signed margin to the threshold (negative: short of it) and the confidence-interval bound
 * on the unfavourable side.
 *
 * @param checkId   the check that reported it
 * @param measure   the measure's name
 * @param value     the measured value
 * @param criterion the criterion it failed
 * @param origin    whether the criterion was agreed or is the check's default
 * @param margin    {@link Measure#margin()}: positive when the value meets the threshold, negative when it falls short
 * @param ciBound   {@link Measure#ciBound()}, or {@code null} without an interval
 */
public record FailedMeasure(String checkId, String measure, double value, Criterion criterion,
                            CriterionOrigin origin, double margin, Double ciBound) {

    /** The failure of a judged measure of a check. */
    public static FailedMeasure of(String checkId, Measure m) {
        return new FailedMeasure(checkId, m.name(), m.value(), m.criterion(), m.criterionOrigin(), m.margin(),
                m.ciBound().isPresent() ? m.ciBound().getAsDouble() : null);
    }
}
