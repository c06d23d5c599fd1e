package io.github.tenken.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tenken.guideline.InternalCharacteristic;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the summary printed on standard output against the JSON report of the same run. */
final class SummaryAssert {

    private SummaryAssert() {
    }

    /** Every characteristic has its row, the check counts add up to the checks run, the verdict line agrees. */
    static void assertSummaryMatchesReport(String stdout, JsonNode report) {
        List<String> lines = stdout.lines().toList();
        int counted = 0;
        for (InternalCharacteristic c : InternalCharacteristic.values()) {
            Pattern row = Pattern.compile(Pattern.quote(c.code() + " " + c.nameEn())
                    + " +(\\S+(?: \\+ \\S+)?) +(\\S+(?: \\+ \\S+)?) +(met|NOT MET|not required) +(\\d+) +(\\d+) +(\\d+) +(\\d+) +(\\d+)");
            Matcher m = lines.stream().map(row::matcher).filter(Matcher::matches).findFirst()
                    .orElseThrow(() -> new AssertionError("no summary row for " + c.code() + " in\n" + stdout));
            for (int g = 4; g <= 8; g++) {
                counted += Integer.parseInt(m.group(g));
            }
        }
        assertThat(counted).as("checks counted in the summary rows").isEqualTo(report.get("checks").size());
        String verdict = report.get("verdict").asText();
        assertThat(lines).anyMatch(l -> l.startsWith("overall: " + (verdict.equals("MET") ? "MET" : "NOT MET")));
    }
}
