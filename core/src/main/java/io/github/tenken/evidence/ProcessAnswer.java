package io.github.tenken.evidence;

import io.github.tenken.guideline.LevelItems;
import io.github.tenken.internal.Preconditions;

/**
 * A recorded answer to one level item: yes with evidence (text or link), no, or not applicable with a reason.
 *
 * <pre>{@code
 * ProcessAnswer.yes("B-3.1a", "data sheet: docs/adult-provenance.md");
 * ProcessAnswer.notApplicable("D-1.3a", "AISL 0.1 component; no safety integrity level is assigned");
 * }</pre>
 *
 * @param itemId   a level item id from {@link LevelItems}
 * @param answer   the answer
 * @param evidence evidence text or a link, required for {@link Answer#YES}
 * @param reason   the reason, required for {@link Answer#NOT_APPLICABLE}; optional otherwise
 */
public record ProcessAnswer(String itemId, Answer answer, String evidence, String reason) {

    public ProcessAnswer {
        LevelItems.get(Preconditions.notBlank(itemId, "item id"));
        Preconditions.notNull(answer, "answer");
        if (answer == Answer.YES) {
            Preconditions.notBlank(evidence, "evidence for \"yes\" to " + itemId);
        }
        if (answer == Answer.NOT_APPLICABLE) {
            Preconditions.notBlank(reason, "reason for \"not applicable\" to " + itemId);
        }
        evidence = evidence == null ? "" : evidence;
        reason = reason == null ? "" : reason;
    }

    /** Yes, with evidence text or a link. */
    public static ProcessAnswer yes(String itemId, String evidence) {
        return new ProcessAnswer(itemId, Answer.YES, evidence, "");
    }

    /** No, optionally with a reason. */
    public static ProcessAnswer no(String itemId, String reason) {
        return new ProcessAnswer(itemId, Answer.NO, "", reason);
    }

    /** Not applicable, with a reason. */
    public static ProcessAnswer notApplicable(String itemId, String reason) {
        return new ProcessAnswer(itemId, Answer.NOT_APPLICABLE, "", reason);
    }

    /** Whether this answer satisfies the item: yes with evidence, or not applicable with a reason. */
    public boolean satisfies() {
        return answer != Answer.NO;
    }
}
