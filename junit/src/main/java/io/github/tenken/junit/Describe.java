package io.github.tenken.junit;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Measure;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.guideline.RequiredLevel;
import io.github.tenken.internal.Formats;
import io.github.tenken.result.AssessmentResult;

/** How the assertions name the things they talk about in failure messages; one wording for every message. */
final class Describe {

    private Describe() {
    }

    /** {@code assessment of "income classifier"}. */
    static String assessment(AssessmentResult result) {
        return "assessment of \"" + result.component().name() + "\"";
    }

    /** {@code C-1 correctness of the trained model}. */
    static String characteristic(InternalCharacteristic c) {
        return c.code() + " " + c.nameEn();
    }

    /** {@code check c1.accuracy (C-1 correctness of the trained model)}. */
    static String check(CheckResult check) {
        return "check " + check.checkId() + " (" + characteristic(check.characteristic()) + ")";
    }

    /** {@code measure accuracy of check c1.accuracy (C-1 correctness of the trained model)}. */
    static String measure(Measure measure, CheckResult check) {
        return "measure " + measure.name() + " of " + check(check);
    }

    /**
     * The value with its unit, interval and, when it comes from a sketch, the sketch's error bound:
     * {@code 0.8512 (95% CI 0.8453-0.8571)}, {@code 120 rows}, {@code 0.25 (+-0.0133, KLL k=200)}.
     */
    static String value(Measure m) {
        String unit = m.unit().isEmpty() || m.unit().equals("ratio") ? "" : " " + m.unit();
        String approximation = m.approximation() == null ? ""
                : " (+-" + Formats.number(m.approximation().bound()) + ", " + m.approximation().method() + ")";
        return Formats.number(m.value()) + unit + (m.interval() == null ? "" : " (" + interval(m) + ")")
                + approximation;
    }

    /** {@code 95% CI 0.8453-0.8571}; the measure must have an interval. */
    static String interval(Measure m) {
        return Math.round(m.interval().level() * 100) + "% CI " + Formats.number(m.interval().lower()) + "-"
                + Formats.number(m.interval().upper());
    }

    /** The criterion judging the measure, {@code accuracy >= 0.8}, or {@code none}. */
    static String criterion(Measure m) {
        return m.criterion() == null ? "none" : m.criterion().toString();
    }

    /** {@code 2 (driven by AISL 0.2, AIPL 2)}, or just the label when no external level drove it. */
    static String required(RequiredLevel required) {
        return required.label() + (required.drivenBy().isEmpty() ? ""
                : " (driven by " + String.join(", ", required.drivenBy()) + ")");
    }

    /** A number for a message: {@code 0.9}, {@code 0.1568}. */
    static String number(double v) {
        return Formats.number(v);
    }
}
