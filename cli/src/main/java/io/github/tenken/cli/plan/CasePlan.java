package io.github.tenken.cli.plan;

import java.util.List;

/**
 * A declared case of a plan: a name and conditions that all must hold.
 *
 * @param name       the case's name, e.g. {@code women over 60}
 * @param conditions its conditions
 * @param expectedShare the share of the rows it is expected to take (B-1.2a), or {@code null}
 * @param risks     ids of the declared risks it covers (A-2.1a), or {@code null}
 */
public record CasePlan(String name, List<ConditionPlan> conditions, Double expectedShare, List<String> risks) {
}
