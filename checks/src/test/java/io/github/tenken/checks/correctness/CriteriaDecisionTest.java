package io.github.tenken.checks.correctness;

import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.check.Criterion;
import io.github.tenken.check.Measure;
import io.github.tenken.message.Message;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.github.tenken.checks.stats.CheckHarness.en;
import static io.github.tenken.checks.stats.CheckHarness.rows;
import static org.assertj.core.api.Assertions.assertThat;

/** Which criteria an interval decides, operator by operator, by hand. */
class CriteriaDecisionTest {

    private static Measure judged(String criterion, double value, Double lower, Double upper) {
        Criterion c = Criterion.parse(criterion);
        Measure m = Measure.of(c.measure(), value, "ratio");
        if (lower != null) {
            m = m.withInterval(new ConfidenceInterval(0.95, lower, upper, Message.literal("test")));
        }
        return m.judgedBy(c);
    }

    @Test
    void eachOperatorIsDecidedWhenTheWholeIntervalIsOnOneSide() {
        List<Measure> measures = List.of(
                judged("a >= 0.8", 0.85, 0.81, 0.89),        // decided, met: margin 0.01
                judged("b >= 0.8", 0.82, 0.78, 0.86),        // straddles: margin -0.02
                judged("c >= 0.8", 0.70, 0.65, 0.75),        // decided, not met: margin -0.15
                judged("d <= 0.1", 0.05, 0.02, 0.08),        // decided: margin 0.1 - 0.08
                judged("e < 0.1", 0.09, 0.05, 0.1),          // the upper bound 0.1 fails "< 0.1": straddles
                judged("f == 1", 1, 1.0, 1.0),               // a degenerate interval on the threshold: decided
                judged("g != 0", 0.5, -0.1, 0.2),            // holds at both bounds but 0 lies inside: undecided
                judged("h >= 0.5", 0.6, null, null),         // no interval: undecided
                judged("rows >= 10", 100, null, null),       // a volume measure: left out
                Measure.of("i", 0.3, "ratio"));              // not judged: left out
        CriteriaDecision d = new CriteriaDecision(measures, Set.of("rows"));

        assertThat(d.size()).isEqualTo(8);
        assertThat(d.undecided()).isEqualTo(4);             // b, e, g, h
        List<List<Object>> table = rows(d.table(), "criterion", "decided");
        assertThat(table).containsExactly(List.of("a >= 0.8", true), List.of("b >= 0.8", false),
                List.of("c >= 0.8", true), List.of("d <= 0.1", true), List.of("e < 0.1", false),
                List.of("f == 1", true), List.of("g != 0", false), List.of("h >= 0.5", false));
        assertThat((Double) d.table().cell(0, "margin")).isCloseTo(0.01, org.assertj.core.api.Assertions.within(1e-12));
        assertThat((Double) d.table().cell(3, "margin")).isCloseTo(0.02, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(d.table().cell(5, "margin")).isNull();
        assertThat(en(d.clause())).isEqualTo("The 95% intervals decide 4 of 8 criteria (C-1.1a): a >= 0.8: decided, "
                + "95% CI 0.81-0.89, margin 0.01, b >= 0.8: undecided, the 95% CI 0.78-0.86 straddles the threshold, "
                + "margin -0.02, c >= 0.8: decided, 95% CI 0.65-0.75, margin -0.15, d <= 0.1: decided, 95% CI "
                + "0.02-0.08, margin 0.02, e < 0.1: undecided, the 95% CI 0.05-0.1 straddles the threshold, margin 0, "
                + "f == 1: decided, 95% CI 1-1, g != 0: undecided, the 95% CI -0.1-0.2 straddles the threshold, "
                + "h >= 0.5: undecided, the measure has no interval.");
    }

    @Test
    void withoutCriteriaThereIsNothingToDecideAndNoClause() {
        CriteriaDecision d = new CriteriaDecision(List.of(Measure.of("accuracy", 0.9, "ratio")), Set.of());
        assertThat(d.undecided()).isZero();
        assertThat(d.clause()).isEqualTo(Message.literal(""));
    }
}
