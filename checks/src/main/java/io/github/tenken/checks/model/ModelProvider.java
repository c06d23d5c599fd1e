package io.github.tenken.checks.model;

import java.util.Set;

/**
 * Loads the model a plan file names by its {@code type}: a serialised Smile model ({@code smile}), a CSV file of
 * predictions made elsewhere ({@code predictions}), and whatever other modules register. Providers are found
 * through {@link java.util.ServiceLoader} ({@code META-INF/services/io.github.tenken.checks.model.ModelProvider}),
 * so the command line reads any model type a jar on its class path knows, without a switch over the types.
 *
 * <pre>{@code
 * public final class MyProvider implements ModelProvider {
 *     public String type() { return "mine"; }
 *     public Set<String> fields() { return Set.of("classes"); }
 *     public LoadedModel load(ModelSpec spec) { return LoadedModel.of(MyModel.read(spec.file(), spec.strings("classes"))); }
 * }
 * }</pre>
 */
public interface ModelProvider {

    /** The {@code type} a plan names this provider by, lower case, e.g. {@code smile}. */
    String type();

    /** What the type is, for the list of types in an error message, e.g. {@code a serialised Smile model}. */
    String description();

    /** The plan fields of {@code model} this provider reads besides {@code type} and {@code path}. */
    Set<String> fields();

    /**
     * Loads the model. A problem with a field is a {@link ModelSpecException} naming it (through
     * {@link ModelSpec#error}); the command line reports it as one line naming {@code model.<field>}.
     */
    LoadedModel load(ModelSpec spec);
}
