package io.github.tenken.report.markdown;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Status;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.internal.Formats;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.i18n.Messages;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.CharacteristicResult;
import io.github.tenken.result.ItemResult;
import io.github.tenken.result.Verdict;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders an assessment as a short GitHub-flavoured Markdown summary: the verdict and the characteristics that fall
 * short, required against achieved level per characteristic (a status word beside the symbol, never the symbol
 * alone), the failing checks with measure, value and criterion, the checks that could not run, the missing items with
 * their note, the counts by status, and where the full report is. Labels come from the report's bundles; every data
 * string goes through {@link MarkdownText#escape}.
 *
 * <pre>{@code
 * String md = MarkdownSummary.render(result, ReportLanguage.EN, "report.html");
 * }</pre>
 */
public final class MarkdownSummary {

    private final Messages m;
    private final StringBuilder out = new StringBuilder(4096);

    private MarkdownSummary(ReportLanguage language) {
        this.m = Messages.of(language);
    }

    /**
     * The summary.
     *
     * @param result     the assessment's result
     * @param language   the language of the labels and messages
     * @param htmlReport how to find the full HTML report from the summary, e.g. {@code report.html}
     * @return the Markdown text, ending with a line break
     */
    public static String render(AssessmentResult result, ReportLanguage language, String htmlReport) {
        MarkdownSummary s = new MarkdownSummary(language);
        s.heading(result);
        s.levels(result);
        s.failing(result);
        s.missing(result);
        s.counts(result, htmlReport);
        return s.out.toString();
    }

    private void heading(AssessmentResult r) {
        out.append("## ").append(m.format("md.title", MarkdownText.escape(r.component().name()))).append("\n\n");
        out.append("**").append(m.format("md.verdict", verdict(r.verdict()))).append("** \u2014 ")
                .append(m.get("verdict.overall." + r.verdict().name())).append("\n\n");
        List<String> short_ = r.characteristics().stream().filter(c -> c.verdict() == Verdict.NOT_MET)
                .map(c -> c.characteristic().code()).toList();
        if (!short_.isEmpty()) {
            out.append(m.format("md.shortOf", String.join(", ", short_))).append("\n\n");
        }
    }

    private void levels(AssessmentResult r) {
        out.append("### ").append(m.get("summary.levels")).append("\n\n");
        row(m.get("col.code"), m.get("col.characteristic"), m.get("col.required"), m.get("col.achieved"),
                m.get("col.verdict"));
        out.append("|---|---|---|---|---|\n");
        for (CharacteristicResult c : r.characteristics()) {
            // levels are Tenken's own labels (1, S1 + E1, -), not data: written as they are
            row(c.characteristic().code(), name(c.characteristic()), c.required().label(), c.achievedLabel(),
                    verdict(c.verdict()));
        }
        out.append('\n');
    }

    private void failing(AssessmentResult r) {
        List<CheckResult> failed = r.checks().stream().filter(c -> c.status() == Status.FAIL).toList();
        List<CheckResult> errors = r.checks().stream().filter(c -> c.status() == Status.ERROR).toList();
        out.append("### ").append(m.get("md.failing")).append("\n\n");
        if (failed.isEmpty()) {
            out.append(m.get("md.noFailing")).append("\n\n");
        } else {
            row(m.get("md.check"), m.get("measure.name"), m.get("measure.value"), m.get("measure.criterion"));
            out.append("|---|---|---:|---|\n");
            for (CheckResult c : failed) {
                List<Measure> measures = c.measures().stream().filter(Measure::isFailed).toList();
                if (measures.isEmpty()) {
                    row(id(c), "\u2013", "\u2013", MarkdownText.escape(m.render(c.explanation())));
                }
                for (Measure measure : measures) {
                    row(id(c), MarkdownText.escape(measure.name()), MarkdownText.escape(value(measure)),
                            MarkdownText.escape(measure.criterion().toString()));
                }
            }
            out.append('\n');
        }
        if (!errors.isEmpty()) {
            out.append("### ").append(m.get("md.errors")).append("\n\n");
            for (CheckResult c : errors) {
                out.append("- ").append(id(c)).append(": ").append(MarkdownText.escape(m.render(c.explanation())))
                        .append('\n');
            }
            out.append('\n');
        }
    }

    private void missing(AssessmentResult r) {
        out.append("### ").append(m.get("char.missing")).append("\n\n");
        boolean any = r.characteristics().stream().anyMatch(c -> !c.missing().isEmpty());
        if (!any) {
            out.append(m.get("md.noMissing")).append("\n\n");
            return;
        }
        row(m.get("item.id"), m.get("item.level"), m.get("item.state"), m.get("md.note"));
        out.append("|---|---|---|---|\n");
        for (CharacteristicResult c : r.characteristics()) {
            Map<String, ItemResult> items = c.items().stream()
                    .collect(Collectors.toMap(ItemResult::itemId, i -> i, (a, b) -> a));
            for (String id : c.missing()) {
                ItemResult item = items.get(id);
                if (item == null) {
                    row(MarkdownText.escape(id), "", "", "");
                    continue;
                }
                row(MarkdownText.escape(id), MarkdownText.escape(item.level()),
                        m.get("itemState." + item.state().name()),
                        item.note() == null ? "" : MarkdownText.escape(m.render(item.note())));
            }
        }
        out.append('\n');
    }

    private void counts(AssessmentResult r, String htmlReport) {
        out.append("### ").append(m.get("summary.checks")).append("\n\n");
        String counts = r.statusCounts().entrySet().stream()
                .map(e -> m.format("md.count", m.get("status." + e.getKey().name()), Formats.count(e.getValue())))
                .collect(Collectors.joining(" \u00b7 "));
        out.append(counts).append("\n\n");
        out.append(m.format("md.fullReport", "`" + htmlReport.replace("`", "") + "`")).append('\n');
    }

    private String verdict(Verdict v) {
        String symbol = switch (v) {
            case MET -> "\u2705";
            case NOT_MET -> "\u274c";
            case NOT_REQUIRED -> "\u2796";
        };
        return symbol + " " + m.get("verdict." + v.name());
    }

    private String name(InternalCharacteristic c) {
        return m.language() == ReportLanguage.JA ? c.nameJa() : c.nameEn();
    }

    private static String id(CheckResult c) {
        return MarkdownText.escape(c.checkId());
    }

    /** The value as the report writes it, with its unit and confidence interval when there is one. */
    private String value(Measure measure) {
        String unit = measure.unit().isEmpty() || measure.unit().equals("ratio") ? "" : " " + m.unit(measure.unit());
        String v = Formats.number(measure.value()) + unit;
        if (measure.interval() != null) {
            v += " " + m.format("md.ci", Long.toString(Math.round(measure.interval().level() * 100)),
                    Formats.number(measure.interval().lower()), Formats.number(measure.interval().upper()));
        }
        return v;
    }

    private void row(String... cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(cell).append(" |");
        }
        out.append('\n');
    }
}
