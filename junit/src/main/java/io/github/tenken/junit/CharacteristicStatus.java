package io.github.tenken.junit;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.result.AssessmentResult;

import java.util.List;

/**
 * The status of an internal characteristic: the worst status among the checks that serve it.
 *
 * <p>The rule: severity runs {@code ERROR > FAIL > WARN > PASS}; a check that was {@code NOT_APPLICABLE} (its input
 * was not given) is ignored; a characteristic with no applicable check at all is {@code NOT_APPLICABLE}. So one
 * broken check makes the characteristic ERROR even when another failed, and a characteristic is PASS only when every
 * check that ran passed. This summarises the checks only; whether the required level is met (which also counts
 * recorded process answers) is {@link io.github.tenken.result.CharacteristicResult#verdict()}.
 */
public final class CharacteristicStatus {

    private CharacteristicStatus() {
    }

    /** The status of one characteristic in an assessment, by the rule above. */
    public static Status of(AssessmentResult result, InternalCharacteristic characteristic) {
        return worstOf(result.checksOf(characteristic));
    }

    /** The worst status of these check results, by the rule above. */
    public static Status worstOf(List<CheckResult> checks) {
        Status worst = Status.NOT_APPLICABLE;
        for (CheckResult c : checks) {
            if (severity(c.status()) > severity(worst)) {
                worst = c.status();
            }
        }
        return worst;
    }

    private static int severity(Status s) {
        return switch (s) {
            case NOT_APPLICABLE -> 0;
            case PASS -> 1;
            case WARN -> 2;
            case FAIL -> 3;
            case ERROR -> 4;
        };
    }
}
