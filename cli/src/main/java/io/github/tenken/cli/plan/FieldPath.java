package io.github.tenken.cli.plan;

import java.util.regex.Pattern;

/**
 * JSON paths of plan fields as messages write them: {@code datasets.training.path}, {@code cases[0].name},
 * {@code checks.parameters["c1.classification"].bootstrap} (a key that is not a plain name is quoted).
 */
final class FieldPath {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-]*");

    private FieldPath() {
    }

    /** The path of a field or map key under {@code parent} (empty for the root). */
    static String field(String parent, String name) {
        if (PLAIN.matcher(name).matches()) {
            return parent.isEmpty() ? name : parent + "." + name;
        }
        return parent + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    /** The path of a list element. */
    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
