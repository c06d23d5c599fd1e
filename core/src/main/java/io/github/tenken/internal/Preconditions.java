package io.github.tenken.internal;

import java.util.Collection;

/** Eager argument checks whose messages name the thing and show the value. Internal: not part of the API. */
public final class Preconditions {

    private Preconditions() {
    }

    /** Fails with {@code IllegalArgumentException("<name> must not be null")}. */
    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /** Fails when the string is null or blank. */
    public static String notBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank, was " + (value == null ? "null" : "\"" + value + "\""));
        }
        return value;
    }

    /** Fails when the collection is null or empty. */
    public static <C extends Collection<?>> C notEmpty(C value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value;
    }

    /** Fails unless {@code 0 <= index < size} (an intrinsic check the JIT removes from counted loops). */
    public static int checkIndex(int index, int size) {
        return java.util.Objects.checkIndex(index, size);
    }

    /** Fails unless {@code from .. from + length} lies within {@code 0 .. size}. */
    public static void checkRange(int from, int length, int size) {
        java.util.Objects.checkFromIndexSize(from, length, size);
    }

    /** Fails with the formatted message when the condition is false. */
    public static void check(boolean condition, String format, Object... args) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, format, args));
        }
    }
}
