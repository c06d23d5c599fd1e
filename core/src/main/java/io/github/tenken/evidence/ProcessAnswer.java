package io.github.tenken.evidence;

import io.github.tenken.guideline.LevelItems;
import io.github.tenken.internal.Preconditions;

import java.time.LocalDate;

/**
 * A recorded answer to one level item: yes with evidence (text or link), no, or not applicable with a reason.
 *
 * <pre>{@code
 * ProcessAnswer.yes("B-3.1a", "data sheet: docs/adult-provenance.md");
 * ProcessAnswer.notApplicable("D-1.3a", "AISL 0.1 component; no safety integrity level is assigned");
 * ProcessAnswer.yes("A-1.1a", "risk register v3").recordedBy("j.doe", LocalDate.of(2026, 11, 2), "DOC-118");
 * }</pre>
 *
 * @param itemId   a level item id from {@link LevelItems}
 * @param answer   the answer
 * @param evidence evidence text or a link, required for {@link Answer#YES}
 * @param reason   the reason, required for {@link Answer#NOT_APPLICABLE}; optional otherwise
 * @param owner    who gave the answer and answers for it; empty when not recorded
 * @param date     the day it was given, or {@code null}
 * @param reference a link or document id where the evidence is kept; empty when not recorded
 */
public record ProcessAnswer(String itemId, Answer answer, String evidence, String reason, String owner,
                            LocalDate date, String reference) {

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
        owner = owner == null ? "" : owner.trim();
        reference = reference == null ? "" : reference.trim();
    }

    /** An answer without owner, date or reference. */
    public ProcessAnswer(String itemId, Answer answer, String evidence, String reason) {
        this(itemId, answer, evidence, reason, "", null, "");
    }

    /**
     * This answer signed: who answers for it, on which day, and where its evidence is kept (for the audit trail);
     * {@code null} leaves a field empty.
     */
    public ProcessAnswer recordedBy(String owner, LocalDate date, String reference) {
        return new ProcessAnswer(itemId, answer, evidence, reason, owner, date, reference);
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
