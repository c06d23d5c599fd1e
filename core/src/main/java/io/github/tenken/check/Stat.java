package io.github.tenken.check;

import io.github.tenken.data.DatasetRole;
import io.github.tenken.internal.Preconditions;
import io.github.tenken.stats.Analyzer;

/**
 * A handle to one statistic of one dataset, handed out by {@link PlanContext#stat} while a check plans and read with
 * {@link CheckContext#get} when it runs: the check keeps the handle instead of building its analyzer again to find
 * the result.
 *
 * @param <R> the statistic's type
 */
public final class Stat<R> {

    private final DatasetRole role;
    private final Analyzer<?, R> analyzer;

    private Stat(DatasetRole role, Analyzer<?, R> analyzer) {
        this.role = Preconditions.notNull(role, "dataset role");
        this.analyzer = Preconditions.notNull(analyzer, "analyzer");
    }

    /** A handle to {@code analyzer} on the dataset in {@code role}; made by the engine's planning context. */
    public static <R> Stat<R> of(DatasetRole role, Analyzer<?, R> analyzer) {
        return new Stat<>(role, analyzer);
    }

    /** The dataset. */
    public DatasetRole role() {
        return role;
    }

    /** The statistic. */
    public Analyzer<?, R> analyzer() {
        return analyzer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stat<?> s && s.role == role && s.analyzer.equals(analyzer);
    }

    @Override
    public int hashCode() {
        return role.hashCode() * 31 + analyzer.hashCode();
    }

    @Override
    public String toString() {
        return analyzer + " of " + role.key() + " data";
    }
}
