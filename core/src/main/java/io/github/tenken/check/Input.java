package io.github.tenken.check;

/** An input a check may need; a check whose input is absent is NOT_APPLICABLE with the reason. */
public enum Input {
    /** Training data. */
    TRAINING_DATA("training data"),
    /** Test data. */
    TEST_DATA("test data"),
    /** Operation (production) data. */
    OPERATION_DATA("operation data"),
    /** A trained model. */
    MODEL("a model"),
    /** A declared label column. */
    LABEL("a label column"),
    /** Declared sensitive attributes. */
    SENSITIVE_ATTRIBUTES("sensitive attributes"),
    /** Declared cases. */
    CASES("declared cases");

    private final String description;

    Input(String description) {
        this.description = description;
    }

    /** A stable key: {@code training}, {@code test}, {@code operation}, {@code model}, {@code label}, ... */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** How the input is named in a not-applicable reason: "needs training data" (English; see message keys). */
    public String description() {
        return description;
    }
}
