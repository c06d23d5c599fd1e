package io.github.tenken.guideline;

import java.util.Arrays;

/** AI privacy level (AIPrL) 0-2; the third edition maps no internal characteristic to it. */
public enum PrivacyLevel implements ExternalLevel {
    /** Level 0: nothing required. */
    AIPRL_0("0"),
    /** Level 1: best effort. */
    AIPRL_1("1"),
    /** Level 2: mandatory. */
    AIPRL_2("2");

    private final String number;

    PrivacyLevel(String number) {
        this.number = number;
    }

    @Override
    public ExternalCharacteristic characteristic() {
        return ExternalCharacteristic.PRIVACY;
    }

    @Override
    public String number() {
        return number;
    }

    @Override
    public boolean isZero() {
        return this == AIPRL_0;
    }

    /** Parses {@code "1"} or {@code "AIPrL 1"}. */
    public static PrivacyLevel parse(String text) {
        String n = text.trim().replaceFirst("(?i)^AIPrL\\s*", "");
        return Arrays.stream(values()).filter(l -> l.number.equals(n)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "not an AIPrL: \"" + text + "\"; expected one of 0, 1, 2"));
    }
}
