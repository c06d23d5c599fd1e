package io.github.tenken.result;

/** Whether a required level is met. */
public enum Verdict {
    /** The achieved level reaches the required one. */
    MET,
    /** The achieved level falls short. */
    NOT_MET,
    /** Nothing is required. */
    NOT_REQUIRED;

    /** Whether this verdict lets the assessment pass. */
    public boolean isAcceptable() {
        return this != NOT_MET;
    }
}
