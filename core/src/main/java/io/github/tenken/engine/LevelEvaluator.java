package io.github.tenken.engine;

import io.github.tenken.check.CheckResult;
import io.github.tenken.evidence.ProcessAnswer;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.guideline.InternalLevel;
import io.github.tenken.guideline.LevelItem;
import io.github.tenken.guideline.LevelItems;
import io.github.tenken.guideline.LevelScale;
import io.github.tenken.guideline.RequiredLevel;
import io.github.tenken.guideline.Requirements;
import io.github.tenken.result.CharacteristicResult;
import io.github.tenken.result.ItemResult;
import io.github.tenken.result.ItemState;
import io.github.tenken.result.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns check results and process answers into the achieved level of each internal characteristic.
 *
 * <p>An item's state: a supporting check that failed or broke makes it {@link ItemState#CHECK_FAILED} whatever was
 * answered (a measurement that contradicts an answer is never hidden); otherwise a P or P/M item is met by a "yes"
 * with evidence or a "not applicable" with a reason; an M or P/M item is met when every check mapped to it passed
 * and, for an item with measured parts (B-3.1b: gaps and outliers), passing checks show each part.
 * An answer never satisfies an M item (the builder refuses one): a level is not claimed from words where the
 * guideline asks for a measurement, nor from measurements where it asks for process evidence. Each item says why
 * in an {@link io.github.tenken.result.ItemReason} ({@link ItemJudge}); items up to the required level that are not
 * satisfied become actions ({@link ActionPlanner}); items above it are marked {@code aboveRequired}. A characteristic reaches level L on a
 * scale when every item of levels 1 to L on that scale is satisfied.
 */
public final class LevelEvaluator {

    private LevelEvaluator() {
    }

    /** The result of every characteristic, A-1 ... E-1, every check that gave a result counted as loaded. */
    public static List<CharacteristicResult> evaluate(Requirements requirements, List<CheckResult> checks,
                                                      Map<String, ProcessAnswer> answers) {
        return evaluate(requirements, checks, answers, CatalogueView.ofResults(checks));
    }

    static List<CharacteristicResult> evaluate(Requirements requirements, List<CheckResult> checks,
                                               Map<String, ProcessAnswer> answers, CatalogueView catalogue) {
        List<CharacteristicResult> out = new ArrayList<>();
        for (InternalCharacteristic c : InternalCharacteristic.values()) {
            out.add(evaluate(c, requirements.of(c), checks, answers, catalogue));
        }
        return out;
    }

    static CharacteristicResult evaluate(InternalCharacteristic c, RequiredLevel required, List<CheckResult> checks,
                                         Map<String, ProcessAnswer> answers) {
        return evaluate(c, required, checks, answers, CatalogueView.ofResults(checks));
    }

    static CharacteristicResult evaluate(InternalCharacteristic c, RequiredLevel required, List<CheckResult> checks,
                                         Map<String, ProcessAnswer> answers, CatalogueView catalogue) {
        ItemJudge judge = new ItemJudge(catalogue);
        List<ItemResult> items = new ArrayList<>();
        for (LevelItem item : LevelItems.of(c)) {
            boolean above = item.level().rank() > required.on(item.level().scale()).rank();
            items.add(judge.judge(item, checks, answers.get(item.id()), above));
        }
        List<InternalLevel> achieved = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        boolean met = true;
        for (LevelScale scale : c.scales()) {
            int rank = 0;
            while (rank < scale.maxRank() && levelSatisfied(items, new InternalLevel(scale, rank + 1))) {
                rank++;
            }
            achieved.add(new InternalLevel(scale, rank));
            InternalLevel need = required.on(scale);
            if (rank < need.rank()) {
                met = false;
            }
            for (ItemResult r : items) {
                InternalLevel level = r.item().level();
                if (level.scale() == scale && level.rank() <= need.rank() && !r.state().isSatisfied()) {
                    missing.add(r.itemId());
                }
            }
        }
        Verdict verdict = !required.isRequired() ? Verdict.NOT_REQUIRED : met ? Verdict.MET : Verdict.NOT_MET;
        return new CharacteristicResult(c, required, achieved, verdict, items, missing,
                ActionPlanner.actions(items, checks));
    }

    private static boolean levelSatisfied(List<ItemResult> items, InternalLevel level) {
        return items.stream().filter(r -> r.item().level().equals(level)).allMatch(r -> r.state().isSatisfied());
    }
}
