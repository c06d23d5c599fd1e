package io.github.tenken.checks.model;

import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.internal.Preconditions;
import io.github.tenken.model.ModelKind;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a plan says about its model, as a {@link ModelProvider} reads it: the file, the path as the user wrote it,
 * the label column, the assessment's category dictionaries, and the provider's own fields by name.
 */
public final class ModelSpec {

    private final Path file;
    private final String path;
    private final String label;
    private final Dictionaries dictionaries;
    private final Map<String, Object> fields;

    /**
     * A spec.
     *
     * @param file         the model file, resolved
     * @param path         the path as written in the plan, for messages
     * @param label        the label column a predictions file must hold, or {@code null} when the test data come
     *                     from a separate file
     * @param dictionaries the assessment's category dictionaries
     * @param fields       the plan's other {@code model} fields that are set, by name
     */
    public ModelSpec(Path file, String path, String label, Dictionaries dictionaries, Map<String, Object> fields) {
        this.file = Preconditions.notNull(file, "model file");
        this.path = Preconditions.notNull(path, "model path");
        this.label = label;
        this.dictionaries = Preconditions.notNull(dictionaries, "dictionaries");
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** The model file. */
    public Path file() {
        return file;
    }

    /** The path as written in the plan. */
    public String path() {
        return path;
    }

    /** The label column, if the model's file must hold it. */
    public Optional<String> label() {
        return Optional.ofNullable(label);
    }

    /** The assessment's category dictionaries. */
    public Dictionaries dictionaries() {
        return dictionaries;
    }

    /** The names of the fields that are set. */
    public java.util.Set<String> names() {
        return fields.keySet();
    }

    /** Whether a field is set. */
    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /** A text field. */
    public Optional<String> string(String name) {
        Object v = fields.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof String s)) {
            throw error(name, "expected a text");
        }
        return Optional.of(s);
    }

    /** A list-of-texts field. */
    @SuppressWarnings("unchecked")
    public Optional<List<String>> strings(String name) {
        Object v = fields.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof List<?> list) || list.stream().anyMatch(e -> !(e instanceof String))) {
            throw error(name, "expected a list of texts");
        }
        return Optional.of(List.copyOf((List<String>) list));
    }

    /** An object-of-texts field. */
    @SuppressWarnings("unchecked")
    public Optional<Map<String, String>> stringMap(String name) {
        Object v = fields.get(name);
        if (v == null) {
            return Optional.empty();
        }
        if (!(v instanceof Map<?, ?> map) || map.values().stream().anyMatch(e -> !(e instanceof String))) {
            throw error(name, "expected an object of texts");
        }
        return Optional.of(Collections.unmodifiableMap(new LinkedHashMap<>((Map<String, String>) map)));
    }

    /** The {@code kind} field: classification (the default) or regression. */
    public ModelKind kind() {
        Optional<String> text = string("kind");
        if (text.isEmpty()) {
            return ModelKind.CLASSIFICATION;
        }
        return switch (text.get().trim().toLowerCase(Locale.ROOT)) {
            case "classification", "classifier" -> ModelKind.CLASSIFICATION;
            case "regression", "regressor" -> ModelKind.REGRESSION;
            default -> throw error("kind", "\"" + text.get() + "\" is not a model kind; expected classification "
                    + "or regression");
        };
    }

    /** The error for a field, to throw. */
    public ModelSpecException error(String field, String message) {
        return new ModelSpecException(field, message);
    }
}
