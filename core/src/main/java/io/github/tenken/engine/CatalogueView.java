package io.github.tenken.engine;

import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the level evaluator knows of the loaded catalogue: which checks map to which items, and which of them the
 * plan or builder excluded, so that a missing item can say why no check met it.
 *
 * @param itemsByCheck the level items of every loaded check, excluded ones included, by check id
 * @param excluded     ids of the loaded checks that do not run
 */
record CatalogueView(Map<String, List<String>> itemsByCheck, Set<String> excluded) {

    CatalogueView {
        itemsByCheck = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(itemsByCheck));
        excluded = java.util.Collections.unmodifiableSet(new TreeSet<>(excluded));
    }

    /** The catalogue of these descriptors, with these excluded. */
    static CatalogueView of(List<CheckDescriptor> loaded, Set<String> excluded) {
        Map<String, List<String>> items = new LinkedHashMap<>();
        loaded.forEach(d -> items.put(d.id(), d.items()));
        return new CatalogueView(items, excluded);
    }

    /** The catalogue seen through the results alone: every check that gave a result, none excluded. */
    static CatalogueView ofResults(List<CheckResult> results) {
        Map<String, List<String>> items = new LinkedHashMap<>();
        results.forEach(r -> items.put(r.checkId(), r.items()));
        return new CatalogueView(items, Set.of());
    }

    /** The loaded checks mapped to the item, in catalogue order. */
    List<String> checksFor(String itemId) {
        return itemsByCheck.entrySet().stream().filter(e -> e.getValue().contains(itemId)).map(Map.Entry::getKey)
                .toList();
    }

    /** The loaded, not excluded checks mapped to the item. */
    List<String> runningChecksFor(String itemId) {
        return checksFor(itemId).stream().filter(id -> !excluded.contains(id)).toList();
    }
}
