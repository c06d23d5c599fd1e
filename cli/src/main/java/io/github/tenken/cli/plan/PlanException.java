package io.github.tenken.cli.plan;

/**
 * A mistake in a plan file, located by the JSON path of the field at fault:
 * {@code plan.json: profile.aisl: "5" is not an AISL; expected one of 0, 0.1, 0.2, 1, 2, 3, 4}.
 */
public final class PlanException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String plan;
    private final String field;

    /**
     * A problem with one field.
     *
     * @param plan    the plan file as the user named it, e.g. {@code plan.json}
     * @param field   the JSON path of the field, e.g. {@code datasets.training.path}; empty for the whole plan
     * @param problem what is wrong
     */
    public PlanException(String plan, String field, String problem) {
        super(plan + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
        this.plan = plan;
        this.field = field;
    }

    /** The plan file as the user named it. */
    public String plan() {
        return plan;
    }

    /** The JSON path of the field at fault; empty for the whole plan. */
    public String field() {
        return field;
    }
}
