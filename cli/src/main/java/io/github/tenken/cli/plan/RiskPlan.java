package io.github.tenken.cli.plan;

import java.util.List;

/**
 * A risk of a plan, recorded under A-1.
 *
 * @param id         its id, e.g. {@code R1}; cases name it in their {@code risks}
 * @param cause      its cause in words
 * @param attributes the columns that carry it, or {@code null}
 */
public record RiskPlan(String id, String cause, List<String> attributes) {
}
