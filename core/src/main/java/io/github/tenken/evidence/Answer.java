package io.github.tenken.evidence;

/** A team's answer to a process level item. */
public enum Answer {
    /** Done, with evidence. */
    YES,
    /** Not done. */
    NO,
    /** Does not apply to this component, with a reason. */
    NOT_APPLICABLE
}
