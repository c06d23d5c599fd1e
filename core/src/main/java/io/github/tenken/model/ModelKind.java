package io.github.tenken.model;

/** Whether a model predicts classes or numbers. */
public enum ModelKind {
    /** Predicts one of a fixed list of classes. */
    CLASSIFICATION,
    /** Predicts a real number. */
    REGRESSION
}
