package io.github.tenken.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parameters of one check in one assessment: the declared defaults overridden by the user's values, each
 * validated against its {@link ParameterSpec}.
 */
public final class Parameters {

    private final String checkId;
    private final Map<String, String> values;

    private Parameters(String checkId, Map<String, String> values) {
        this.checkId = checkId;
        this.values = values;
    }

    /**
     * Resolves the user's overrides against the declared parameters; an unknown name or a value out of range is an
     * error naming the check, the parameter and the known ones.
     */
    public static Parameters resolve(CheckDescriptor descriptor, Map<String, String> overrides) {
        Map<String, String> v = new LinkedHashMap<>();
        for (ParameterSpec p : descriptor.parameters()) {
            v.put(p.name(), p.defaultValue());
        }
        for (var e : overrides.entrySet()) {
            ParameterSpec spec = descriptor.parameter(e.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "check " + descriptor.id() + " has no parameter \"" + e.getKey() + "\"; its parameters are "
                            + descriptor.parameters().stream().map(ParameterSpec::name).toList()));
            spec.validate(descriptor.id(), e.getValue());
            v.put(e.getKey(), e.getValue().trim());
        }
        return new Parameters(descriptor.id(), v);
    }

    /** A whole-number parameter. */
    public int getInt(String name) {
        return Integer.parseInt(get(name));
    }

    /** A real-number parameter. */
    public double getDouble(String name) {
        return Double.parseDouble(get(name));
    }

    /** A boolean parameter. */
    public boolean getBoolean(String name) {
        return Boolean.parseBoolean(get(name));
    }

    /** A text parameter. */
    public String getString(String name) {
        return get(name);
    }

    /** A list parameter written comma-separated; empty entries dropped. */
    public List<String> getList(String name) {
        return java.util.Arrays.stream(get(name).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Every value, sorted by name, for provenance. */
    public Map<String, String> asMap() {
        return new TreeMap<>(values);
    }

    private String get(String name) {
        String v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("check " + checkId + " read undeclared parameter \"" + name + "\"");
        }
        return v;
    }
}
