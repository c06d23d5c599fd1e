package io.github.tenken.result;

import io.github.tenken.message.Message;

import io.github.tenken.evidence.ProcessAnswer;
import io.github.tenken.guideline.LevelItem;

import java.util.List;

/**
 * How one level item stands: its state and why, the checks that support it, and the recorded answer.
 *
 * @param itemId        the item's id
 * @param level         the level that asks for it, e.g. {@code 2} or {@code E1}
 * @param kind          P, M or P/M
 * @param state         its state
 * @param checkIds      the checks mapped to it that ran
 * @param answer        the recorded answer, or {@code null}
 * @param note          why it has this state, in one sentence
 * @param reason        why it has this state, for programs
 * @param failures      for {@link ItemReason#CHECK_FAILED}: every measure of a supporting check that failed its
 *                      criterion (empty when the check broke instead)
 * @param unavailableChecks the checks mapped to it that did not measure: excluded by the plan
 *                      ({@link ItemReason#EXCLUDED_BY_PLAN}) or not applicable ({@link ItemReason#INPUT_ABSENT})
 * @param missingInputs for {@link ItemReason#INPUT_ABSENT}: the inputs the checks lacked, as {@code Input} keys
 *                      ({@code test-data}, {@code model} ...)
 * @param missingParts  for {@link ItemReason#PART_NOT_SHOWN}: the measured parts no passing check showed
 * @param aboveRequired whether the item's level is above the required one: then it is no action, and reports show it
 *                      neutral
 */
public record ItemResult(String itemId, String level, String kind, ItemState state, List<String> checkIds,
                         ProcessAnswer answer, Message note, ItemReason reason, List<FailedMeasure> failures,
                         List<String> unavailableChecks, List<String> missingInputs, List<String> missingParts,
                         boolean aboveRequired) {

    public ItemResult {
        checkIds = List.copyOf(checkIds);
        reason = reason != null ? reason : reasonOf(state);
        failures = List.copyOf(failures);
        unavailableChecks = List.copyOf(unavailableChecks);
        missingInputs = List.copyOf(missingInputs);
        missingParts = List.copyOf(missingParts);
    }

    /** An item result whose reason follows from its state, at or below the required level. */
    public ItemResult(String itemId, String level, String kind, ItemState state, List<String> checkIds,
                      ProcessAnswer answer, Message note) {
        this(itemId, level, kind, state, checkIds, answer, note, null, List.of(), List.of(), List.of(), List.of(),
                false);
    }

    private static ItemReason reasonOf(ItemState state) {
        return switch (state) {
            case MET_BY_ANSWER, NOT_APPLICABLE, MET_BY_CHECKS -> ItemReason.MET;
            case CHECK_FAILED -> ItemReason.CHECK_FAILED;
            case INCONCLUSIVE -> ItemReason.INCONCLUSIVE;
            case ANSWERED_NO -> ItemReason.ANSWERED_NO;
            case MISSING -> ItemReason.ANSWER_MISSING;
        };
    }

    /** The guideline's item. */
    public LevelItem item() {
        return io.github.tenken.guideline.LevelItems.get(itemId);
    }

    /** Whether the item counts as satisfied. */
    public boolean isSatisfied() {
        return state.isSatisfied();
    }
}
