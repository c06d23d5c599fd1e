package io.github.tenken.guideline;

/** A level of an external characteristic, such as {@code AISL 0.1} or {@code AIFL 2}. */
public sealed interface ExternalLevel permits SafetyLevel, PerformanceLevel, FairnessLevel, PrivacyLevel {

    /** The characteristic this level belongs to. */
    ExternalCharacteristic characteristic();

    /** The level's number as the guideline writes it: {@code 0.1}, {@code 2}. */
    String number();

    /** Whether this level asks for nothing (level 0). */
    boolean isZero();

    /** The level as written in reports: {@code AISL 0.1}. */
    default String label() {
        return characteristic().levelName() + " " + number();
    }
}
