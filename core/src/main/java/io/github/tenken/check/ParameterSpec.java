package io.github.tenken.check;

import io.github.tenken.internal.Preconditions;

/**
 * A parameter a check declares, with its default and, for numbers, its range.
 *
 * @param name         the name, e.g. {@code minRows}
 * @param type         the type
 * @param defaultValue the default, written as a string (as the AIST test bed does)
 * @param description  what it controls
 * @param min          the smallest allowed value, or {@code null}
 * @param max          the largest allowed value, or {@code null}
 */
public record ParameterSpec(String name, ParameterType type, String defaultValue, String description, Double min,
                            Double max) {

    public ParameterSpec {
        Preconditions.notBlank(name, "parameter name");
        Preconditions.notNull(type, "parameter type");
        Preconditions.notNull(defaultValue, "default of " + name);
    }

    /** A whole-number parameter in {@code [min, max]}. */
    public static ParameterSpec integer(String name, long defaultValue, long min, long max, String description) {
        return new ParameterSpec(name, ParameterType.INT, Long.toString(defaultValue), description, (double) min,
                (double) max);
    }

    /** A real-number parameter in {@code [min, max]}. */
    public static ParameterSpec real(String name, double defaultValue, double min, double max, String description) {
        return new ParameterSpec(name, ParameterType.FLOAT, Double.toString(defaultValue), description, min, max);
    }

    /** A boolean parameter. */
    public static ParameterSpec bool(String name, boolean defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.BOOL, Boolean.toString(defaultValue), description, null, null);
    }

    /** A text parameter. */
    public static ParameterSpec text(String name, String defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.STR, defaultValue, description, null, null);
    }

    /** Checks that a value fits this parameter; the message names the check, parameter, value and range. */
    public void validate(String checkId, String value) {
        String where = "parameter \"" + name + "\" of check " + checkId;
        switch (type) {
            case INT, FLOAT -> {
                double v;
                try {
                    v = type == ParameterType.INT ? Long.parseLong(value.trim()) : Double.parseDouble(value.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + ": \"" + value + "\" is not "
                            + (type == ParameterType.INT ? "a whole number" : "a number"));
                }
                Preconditions.check((min == null || v >= min) && (max == null || v <= max),
                        "%s: %s is outside [%s, %s]", where, value, min, max);
            }
            case BOOL -> Preconditions.check(value.trim().equalsIgnoreCase("true") || value.trim().equalsIgnoreCase("false"),
                    "%s: \"%s\" is not true or false", where, value);
            case STR -> {
            }
        }
    }
}
