package io.github.tenken.guideline;

import java.util.Arrays;

/** AI performance level (AIPL): 0 no metric or proof of concept, 1 best effort, 2 a metric is an operating premise or contractual acceptance criterion. */
public enum PerformanceLevel implements ExternalLevel {
    /** Level 0: nothing required. */
    AIPL_0("0"),
    /** Level 1: best effort. */
    AIPL_1("1"),
    /** Level 2: mandatory. */
    AIPL_2("2");

    private final String number;

    PerformanceLevel(String number) {
        this.number = number;
    }

    @Override
    public ExternalCharacteristic characteristic() {
        return ExternalCharacteristic.PERFORMANCE;
    }

    @Override
    public String number() {
        return number;
    }

    @Override
    public boolean isZero() {
        return this == AIPL_0;
    }

    /** Parses {@code "1"} or {@code "AIPL 1"}. */
    public static PerformanceLevel parse(String text) {
        String n = text.trim().replaceFirst("(?i)^AIPL\\s*", "");
        return Arrays.stream(values()).filter(l -> l.number.equals(n)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "not an AIPL: \"" + text + "\"; expected one of 0, 1, 2"));
    }
}
