package io.github.tenken.cli;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.guideline.ExternalLevel;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.CharacteristicResult;
import io.github.tenken.result.Verdict;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text an assessment prints on standard output: one row per internal characteristic (required and achieved
 * level, verdict, and how its checks ended), the overall verdict and where the report was written.
 */
final class ResultSummary {

    private ResultSummary() {
    }

    /** The summary of a result whose report was written to {@code reportPath} (absolute). */
    static String render(AssessmentResult result, String reportPath) {
        StringBuilder out = new StringBuilder();
        String levels = result.profile().levels().stream().filter(l -> !l.isZero()).map(ExternalLevel::label)
                .collect(Collectors.joining(", "));
        out.append(result.component().name()).append(" (").append(levels.isEmpty() ? "no level required" : levels)
                .append(", ").append(result.edition().titleEn()).append(")\n\n");
        TextTable table = new TextTable("characteristic", "required", "achieved", "verdict", "pass", "warn", "fail",
                "error", "n.a.");
        for (CharacteristicResult c : result.characteristics()) {
            Map<Status, Integer> counts = counts(result.checksOf(c.characteristic()));
            table.row(c.characteristic().code() + " " + c.characteristic().nameEn(), c.required().label(),
                    c.achievedLabel(), verdict(c.verdict()),
                    count(counts, Status.PASS), count(counts, Status.WARN), count(counts, Status.FAIL),
                    count(counts, Status.ERROR), count(counts, Status.NOT_APPLICABLE));
        }
        out.append(table.render()).append('\n');
        List<String> shortfalls = result.characteristics().stream().filter(c -> c.verdict() == Verdict.NOT_MET)
                .map(c -> c.characteristic().code()).toList();
        out.append("overall: ").append(result.meetsRequiredLevels() ? "MET" : "NOT MET");
        if (shortfalls.isEmpty()) {
            out.append(" (every required level is met)\n");
        } else {
            out.append(" (").append(shortfalls.size()).append(" of ").append(result.characteristics().size())
                    .append(" characteristics fall short: ").append(String.join(", ", shortfalls)).append(")\n");
        }
        Map<Status, Long> all = result.statusCounts();
        out.append("checks: ").append(result.checks().size()).append(" run: ")
                .append(all.get(Status.PASS)).append(" pass, ").append(all.get(Status.WARN)).append(" warn, ")
                .append(all.get(Status.FAIL)).append(" fail, ").append(all.get(Status.ERROR)).append(" error, ")
                .append(all.get(Status.NOT_APPLICABLE)).append(" n.a.\n");
        result.requirements().caveats().forEach(c -> out.append("note: ").append(c).append('\n'));
        out.append("report: ").append(reportPath).append('\n');
        return out.toString();
    }

    /** {@code met}, {@code NOT MET} (upper case so that it stands out) or {@code not required}. */
    static String verdict(Verdict v) {
        return switch (v) {
            case MET -> "met";
            case NOT_MET -> "NOT MET";
            case NOT_REQUIRED -> "not required";
        };
    }

    private static Map<Status, Integer> counts(List<CheckResult> checks) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        checks.forEach(c -> counts.merge(c.status(), 1, Integer::sum));
        return counts;
    }

    private static String count(Map<Status, Integer> counts, Status s) {
        return Integer.toString(counts.getOrDefault(s, 0));
    }
}
