package io.github.tenken.guideline;

import io.github.tenken.internal.Preconditions;

import java.util.List;

/**
 * One thing the guideline asks for at one level of one internal characteristic, such as {@code B-3.1c} "labels are
 * consistent".
 *
 * @param id             the item's id, e.g. {@code B-3.1c}
 * @param characteristic the characteristic it belongs to
 * @param level          the level that first asks for it
 * @param kind           what evidence satisfies it
 * @param textEn         the item in English
 * @param textJa         the item in Japanese
 * @param measuredParts  the parts of a measured item that checks must each show before checks can meet it (for
 *                       {@code B-3.1b}: {@code gaps} and {@code outliers}); empty when any supporting check shows it
 */
public record LevelItem(String id, InternalCharacteristic characteristic, InternalLevel level, ItemKind kind,
                        String textEn, String textJa, List<String> measuredParts) {

    public LevelItem {
        Preconditions.notBlank(id, "id");
        Preconditions.notNull(characteristic, "characteristic");
        Preconditions.notNull(level, "level");
        Preconditions.notNull(kind, "kind");
        measuredParts = List.copyOf(measuredParts);
    }

    /** An item that any passing supporting check shows. */
    public LevelItem(String id, InternalCharacteristic characteristic, InternalLevel level, ItemKind kind,
                     String textEn, String textJa) {
        this(id, characteristic, level, kind, textEn, textJa, List.of());
    }
}
