package io.github.tenken.check;

/** Where the criterion judging a measure came from: agreed by the team, or the check's default. */
public enum CriterionOrigin {
    /** Set by the user: {@code Assessment.Builder.criterion(...)} or the plan's {@code checks.criteria}. */
    AGREED,
    /** The check descriptor's default criterion, which no one agreed to. */
    DEFAULT
}
