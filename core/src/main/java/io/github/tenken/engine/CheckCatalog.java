package io.github.tenken.engine;

import io.github.tenken.check.Check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The checks on the class path, found through {@link ServiceLoader}: the built-in catalogue of
 * {@code tenken-checks} and any a user registers in {@code META-INF/services/io.github.tenken.check.Check}. A
 * provider that cannot be loaded (a missing class, a constructor that throws, a duplicate id) is left out and named in
 * {@link #problems()}; the others still load.
 *
 * @param checks   the checks, sorted by id so that the run order is stable
 * @param problems one line per provider that could not be loaded
 */
public record CheckCatalog(List<Check> checks, List<String> problems) {

    /** Stops a broken service file from looping forever. */
    private static final int MAX_ERRORS = 1000;

    public CheckCatalog {
        checks = List.copyOf(checks);
        problems = List.copyOf(problems);
    }

    /** Every check on the class path, sorted by id; providers that fail to load are skipped. */
    public static List<Check> load() {
        return discover().checks();
    }

    /** The checks on the class path and the providers that could not be loaded. */
    public static CheckCatalog discover() {
        return discover(ServiceLoader.load(Check.class));
    }

    static CheckCatalog discover(ServiceLoader<Check> loader) {
        List<Check> checks = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Iterator<Check> it = loader.iterator();
        int errors = 0;
        while (errors < MAX_ERRORS) {
            Check check;
            try {
                if (!it.hasNext()) {
                    break;
                }
                check = it.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                errors++;
                problems.add(describe(e));
                continue;
            }
            String id;
            try {
                id = check.descriptor().id();
            } catch (RuntimeException | LinkageError e) {
                problems.add(check.getClass().getName() + ": its descriptor failed: " + describe(e));
                continue;
            }
            if (!ids.add(id)) {
                problems.add(check.getClass().getName() + ": a second check with the id " + id + " (left out)");
                continue;
            }
            checks.add(check);
        }
        checks.sort(Comparator.comparing(c -> c.descriptor().id()));
        return new CheckCatalog(checks, problems);
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getMessage() == null ? e.getClass().getName() : e.getMessage());
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            sb.append(": ").append(c.getMessage() == null ? c.getClass().getName() : c.getMessage());
        }
        return sb.toString();
    }
}
