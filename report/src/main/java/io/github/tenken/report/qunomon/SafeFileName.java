package io.github.tenken.report.qunomon;

import java.util.regex.Pattern;

/**
 * Names that become file or directory names: letters, digits, dot, dash and underscore, starting with a letter or
 * digit. A name with a path separator (or anything else) is rejected rather than rewritten, so two names can never
 * silently land in the same file.
 */
final class SafeFileName {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private SafeFileName() {
    }

    /**
     * The name, when it is safe as one path element.
     *
     * @param what what the name names, for the message, e.g. {@code check id}
     * @param name the name
     * @return the name
     * @throws IllegalArgumentException naming the value and the allowed characters
     */
    static String require(String what, String name) {
        if (name == null || !SAFE.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " \"" + name + "\" cannot name a file of the Qunomon export: "
                    + "use 1 to 128 letters, digits, '.', '-' or '_', starting with a letter or digit");
        }
        return name;
    }
}
