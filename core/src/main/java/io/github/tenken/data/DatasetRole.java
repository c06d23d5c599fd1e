package io.github.tenken.data;

/** The part a dataset plays in an assessment. */
public enum DatasetRole {
    /** Data the model was trained on. */
    TRAINING,
    /** Held-out data the model is tested on. */
    TEST,
    /** Data seen in operation (production). */
    OPERATION;

    /** Lower-case name for reports and plans: {@code training}, {@code test}, {@code operation}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
