package io.github.tenken.engine;

import io.github.tenken.check.Criterion;
import io.github.tenken.check.CriterionOrigin;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.Status;

import java.util.List;
import java.util.Map;

/**
 * Marks each judged measure of an outcome with the origin of its criterion (agreed by the team, or the check's
 * default) and, under the strict gate ({@code judgeOnConfidenceBound}), judges it on the unfavourable bound of its
 * interval too; a PASS whose measure then fails becomes FAIL. Done once by the engine, so no check can forget it.
 */
final class CriteriaAudit {

    private CriteriaAudit() {
    }

    /**
     * @param outcome the check's outcome
     * @param agreed  the criteria the user set for this check, by measure
     * @param onBound whether the strict gate is on
     */
    static Outcome apply(Outcome outcome, Map<String, Criterion> agreed, boolean onBound) {
        if (outcome.measures().stream().noneMatch(Measure::isJudged)) {
            return outcome;
        }
        List<Measure> measures = outcome.measures().stream().map(m -> {
            if (!m.isJudged()) {
                return m;
            }
            CriterionOrigin origin = m.criterion().equals(agreed.get(m.name())) ? CriterionOrigin.AGREED
                    : CriterionOrigin.DEFAULT;
            return m.judgedBy(m.criterion(), origin).judgedOnBound(onBound);
        }).toList();
        Status status = outcome.status() == Status.PASS && measures.stream().anyMatch(Measure::isFailed)
                ? Status.FAIL : outcome.status();
        return new Outcome(status, outcome.explanation(), measures, outcome.tables(), outcome.charts(),
                outcome.error());
    }
}
