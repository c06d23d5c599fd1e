package io.github.tenken.result;

import io.github.tenken.internal.Preconditions;

/**
 * The ML component under assessment.
 *
 * @param name        its name
 * @param description what it does and where it is used
 */
public record Component(String name, String description) {

    public Component {
        Preconditions.notBlank(name, "component name");
        description = description == null ? "" : description;
    }
}
