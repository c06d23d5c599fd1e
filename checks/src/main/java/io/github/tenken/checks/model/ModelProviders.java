package io.github.tenken.checks.model;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The {@link ModelProvider}s on the class path, by type. A provider that cannot be loaded is left out and named in
 * {@link #problems()}; the others still load.
 *
 * @param byType   the providers, by type
 * @param problems one line per provider that could not be loaded
 */
public record ModelProviders(Map<String, ModelProvider> byType, List<String> problems) {

    public ModelProviders {
        byType = java.util.Collections.unmodifiableMap(new TreeMap<>(byType));
        problems = List.copyOf(problems);
    }

    /** The providers found through {@link ServiceLoader}. */
    public static ModelProviders discover() {
        Map<String, ModelProvider> byType = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        Iterator<ModelProvider> it = ServiceLoader.load(ModelProvider.class).iterator();
        for (int errors = 0; errors < 100; ) {
            ModelProvider p;
            try {
                if (!it.hasNext()) {
                    break;
                }
                p = it.next();
            } catch (ServiceConfigurationError | LinkageError e) {
                errors++;
                problems.add(e.getMessage() == null ? e.toString() : e.getMessage());
                continue;
            }
            String type = p.type().trim().toLowerCase(Locale.ROOT);
            if (byType.putIfAbsent(type, p) != null) {
                problems.add(p.getClass().getName() + ": a second provider of model type " + type + " (left out)");
            }
        }
        return new ModelProviders(byType, problems);
    }

    /** The types with their descriptions, for a message: {@code predictions (a CSV file of ...), smile (...)}. */
    public String describeTypes() {
        List<String> parts = new ArrayList<>();
        byType.forEach((t, p) -> parts.add(t + " (" + p.description() + ")"));
        return String.join(", ", parts);
    }
}
