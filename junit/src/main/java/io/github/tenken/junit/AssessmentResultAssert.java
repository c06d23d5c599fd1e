package io.github.tenken.junit;

import io.github.tenken.check.CheckResult;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.CharacteristicResult;
import io.github.tenken.result.Verdict;
import org.assertj.core.api.AssertionErrorCollector;

import java.util.List;
import java.util.Optional;

/**
 * Assertions on a whole assessment, the entry point of the quality gate; start from
 * {@link QualityAssertions#assertThat(AssessmentResult)} or {@link SoftQualityAssertions#assertThat(AssessmentResult)}.
 *
 * <pre>{@code
 * assertThat(result).meetsRequiredLevels();
 * assertThat(result).characteristic(InternalCharacteristic.C_1).hasStatus(Status.PASS);
 * assertThat(result).check("c1.classification").measure("accuracy").isAtLeast(0.85);
 * }</pre>
 */
public final class AssessmentResultAssert extends AbstractQualityAssert<AssessmentResultAssert, AssessmentResult> {

    AssessmentResultAssert(AssessmentResult result, AssertionErrorCollector collector) {
        super(result, AssessmentResultAssert.class, collector);
    }

    /**
     * Passes when every required level is met. The failure lists, under every characteristic whose verdict is
     * NOT_MET, its required and achieved level, the failing checks with measure, value, criterion and margin, and
     * the missing items with the reason each is missing; it ends with the path of the HTML report when the result was
     * recorded with {@link QualityReports#record}.
     */
    public AssessmentResultAssert meetsRequiredLevels() {
        if (skipped()) {
            return myself;
        }
        List<CharacteristicResult> notMet = actual.characteristics().stream()
                .filter(c -> c.verdict() == Verdict.NOT_MET).toList();
        return expect(notMet.isEmpty() && actual.verdict() != Verdict.NOT_MET,
                () -> GateMessage.of(actual, notMet, RecordedReports.htmlOf(actual)));
    }

    /** Passes when the assessment's overall verdict is {@code expected} ({@link Verdict#MET}: every level met). */
    public AssessmentResultAssert hasVerdict(Verdict expected) {
        if (skipped()) {
            return myself;
        }
        return expect(actual.verdict() == expected, () -> FailureMessage.expecting(Describe.assessment(actual))
                .to("have verdict", expected.name())
                .but("was", actual.verdict().name()));
    }

    /** Navigates to one internal characteristic (all nine are always present). */
    public CharacteristicAssert characteristic(InternalCharacteristic characteristic) {
        if (skipped()) {
            return inherit(new CharacteristicAssert(null, List.of(), collector()));
        }
        return inherit(new CharacteristicAssert(actual.characteristic(characteristic), actual.checksOf(characteristic),
                collector()));
    }

    /**
     * Navigates to the result of the check with this id; an id that did not run fails, listing the checks that did.
     *
     * @return an assertion on the check (on nothing, with its expectations skipped, after a soft failure)
     */
    public CheckResultAssert check(String checkId) {
        if (skipped()) {
            return inherit(new CheckResultAssert(null, collector()));
        }
        Optional<CheckResult> found = actual.check(checkId);
        if (found.isEmpty()) {
            fail(FailureMessage.expecting(Describe.assessment(actual))
                    .to("contain check", checkId)
                    .but("its checks are", actual.checks().stream().map(CheckResult::checkId).toList().toString())
                    .toString());
        }
        return inherit(new CheckResultAssert(found.orElse(null), collector()));
    }
}
