package io.github.tenken.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.report.ReportLanguage;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the summary printed on standard output against the JSON report of the same run. */
final class SummaryAssert {

    /** The verdict words of the summary, written out here rather than read from the bundles the summary uses. */
    private static final Map<ReportLanguage, Map<String, String>> VERDICTS = Map.of(
            ReportLanguage.EN, Map.of("MET", "met", "NOT_MET", "NOT MET", "NOT_REQUIRED", "not required"),
            ReportLanguage.JA, Map.of("MET", "達成", "NOT_MET", "未達", "NOT_REQUIRED", "要求なし"));
    private static final Map<ReportLanguage, Map<String, String>> OVERALL = Map.of(
            ReportLanguage.EN, Map.of("MET", "overall: MET", "NOT_MET", "overall: NOT MET"),
            ReportLanguage.JA, Map.of("MET", "総合判定: 達成", "NOT_MET", "総合判定: 未達"));

    private SummaryAssert() {
    }

    /** {@link #assertSummaryMatchesReport(String, JsonNode, ReportLanguage)} of an English summary. */
    static void assertSummaryMatchesReport(String stdout, JsonNode report) {
        assertSummaryMatchesReport(stdout, report, ReportLanguage.EN);
    }

    /**
     * Every characteristic has its row, named in the language, with the verdict of the report; the check counts add
     * up to the checks run; the overall line agrees.
     */
    static void assertSummaryMatchesReport(String stdout, JsonNode report, ReportLanguage language) {
        List<String> lines = stdout.lines().toList();
        int counted = 0;
        for (JsonNode c : report.get("characteristics")) {
            InternalCharacteristic ch = InternalCharacteristic.valueOf(c.get("characteristic").asText()
                    .replace('-', '_'));
            String name = ch.code() + " " + (language == ReportLanguage.JA ? ch.nameJa() : ch.nameEn());
            Pattern row = Pattern.compile(Pattern.quote(name) + " +(\\S+(?: \\+ \\S+)?) +(\\S+(?: \\+ \\S+)?) +"
                    + Pattern.quote(VERDICTS.get(language).get(c.get("verdict").asText()))
                    + " +(\\d+) +(\\d+) +(\\d+) +(\\d+) +(\\d+)");
            Matcher m = lines.stream().map(row::matcher).filter(Matcher::matches).findFirst()
                    .orElseThrow(() -> new AssertionError("no summary row for " + name + " with verdict "
                            + c.get("verdict").asText() + " in\n" + stdout));
            for (int g = 3; g <= 7; g++) {
                counted += Integer.parseInt(m.group(g));
            }
        }
        assertThat(report.get("characteristics")).hasSize(InternalCharacteristic.values().length);
        assertThat(counted).as("checks counted in the summary rows").isEqualTo(report.get("checks").size());
        String verdict = report.get("verdict").asText();
        assertThat(lines).anyMatch(l -> l.startsWith(OVERALL.get(language).get(verdict.equals("MET") ? "MET"
                : "NOT_MET")));
    }
}
