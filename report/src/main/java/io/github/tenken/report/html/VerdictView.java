package io.github.tenken.report.html;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Status;
import io.github.tenken.message.Message;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.CharacteristicResult;
import io.github.tenken.result.ItemResult;
import io.github.tenken.result.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * What the verdict box shows: the characteristics that fall short of their required level and, for each, the
 * actions that would close the gap (each missing item with its reason and, for a failed check, the measures that
 * failed). It selects from the result; it computes no statistic.
 */
public final class VerdictView {

    /** The most failed measures listed per check in the verdict box (the check's section lists them all). */
    static final int MEASURES_PER_CHECK = 2;

    private final AssessmentResult result;

    VerdictView(AssessmentResult result) {
        this.result = result;
    }

    /** A characteristic below its required level, with the actions that would close it. */
    public record Shortfall(CharacteristicResult characteristic, List<Action> actions) {
    }

    /**
     * One item that keeps a characteristic below its required level.
     *
     * @param item     the item
     * @param reason   why it is not met
     * @param failures the failed checks that support it, with their failed measures
     * @param todo     what would close it (the result's actions for this item)
     */
    public record Action(ItemResult item, Message reason, List<Failure> failures, List<Message> todo) {
    }

    /**
     * A supporting check that failed or ended in an error, with (at most {@link #MEASURES_PER_CHECK}) failed
     * measures and how many more failed.
     */
    public record Failure(CheckResult check, List<Measure> measures, int more) {
    }

    /** The characteristics that fall short, in guideline order. */
    public List<Shortfall> shortfalls() {
        List<Shortfall> out = new ArrayList<>();
        for (CharacteristicResult c : result.characteristics()) {
            if (c.verdict() != Verdict.NOT_MET) {
                continue;
            }
            List<Action> actions = new ArrayList<>();
            for (ItemResult item : c.items()) {
                if (c.missing().contains(item.itemId())) {
                    actions.add(new Action(item, reason(item), failures(item), todo(c, item)));
                }
            }
            out.add(new Shortfall(c, actions));
        }
        return out;
    }

    /**
     * Why an item is not met: its note, the sentence the evaluator wrote for its {@link ItemResult#reason()} (no
     * catalogue check, excluded by the plan, answer missing, answered no ...); for a failed check or an absent input a
     * short phrase, since the failure lines or the action under it give the details.
     */
    public Message reason(ItemResult item) {
        return switch (item.reason()) {
            // the failure lines under the item, or its action, say the rest; the note repeats it at length
            case CHECK_FAILED -> Message.of("verdict.reason.checkFailed");
            case INPUT_ABSENT -> Message.of("verdict.reason.inputAbsent");
            default -> item.note();
        };
    }

    /**
     * The result's actions that would close one item, as sentences, less those the box already says through the
     * item's reason and failure lines (record an answer, fix a failed measure, make a failed or broken check pass); a
     * check's own "what it needs" sentence is left to the check's section, which the box points to.
     */
    static List<Message> todo(CharacteristicResult c, ItemResult item) {
        return c.actions().stream()
                .filter(a -> a.itemId().equals(item.itemId()))
                .filter(a -> !SAID_BY_REASON.contains(a.kind()))
                .map(a -> a.text().key().equals("action.provideCheckInput")
                        ? Message.of("verdict.todo.checkInput", a.target()) : a.text())
                .toList();
    }

    private static final java.util.Set<io.github.tenken.result.Action.Kind> SAID_BY_REASON = java.util.EnumSet.of(
            io.github.tenken.result.Action.Kind.RECORD_ANSWER, io.github.tenken.result.Action.Kind.FIX_MEASURE,
            io.github.tenken.result.Action.Kind.FIX_CHECK);

    /** The failed (or erroneous) checks that support an item, each with its failed measures. */
    public List<Failure> failures(ItemResult item) {
        List<Failure> out = new ArrayList<>();
        for (String id : item.checkIds()) {
            result.check(id).filter(r -> r.status() == Status.FAIL || r.status() == Status.ERROR).ifPresent(r -> {
                List<Measure> failed = r.measures().stream().filter(Measure::isFailed).toList();
                int shown = Math.min(MEASURES_PER_CHECK, failed.size());
                out.add(new Failure(r, failed.subList(0, shown), failed.size() - shown));
            });
        }
        return out;
    }

    /** Whether every required level is met (the box then says so and lists nothing). */
    public boolean isMet() {
        return result.verdict() != Verdict.NOT_MET;
    }
}
