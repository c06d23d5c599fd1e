package io.github.tenken.cli;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Status;
import io.github.tenken.report.i18n.Messages;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.ItemResult;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The lines of the console summary that say what to fix, one line each: every check that could not run (ERROR) with
 * its explanation, every failed criterion of a failing check with its measure, value and threshold, and, when only
 * process answers keep a level unmet, the items that need one.
 */
final class ShortfallLines {

    private ShortfallLines() {
    }

    static List<String> of(AssessmentResult result, Messages texts) {
        List<String> lines = new ArrayList<>();
        for (CheckResult c : result.checks()) {
            if (c.status() == Status.ERROR) {
                lines.add(texts.format("cli.summary.errored", c.checkId(), oneLine(texts.render(c.explanation()))));
            }
        }
        for (CheckResult c : result.checks()) {
            if (c.status() == Status.FAIL) {
                List<Measure> failed = c.measures().stream().filter(Measure::isFailed).toList();
                if (failed.isEmpty()) {
                    lines.add(texts.format("cli.summary.failed", c.checkId(), oneLine(texts.render(c.explanation()))));
                }
                failed.forEach(m -> lines.add(texts.format("cli.summary.failed", c.checkId(), m.sentence())));
            }
        }
        if (ExitCode.of(result) == TenkenCli.EXIT_ANSWERS_MISSING) {
            List<ItemResult> items = ExitCode.shortfalls(result);
            lines.add(texts.format("cli.summary.answersMissing", items.size(),
                    items.stream().map(ItemResult::itemId).collect(Collectors.joining(", "))));
        }
        return lines;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").trim();
    }
}
