package io.github.tenken.check;

/** The verdict of one check. */
public enum Status {
    /** Every criterion held. */
    PASS,
    /** Measured, but no verdict can be given (no criterion, or too little data for one); read the sentence. */
    WARN,
    /** The data or model fell short of a criterion. */
    FAIL,
    /** The check could not run: the code or the input broke, never the quality. */
    ERROR,
    /** An input the check needs was not given. */
    NOT_APPLICABLE
}
