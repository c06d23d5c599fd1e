package io.github.tenken.result;

/** The state of one level item in an assessment. */
public enum ItemState {
    /** Satisfied by a recorded "yes" with evidence. */
    MET_BY_ANSWER(true),
    /** Recorded as not applicable, with a reason. */
    NOT_APPLICABLE(true),
    /** Satisfied by the checks mapped to it, all of which passed. */
    MET_BY_CHECKS(true),
    /** A check mapped to it failed or could not run. */
    CHECK_FAILED(false),
    /** The checks mapped to it measured but could not judge (WARN). */
    INCONCLUSIVE(false),
    /** Recorded as not done. */
    ANSWERED_NO(false),
    /** No answer and no check supports it. */
    MISSING(false);

    private final boolean satisfied;

    ItemState(boolean satisfied) {
        this.satisfied = satisfied;
    }

    /** Whether the item counts as satisfied towards a level. */
    public boolean isSatisfied() {
        return satisfied;
    }
}
