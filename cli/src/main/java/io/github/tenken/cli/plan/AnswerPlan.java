package io.github.tenken.cli.plan;

/**
 * A process answer of a plan.
 *
 * @param item     the level item, e.g. {@code B-3.1a}
 * @param answer   {@code yes}, {@code no} or {@code n/a}
 * @param evidence evidence text or link (required for {@code yes})
 * @param reason   the reason (required for {@code n/a})
 * @param owner    who gave the answer, or {@code null}
 * @param date     the day it was given as an ISO date ({@code 2026-11-30}), or {@code null}
 * @param reference a link or document id where the evidence is kept, or {@code null}
 */
public record AnswerPlan(String item, String answer, String evidence, String reason, String owner, String date,
                         String reference) {
}
