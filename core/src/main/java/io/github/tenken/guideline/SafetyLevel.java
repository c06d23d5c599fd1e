package io.github.tenken.guideline;

import java.util.Arrays;

/**
 * AI safety level (AISL), decided by the severity of the harm a wrong output can cause and by how it can be avoided.
 * AISL 3 and 4 lie outside the guideline's scope.
 */
public enum SafetyLevel implements ExternalLevel {
    /** No damage, avoidable. */
    AISL_0("0"),
    /** Minor harm with a human always confirming the output; or no damage but unavoidable. */
    AISL_0_1("0.1"),
    /** Minor lost profit avoidable by monitoring; or light injury avoidable. */
    AISL_0_2("0.2"),
    /** Light injury or minor loss, unavoidable; or serious injury avoidable by monitoring. */
    AISL_1("1"),
    /** Major damage avoidable by monitoring; or concrete damage, unavoidable. */
    AISL_2("2"),
    /** Out of the guideline's scope. */
    AISL_3("3"),
    /** Out of the guideline's scope. */
    AISL_4("4");

    private final String number;

    SafetyLevel(String number) {
        this.number = number;
    }

    @Override
    public ExternalCharacteristic characteristic() {
        return ExternalCharacteristic.RISK_AVOIDANCE;
    }

    @Override
    public String number() {
        return number;
    }

    @Override
    public boolean isZero() {
        return this == AISL_0;
    }

    /** Whether the guideline covers this level (AISL 3 and 4 it does not). */
    public boolean isInScope() {
        return compareTo(AISL_2) <= 0;
    }

    /** Parses {@code "0.1"} or {@code "AISL 0.1"}. */
    public static SafetyLevel parse(String text) {
        String n = text.trim().replaceFirst("(?i)^AISL\\s*", "");
        return Arrays.stream(values()).filter(l -> l.number.equals(n)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "not an AISL: \"" + text + "\"; expected one of 0, 0.1, 0.2, 1, 2, 3, 4"));
    }
}
