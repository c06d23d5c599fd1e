package io.github.tenken.guideline;

/** What kind of evidence satisfies a level item. */
public enum ItemKind {
    /** Process evidence: a recorded answer with its evidence. */
    P,
    /** Measured: the checks mapped to the item pass. */
    M,
    /** Either a recorded answer or passing checks. */
    PM;

    /** Whether a recorded answer can satisfy an item of this kind. */
    public boolean acceptsAnswer() {
        return this != M;
    }

    /** Whether passing checks can satisfy an item of this kind. */
    public boolean acceptsChecks() {
        return this != P;
    }

    /** {@code P}, {@code M} or {@code P/M}, as the guideline tables write it. */
    public String label() {
        return this == PM ? "P/M" : name();
    }
}
