package io.github.tenken.result;

import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.guideline.InternalLevel;
import io.github.tenken.guideline.RequiredLevel;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Required against achieved level of one internal characteristic, with every level item's state and, for a
 * shortfall, the items that are missing and the actions that would close them.
 *
 * @param characteristic the characteristic
 * @param required       the required level
 * @param achieved       the achieved level per scale, in {@link InternalCharacteristic#scales()} order
 * @param verdict        met, not met, or not required
 * @param items          every item of every level, in the guideline's order
 * @param missing        ids of the items up to the required level that are not satisfied
 * @param actions        what would close each missing or failed item up to the required level, in item order
 *                       (items above the required level are never actions)
 */
public record CharacteristicResult(InternalCharacteristic characteristic, RequiredLevel required,
                                   List<InternalLevel> achieved, Verdict verdict, List<ItemResult> items,
                                   List<String> missing, List<Action> actions) {

    public CharacteristicResult {
        achieved = List.copyOf(achieved);
        items = List.copyOf(items);
        missing = List.copyOf(missing);
        actions = List.copyOf(actions);
    }

    /** A result without actions. */
    public CharacteristicResult(InternalCharacteristic characteristic, RequiredLevel required,
                                List<InternalLevel> achieved, Verdict verdict, List<ItemResult> items,
                                List<String> missing) {
        this(characteristic, required, achieved, verdict, items, missing, List.of());
    }

    /** The achieved level as written in reports: {@code 2}, {@code S1 + E1}, or {@code -}. */
    public String achievedLabel() {
        String s = achieved.stream().filter(l -> !l.isNone()).map(InternalLevel::toString)
                .collect(Collectors.joining(" + "));
        return s.isEmpty() ? "-" : s;
    }
}
