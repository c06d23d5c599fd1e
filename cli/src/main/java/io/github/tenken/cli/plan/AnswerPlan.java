package io.github.tenken.cli.plan;

/**
 * A process answer of a plan.
 *
 * @param item     the level item, e.g. {@code B-3.1a}
 * @param answer   {@code yes}, {@code no} or {@code n/a}
 * @param evidence evidence text or link (required for {@code yes})
 * @param reason   the reason (required for {@code n/a})
 */
public record AnswerPlan(String item, String answer, String evidence, String reason) {
}
