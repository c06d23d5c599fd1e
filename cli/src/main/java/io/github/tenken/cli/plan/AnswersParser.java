package io.github.tenken.cli.plan;

import io.github.tenken.evidence.Answer;
import io.github.tenken.evidence.ProcessAnswer;
import io.github.tenken.guideline.ItemKind;
import io.github.tenken.guideline.LevelItems;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the {@code answers} of a plan into {@link ProcessAnswer}s, with their owner, date and reference; an answer
 * to an M item (which only checks meet) is an error naming {@code answers[i].item}.
 */
final class AnswersParser {

    private AnswersParser() {
    }

    static List<ProcessAnswer> parse(List<AnswerPlan> plans, PlanContext ctx) {
        if (plans == null) {
            return List.of();
        }
        List<ProcessAnswer> answers = new ArrayList<>();
        Set<String> items = new HashSet<>();
        for (int i = 0; i < plans.size(); i++) {
            String path = FieldPath.index("answers", i);
            AnswerPlan plan = ctx.required(plans.get(i), path);
            String item = ctx.required(plan.item(), path + ".item").trim();
            if (LevelItems.find(item).isEmpty()) {
                throw ctx.error(path + ".item", "\"" + item + "\" is not a level item; items are named like A-1.1a,"
                        + " B-2.E1 (see the report's item list)");
            }
            if (!items.add(item)) {
                throw ctx.error(path + ".item", "a second answer to " + item);
            }
            if (LevelItems.get(item).kind() == ItemKind.M) {
                throw ctx.error(path + ".item", item + " is a measured (M) item: it is met only by the checks mapped to "
                        + "it, never by an answer; remove this answer");
            }
            if (isUnfilled(plan)) {
                continue;   // a blank of a `tenken init` skeleton: not answered yet (see isUnfilled)
            }
            Answer answer = answer(ctx.required(plan.answer(), path + ".answer"), path + ".answer", ctx);
            if (answer == Answer.YES) {
                ctx.required(plan.evidence(), path + ".evidence");
            }
            if (answer == Answer.NOT_APPLICABLE) {
                ctx.required(plan.reason(), path + ".reason");
            }
            answers.add(new ProcessAnswer(item, answer, plan.evidence(), plan.reason(), plan.owner(),
                    date(plan.date(), path + ".date", ctx), plan.reference()));
        }
        return answers;
    }

    /**
     * Whether an answer is a blank left to fill in: an item with an empty answer (and no evidence or reason). It
     * counts as not given rather than as an error, so a skeleton from {@code tenken init} runs as soon as its data
     * are right; the measured results come first, the summary names the unfilled items and the exit code 3 says when
     * they are all that is missing.
     */
    static boolean isUnfilled(AnswerPlan plan) {
        return plan.item() != null && !plan.item().isBlank() && plan.answer() != null && plan.answer().isBlank()
                && (plan.evidence() == null || plan.evidence().isBlank())
                && (plan.reason() == null || plan.reason().isBlank());
    }

    private static LocalDate date(String text, String path, PlanContext ctx) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ctx.error(path, "\"" + text + "\" is not a date; expected an ISO date such as 2026-11-30");
        }
    }

    private static Answer answer(String text, String path, PlanContext ctx) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "yes" -> Answer.YES;
            case "no" -> Answer.NO;
            case "n/a", "na", "not applicable", "not-applicable" -> Answer.NOT_APPLICABLE;
            default -> throw ctx.error(path, "\"" + text + "\" is not an answer; expected yes, no or n/a");
        };
    }
}
