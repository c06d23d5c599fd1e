package io.github.tenken.engine;

import io.github.tenken.message.Message;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
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
 * An answer never satisfies an M item: a level is not claimed from words where the guideline asks for a
 * measurement, nor from measurements where it asks for process evidence. A characteristic reaches level L on a
 * scale when every item of levels 1 to L on that scale is satisfied.
 */
public final class LevelEvaluator {

    private LevelEvaluator() {
    }

    /** The result of every characteristic, A-1 ... E-1. */
    public static List<CharacteristicResult> evaluate(Requirements requirements, List<CheckResult> checks,
                                                      Map<String, ProcessAnswer> answers) {
        List<CharacteristicResult> out = new ArrayList<>();
        for (InternalCharacteristic c : InternalCharacteristic.values()) {
            out.add(evaluate(c, requirements.of(c), checks, answers));
        }
        return out;
    }

    static CharacteristicResult evaluate(InternalCharacteristic c, RequiredLevel required, List<CheckResult> checks,
                                         Map<String, ProcessAnswer> answers) {
        List<ItemResult> items = new ArrayList<>();
        for (LevelItem item : LevelItems.of(c)) {
            items.add(itemResult(item, checks, answers.get(item.id())));
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
        return new CharacteristicResult(c, required, achieved, verdict, items, missing);
    }

    private static boolean levelSatisfied(List<ItemResult> items, InternalLevel level) {
        return items.stream().filter(r -> r.item().level().equals(level)).allMatch(r -> r.state().isSatisfied());
    }

    static ItemResult itemResult(LevelItem item, List<CheckResult> checks, ProcessAnswer answer) {
        List<CheckResult> supporting = checks.stream()
                .filter(r -> r.items().contains(item.id()) && r.status() != Status.NOT_APPLICABLE)
                .toList();
        List<String> ids = supporting.stream().map(CheckResult::checkId).toList();
        String level = item.level().toString();
        String kind = item.kind().label();
        List<Message> broken = supporting.stream()
                .filter(r -> r.status() == Status.FAIL || r.status() == Status.ERROR)
                .map(r -> Message.of("item.checkStatus", r.checkId(), Message.of("status." + r.status())))
                .toList();
        if (item.kind().acceptsChecks() && !broken.isEmpty()) {
            return new ItemResult(item.id(), level, kind, ItemState.CHECK_FAILED, ids, answer,
                    Message.of("item.checkFailed", broken));
        }
        if (item.kind().acceptsAnswer() && answer != null && answer.satisfies()) {
            boolean yes = answer.answer() == io.github.tenken.evidence.Answer.YES;
            return new ItemResult(item.id(), level, kind, yes ? ItemState.MET_BY_ANSWER : ItemState.NOT_APPLICABLE,
                    ids, answer, yes ? Message.of("item.recorded", answer.evidence())
                    : Message.of("item.notApplicable", answer.reason()));
        }
        if (item.kind().acceptsChecks() && !supporting.isEmpty()) {
            boolean allPass = supporting.stream().allMatch(r -> r.status() == Status.PASS);
            List<String> unshown = item.measuredParts().stream()
                    .filter(part -> supporting.stream().noneMatch(r -> r.shows(item.id(), part)))
                    .toList();
            if (allPass && !unshown.isEmpty()) {
                return new ItemResult(item.id(), level, kind, ItemState.MISSING, ids, answer,
                        Message.of("item.partlyShown", ids,
                                unshown.stream().map(part -> Message.of("item.part." + part)).toList()));
            }
            return allPass
                    ? new ItemResult(item.id(), level, kind, ItemState.MET_BY_CHECKS, ids, answer,
                    Message.of("item.metByChecks", ids))
                    : new ItemResult(item.id(), level, kind, ItemState.INCONCLUSIVE, ids, answer,
                    Message.of("item.inconclusive", ids));
        }
        if (answer != null && answer.answer() == io.github.tenken.evidence.Answer.NO) {
            return new ItemResult(item.id(), level, kind, ItemState.ANSWERED_NO, ids, answer,
                    answer.reason().isEmpty() ? Message.of("item.answeredNo")
                            : Message.of("item.answeredNoBecause", answer.reason()));
        }
        Message note = switch (item.kind()) {
            case P -> Message.of("item.missing.noAnswer");
            case M -> answer != null ? Message.of("item.missing.measuredAnswered") : Message.of("item.missing.noCheck");
            case PM -> Message.of("item.missing.neither");
        };
        return new ItemResult(item.id(), level, kind, ItemState.MISSING, ids, answer, note);
    }
}
