package io.github.tenken.result;

import io.github.tenken.message.Message;

/**
 * What would close one missing or failed item at or below the required level.
 *
 * @param itemId the item it closes
 * @param kind   what to do
 * @param target what to act on: a check id, an input key, a measure, or the item itself
 * @param text   the action as a sentence
 */
public record Action(String itemId, Kind kind, String target, Message text) {

    /** What to do. */
    public enum Kind {
        /** Record an answer with evidence (or a reason) to the item. */
        RECORD_ANSWER,
        /** Enable (include) a catalogue check that the plan excluded. */
        ENABLE_CHECK,
        /** Provide an input the supporting checks need (data, model, label, cases ...). */
        PROVIDE_INPUT,
        /** Improve the data or model until a measure meets its criterion. */
        FIX_MEASURE,
        /** Make a supporting check run: it broke (ERROR). */
        FIX_CHECK,
        /** Review a check that measured without a verdict, or set a criterion for it. */
        REVIEW_RESULT,
        /** Run a check that shows the item's missing part. */
        SHOW_PART,
        /** No catalogue check measures the item: add a custom check. */
        ADD_CHECK,
        /** Declare a case for a risk, or collect rows for its cases. */
        COVER_RISK
    }
}
