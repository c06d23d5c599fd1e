package io.github.tenken.cli;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.guideline.ExternalLevel;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.i18n.Messages;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.CharacteristicResult;
import io.github.tenken.result.Verdict;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The text an assessment prints on standard output, in the report's language: one row per internal characteristic
 * (required and achieved level, verdict, and how its checks ended), the overall verdict, the checks that could not
 * run or failed (one line each, see {@link ShortfallLines}) and where the report was written. Its texts are the {@code cli.summary.*} keys of the command line's message bundles.
 */
final class ResultSummary {

    private static final List<Status> COUNTED = List.of(Status.PASS, Status.WARN, Status.FAIL, Status.ERROR,
            Status.NOT_APPLICABLE);

    private ResultSummary() {
    }

    /** The summary of a result whose report was written to {@code reportPath} (absolute), in English. */
    static String render(AssessmentResult result, String reportPath) {
        return render(result, reportPath, Messages.of(ReportLanguage.EN));
    }

    /** The summary of a result whose report was written to {@code reportPath} (absolute), in a language. */
    static String render(AssessmentResult result, String reportPath, Messages texts) {
        boolean ja = texts.language() == ReportLanguage.JA;
        StringBuilder out = new StringBuilder();
        String levels = result.profile().levels().stream().filter(l -> !l.isZero()).map(ExternalLevel::label)
                .collect(Collectors.joining(", "));
        out.append(texts.format("cli.summary.title", result.component().name(),
                levels.isEmpty() ? texts.get("cli.summary.noLevel") : levels,
                ja ? result.edition().titleJa() : result.edition().titleEn())).append("\n\n");
        List<String> header = new ArrayList<>(List.of(texts.get("cli.summary.column.characteristic"),
                texts.get("cli.summary.column.required"), texts.get("cli.summary.column.achieved"),
                texts.get("cli.summary.column.verdict")));
        COUNTED.forEach(s -> header.add(texts.get("cli.summary.column." + s.name())));
        TextTable table = new TextTable(header.toArray(String[]::new));
        for (CharacteristicResult c : result.characteristics()) {
            Map<Status, Integer> counts = counts(result.checksOf(c.characteristic()));
            List<String> row = new ArrayList<>(List.of(name(c.characteristic(), ja), c.required().label(),
                    c.achievedLabel(), texts.get("cli.summary.verdict." + c.verdict().name())));
            COUNTED.forEach(s -> row.add(Integer.toString(counts.getOrDefault(s, 0))));
            table.row(row.toArray(String[]::new));
        }
        out.append(table.render()).append('\n');
        List<String> shortfalls = result.characteristics().stream().filter(c -> c.verdict() == Verdict.NOT_MET)
                .map(c -> c.characteristic().code()).toList();
        String overall = texts.get("cli.summary.overall." + (result.meetsRequiredLevels() ? "MET" : "NOT_MET"));
        out.append(shortfalls.isEmpty() ? texts.format("cli.summary.overall.allMet", overall)
                : texts.format("cli.summary.overall.shortfalls", overall, shortfalls.size(),
                        result.characteristics().size(), String.join(", ", shortfalls))).append('\n');
        Map<Status, Long> all = result.statusCounts();
        out.append(texts.format("cli.summary.checks", result.checks().size(), all.get(Status.PASS),
                all.get(Status.WARN), all.get(Status.FAIL), all.get(Status.ERROR), all.get(Status.NOT_APPLICABLE)))
                .append('\n');
        result.requirements().caveats().forEach(c -> out.append(texts.format("cli.summary.note", texts.render(c)))
                .append('\n'));
        ShortfallLines.of(result, texts).forEach(line -> out.append(line).append('\n'));
        out.append(texts.format("cli.summary.report", reportPath)).append('\n');
        return out.toString();
    }

    private static String name(InternalCharacteristic c, boolean ja) {
        return c.code() + " " + (ja ? c.nameJa() : c.nameEn());
    }

    private static Map<Status, Integer> counts(List<CheckResult> checks) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        checks.forEach(c -> counts.merge(c.status(), 1, Integer::sum));
        return counts;
    }
}
