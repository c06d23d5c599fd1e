package io.github.tenken.junit;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Criterion;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Status;
import io.github.tenken.internal.Formats;
import io.github.tenken.message.Message;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.i18n.Messages;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.CharacteristicResult;
import io.github.tenken.result.ItemResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The failure message of {@link AssessmentResultAssert#meetsRequiredLevels()}: under each characteristic that falls
 * short, its required and achieved level, the failing checks with measure, value, criterion and margin, and the
 * missing items with the note saying why; at the end the path of the HTML report when the result was recorded with
 * {@link QualityReports}.
 *
 * <pre>
 * Expecting assessment of "income classifier"
 *   to meet every required level
 *   but 1 characteristic was not met:
 *     C-1 correctness of the trained model
 *       required: 1 (driven by AIPL 1)
 *       achieved: -
 *       failing checks:
 *         c1.accuracy: accuracy 0.8 (95% CI 0.7216-0.8784), criterion accuracy &gt;= 0.9, margin -0.1
 *       missing items:
 *         C-1.1a: ...
 *   report: target/tenken/IncomeClassifierQualityTest/meetsItsProfile.html
 * </pre>
 *
 * The margin is the value minus the threshold, signed so that a negative margin is short: for {@code <=} and
 * {@code <} criteria it is the threshold minus the value, for {@code ==} minus the distance, for {@code !=} the
 * distance. Every text here is built from what the results hold, in English, as JUnit failures are.
 */
final class GateMessage {

    private final AssessmentResult result;
    private final Messages texts = Messages.of(ReportLanguage.EN);

    private GateMessage(AssessmentResult result) {
        this.result = result;
    }

    /** The whole failure message for the characteristics of {@code result} that were not met. */
    static FailureMessage of(AssessmentResult result, List<CharacteristicResult> notMet, Optional<Path> report) {
        GateMessage g = new GateMessage(result);
        FailureMessage m = FailureMessage.expecting(Describe.assessment(result))
                .to("meet every required level")
                .but(notMet.size() == 1 ? "1 characteristic was not met" : notMet.size() + " characteristics were "
                        + "not met", notMet.stream().map(g::shortfall).toList());
        report.ifPresent(p -> m.note("report", p.toString().replace('\\', '/')));
        return m;
    }

    /** One characteristic's shortfall, several lines. */
    private String shortfall(CharacteristicResult c) {
        StringBuilder s = new StringBuilder(Describe.characteristic(c.characteristic()))
                .append("\n  required: ").append(Describe.required(c.required()))
                .append("\n  achieved: ").append(c.achievedLabel());
        List<String> failing = failingChecks(c);
        if (!failing.isEmpty()) {
            s.append("\n  failing checks:");
            failing.forEach(line -> s.append("\n    ").append(line));
        }
        if (!c.missing().isEmpty()) {
            s.append("\n  missing items:");
            for (String id : c.missing()) {
                s.append("\n    ").append(id).append(note(c, id));
            }
        }
        return s.toString();
    }

    /**
     * One line per failing measure of every check that failed or broke and either belongs to the characteristic or
     * supports one of its missing items, in the order the checks ran.
     */
    private List<String> failingChecks(CharacteristicResult c) {
        Set<String> ids = new LinkedHashSet<>();
        for (String missing : c.missing()) {
            c.items().stream().filter(i -> i.itemId().equals(missing)).findFirst()
                    .ifPresent(i -> ids.addAll(i.checkIds()));
        }
        List<String> lines = new ArrayList<>();
        for (CheckResult check : result.checks()) {
            boolean concerned = check.characteristic() == c.characteristic() || ids.contains(check.checkId());
            if (!concerned || (check.status() != Status.FAIL && check.status() != Status.ERROR)) {
                continue;
            }
            if (check.status() == Status.ERROR) {
                lines.add(check.checkId() + ": ERROR: " + firstLine(texts.render(check.explanation())));
                continue;
            }
            List<Measure> failed = check.measures().stream().filter(Measure::isFailed).toList();
            if (failed.isEmpty()) {
                lines.add(check.checkId() + ": FAIL: " + firstLine(texts.render(check.explanation())));
            }
            failed.forEach(m -> lines.add(check.checkId() + ": " + m.name() + " " + Describe.value(m)
                    + ", criterion " + m.criterion() + ", margin " + Formats.number(m.margin())));
        }
        return lines;
    }

    /** {@code ": <note>"} of the item, or nothing when it has none. */
    private String note(CharacteristicResult c, String itemId) {
        Message note = c.items().stream().filter(i -> i.itemId().equals(itemId)).findFirst()
                .map(ItemResult::note).orElse(null);
        if (note != null && note.key().equals("item.checkFailedMeasures")) {
            // the failing checks above give the measures; the item names the checks only
            note = new Message("item.checkFailed", note.args().subList(0, 1));
        }
        return note == null ? "" : ": " + firstLine(texts.render(note));
    }

    /** How far the value is from failing its criterion, negative when it is short. */
    static double margin(double value, Criterion criterion) {
        return criterion.margin(value);
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
