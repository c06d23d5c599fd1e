package io.github.tenken.check;

/**
 * A quality check: it declares what it is ({@link #descriptor()}) and plans ({@link #plan}): it asks for the
 * statistics it needs and returns the {@link CheckRun} that judges them once every dataset has been scanned.
 *
 * <pre>{@code
 * public CheckRun plan(PlanContext ctx) {
 *     Stat<Long> missing = ctx.stat(DatasetRole.TRAINING, new MissingCount("age"));
 *     return run -> Outcome.builder()
 *             .measure(run.judged("missing_age", run.get(missing), "rows"))
 *             .explanation(Message.literal(run.get(missing) + " ages are missing"))
 *             .build();
 * }
 * }</pre>
 *
 * <p>A check computes nothing the fused scan can compute for it, never changes its inputs, and reports shortfalls as
 * FAIL, absent inputs as NOT_APPLICABLE; an exception it throws (planning or running) becomes an ERROR result and
 * the run goes on. Checks are found through {@link java.util.ServiceLoader} (see {@code CheckCatalog}) so that a
 * user's own sit beside the built-in ones.
 */
public interface Check {

    /** What the check is. */
    CheckDescriptor descriptor();

    /** Asks for the statistics the check reads; returns what runs once they are computed. */
    CheckRun plan(PlanContext ctx);
}
