package io.github.tenken.engine;

import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.guideline.ItemKind;
import io.github.tenken.guideline.LevelItem;
import io.github.tenken.guideline.LevelItems;
import io.github.tenken.guideline.RequiredLevel;
import io.github.tenken.guideline.Requirements;

import java.util.ArrayList;
import java.util.List;

/**
 * The required items that cannot be met whatever the data: M items (answers never meet them) at or below the
 * required level that no running check maps to, or whose measured parts no running check shows.
 */
final class Reachability {

    private Reachability() {
    }

    static List<String> unreachable(Requirements requirements, List<CheckDescriptor> running) {
        List<String> out = new ArrayList<>();
        for (InternalCharacteristic c : InternalCharacteristic.values()) {
            RequiredLevel required = requirements.of(c);
            for (LevelItem item : LevelItems.of(c)) {
                if (item.kind() != ItemKind.M || item.level().rank() > required.on(item.level().scale()).rank()) {
                    continue;
                }
                List<CheckDescriptor> mapped = running.stream().filter(d -> d.items().contains(item.id())).toList();
                boolean partsShown = item.measuredParts().stream().allMatch(part -> mapped.stream()
                        .anyMatch(d -> d.parts().contains(item.id() + ":" + part)));
                if (mapped.isEmpty() || !partsShown) {
                    out.add(item.id());
                }
            }
        }
        return List.copyOf(out);
    }
}
