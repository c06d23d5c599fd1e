package io.github.tenken.result;

/**
 * Why a level item has its state, in a form programs can act on; {@link ItemResult#note()} renders it as a sentence.
 */
public enum ItemReason {
    /** Satisfied: by an answer, a not-applicable answer, or passing checks. */
    MET,
    /** A measured item that no loaded check maps to. */
    NO_CATALOGUE_CHECK,
    /** A check in the catalogue maps to the item, but the plan or builder excluded it. */
    EXCLUDED_BY_PLAN,
    /** The supporting checks were not applicable: an input they need was not given. */
    INPUT_ABSENT,
    /** A process item without an answer. */
    ANSWER_MISSING,
    /** Recorded as not done. */
    ANSWERED_NO,
    /** A supporting check failed or could not run. */
    CHECK_FAILED,
    /** The supporting checks measured without a verdict (WARN). */
    INCONCLUSIVE,
    /** The checks passed, but no check showed a measured part of the item. */
    PART_NOT_SHOWN,
    /** A declared risk has no case, or its cases have no rows (A-2.1a). */
    RISK_WITHOUT_CASE;

    /** Whether the item counts as satisfied. */
    public boolean isMet() {
        return this == MET;
    }
}
