package io.github.tenken.report.qunomon;

import io.github.tenken.check.CheckDescriptor;

import java.util.Locale;

/**
 * The AIT name of a check, {@code {eval|alyz}_<problem>_<metric>}, derived from the check's descriptor alone so that
 * a check keeps its name from run to run whatever its outcome.
 *
 * <p>The rule: the prefix is {@code eval_} when the descriptor declares default criteria (the check judges) and
 * {@code alyz_} otherwise (it measures for a human to read); {@code misc_} is not used. {@code <problem>} is the part
 * of the id before its first dot (the characteristic, e.g. {@code b3}) and {@code <metric>} the rest; both are
 * lower-cased and every character other than a letter or digit becomes {@code _}. So {@code b3.missing-values} with
 * criteria is {@code eval_b3_missing_values}, and {@code drift.train-test} without is
 * {@code alyz_drift_train_test}. Two ids that differ only in punctuation would share a name; the writer rejects that.
 */
final class AitName {

    private AitName() {
    }

    /** The AIT name of a check. */
    static String of(CheckDescriptor descriptor) {
        return of(descriptor.id(), !descriptor.defaultCriteria().isEmpty());
    }

    /** The AIT name of a check id, judged or not. */
    static String of(String checkId, boolean judges) {
        String id = checkId.toLowerCase(Locale.ROOT);
        int dot = id.indexOf('.');
        String problem = dot < 0 ? id : id.substring(0, dot);
        String metric = dot < 0 ? "" : id.substring(dot + 1);
        String name = (judges ? "eval_" : "alyz_") + clean(problem) + (metric.isEmpty() ? "" : "_" + clean(metric));
        return name;
    }

    private static String clean(String part) {
        StringBuilder sb = new StringBuilder(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            sb.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : '_');
        }
        return sb.toString();
    }
}
