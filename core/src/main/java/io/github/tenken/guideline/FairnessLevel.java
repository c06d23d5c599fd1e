package io.github.tenken.guideline;

import java.util.Arrays;

/** AI fairness level (AIFL): 0 no fairness requirement, 1 best effort, 2 fair treatment required by law or regulation. */
public enum FairnessLevel implements ExternalLevel {
    /** Level 0: nothing required. */
    AIFL_0("0"),
    /** Level 1: best effort. */
    AIFL_1("1"),
    /** Level 2: mandatory. */
    AIFL_2("2");

    private final String number;

    FairnessLevel(String number) {
        this.number = number;
    }

    @Override
    public ExternalCharacteristic characteristic() {
        return ExternalCharacteristic.FAIRNESS;
    }

    @Override
    public String number() {
        return number;
    }

    @Override
    public boolean isZero() {
        return this == AIFL_0;
    }

    /** Parses {@code "1"} or {@code "AIFL 1"}. */
    public static FairnessLevel parse(String text) {
        String n = text.trim().replaceFirst("(?i)^AIFL\\s*", "");
        return Arrays.stream(values()).filter(l -> l.number.equals(n)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "not an AIFL: \"" + text + "\"; expected one of 0, 1, 2"));
    }
}
