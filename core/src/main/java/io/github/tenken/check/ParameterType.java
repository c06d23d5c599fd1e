package io.github.tenken.check;

/** The type of a check parameter (the AIST test bed's int, float, bool, str). */
public enum ParameterType {
    /** A whole number. */
    INT,
    /** A real number. */
    FLOAT,
    /** true or false. */
    BOOL,
    /** Text. */
    STR
}
