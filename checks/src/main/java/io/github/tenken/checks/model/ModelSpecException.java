package io.github.tenken.checks.model;

/** A field of a plan's {@code model} that a {@link ModelProvider} cannot use, with the reason. */
public final class ModelSpecException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /** The field (e.g. {@code classes}, or {@code path}) and what is wrong with it, in one line. */
    public ModelSpecException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field, relative to {@code model}. */
    public String field() {
        return field;
    }
}
