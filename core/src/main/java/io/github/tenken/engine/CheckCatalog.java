package io.github.tenken.engine;

import io.github.tenken.check.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The checks on the class path, found through {@link ServiceLoader}: the built-in catalogue of
 * {@code tenken-checks} and any a user registers in {@code META-INF/services/io.github.tenken.check.Check}.
 */
public final class CheckCatalog {

    private CheckCatalog() {
    }

    /** Every check on the class path, sorted by id so that the run order is stable. */
    public static List<Check> load() {
        List<Check> checks = new ArrayList<>();
        ServiceLoader.load(Check.class).forEach(checks::add);
        checks.sort(java.util.Comparator.comparing(c -> c.descriptor().id()));
        return List.copyOf(checks);
    }
}
