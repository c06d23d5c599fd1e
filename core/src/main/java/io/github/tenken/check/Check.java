package io.github.tenken.check;

import java.util.List;

/**
 * A quality check: it declares what it is ({@link #descriptor()}), asks for the statistics it needs before the scan
 * ({@link #statistics(CheckContext)}), and judges them ({@link #run(CheckContext)}).
 *
 * <p>A check computes nothing the fused scan can compute for it, never changes its inputs, and reports shortfalls as
 * FAIL, absent inputs as NOT_APPLICABLE; an exception it throws becomes an ERROR result and the run goes on. Checks
 * are found through {@link java.util.ServiceLoader} (see {@code CheckCatalog}) so that a user's own sit beside the
 * built-in ones.
 */
public interface Check {

    /** What the check is. */
    CheckDescriptor descriptor();

    /**
     * The statistics this check will read, given the inputs (datasets, roles, cases, parameters) of the context;
     * {@link CheckContext#statistic} and {@link CheckContext#predictions} must not be called here.
     */
    default List<StatisticRequest> statistics(CheckContext context) {
        return List.of();
    }

    /** Runs the check. */
    Outcome run(CheckContext context);
}
