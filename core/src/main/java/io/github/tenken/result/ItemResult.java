package io.github.tenken.result;

import io.github.tenken.message.Message;

import io.github.tenken.evidence.ProcessAnswer;
import io.github.tenken.guideline.LevelItem;

import java.util.List;

/**
 * How one level item stands: its state, the checks that support it, and the recorded answer.
 *
 * @param itemId   the item's id
 * @param level    the level that asks for it, e.g. {@code 2} or {@code E1}
 * @param kind     P, M or P/M
 * @param state    its state
 * @param checkIds the checks mapped to it that ran
 * @param answer   the recorded answer, or {@code null}
 * @param note     why it has this state, in one sentence
 */
public record ItemResult(String itemId, String level, String kind, ItemState state, List<String> checkIds,
                         ProcessAnswer answer, Message note) {

    public ItemResult {
        checkIds = List.copyOf(checkIds);
    }

    /** The guideline's item. */
    public LevelItem item() {
        return io.github.tenken.guideline.LevelItems.get(itemId);
    }
}
