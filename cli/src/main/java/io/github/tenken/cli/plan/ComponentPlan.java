package io.github.tenken.cli.plan;

/**
 * The {@code component} of a plan.
 *
 * @param name        the component's name
 * @param description what it does and where it is used
 */
public record ComponentPlan(String name, String description) {
}
