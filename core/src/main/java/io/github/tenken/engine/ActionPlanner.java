package io.github.tenken.engine;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Status;
import io.github.tenken.message.Message;
import io.github.tenken.result.Action;
import io.github.tenken.result.FailedMeasure;
import io.github.tenken.result.ItemResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists what would close each unsatisfied item at or below the required level: record an answer, enable an
 * excluded check, provide an input, fix a measure, make a broken check run, review a warning, show a missing part,
 * add a check the catalogue lacks, or cover a risk with a case.
 */
final class ActionPlanner {

    private ActionPlanner() {
    }

    static List<Action> actions(List<ItemResult> items, List<CheckResult> checks) {
        List<Action> out = new ArrayList<>();
        for (ItemResult r : items) {
            if (!r.isSatisfied() && !r.aboveRequired()) {
                out.addAll(actions(r, checks));
            }
        }
        return out;
    }

    private static List<Action> actions(ItemResult r, List<CheckResult> checks) {
        String item = r.itemId();
        List<Action> out = new ArrayList<>();
        boolean orAnswer = r.item().kind().acceptsAnswer();
        switch (r.reason()) {
            case ANSWER_MISSING, ANSWERED_NO -> out.add(recordAnswer(item));
            case NO_CATALOGUE_CHECK -> out.add(new Action(item, Action.Kind.ADD_CHECK, item,
                    Message.of("action.addCheck", item)));
            case EXCLUDED_BY_PLAN -> {
                r.unavailableChecks().forEach(id -> out.add(new Action(item, Action.Kind.ENABLE_CHECK, id,
                        Message.of("action.enableCheck", id))));
                if (orAnswer) {
                    out.add(recordAnswer(item));
                }
            }
            case INPUT_ABSENT -> {
                r.missingInputs().forEach(input -> out.add(new Action(item, Action.Kind.PROVIDE_INPUT, input,
                        Message.of("action.provideInput", Message.of("input." + input), r.unavailableChecks()))));
                for (String id : r.unavailableChecks()) {
                    find(checks, id).filter(c -> !c.explanation().key().equals("engine.notApplicable.input"))
                            .ifPresent(c -> out.add(new Action(item, Action.Kind.PROVIDE_INPUT, id,
                                    Message.of("action.provideCheckInput", id, c.explanation()))));
                }
                if (orAnswer) {
                    out.add(recordAnswer(item));
                }
            }
            case CHECK_FAILED -> {
                for (FailedMeasure f : r.failures()) {
                    out.add(new Action(item, Action.Kind.FIX_MEASURE, f.checkId() + ":" + f.measure(),
                            Message.of("action.fixMeasure", f.checkId(), f.measure(), f.value(),
                                    f.criterion().toString())));
                }
                for (String id : r.checkIds()) {
                    find(checks, id).filter(c -> c.status() == Status.ERROR || (c.status() == Status.FAIL
                                    && r.failures().stream().noneMatch(f -> f.checkId().equals(id))))
                            .ifPresent(c -> out.add(new Action(item, Action.Kind.FIX_CHECK, id,
                                    Message.of(c.status() == Status.ERROR ? "action.fixCheck" : "action.fixFailed",
                                            id))));
                }
            }
            case RISK_WITHOUT_CASE -> r.checkIds().forEach(id -> find(checks, id).ifPresent(c -> out.add(
                    new Action(item, Action.Kind.COVER_RISK, id, Message.of("action.coverRisk", c.explanation())))));
            case INCONCLUSIVE -> r.checkIds().forEach(id -> find(checks, id).filter(c -> c.status() == Status.WARN)
                    .ifPresent(c -> out.add(new Action(item, Action.Kind.REVIEW_RESULT, id,
                            Message.of("action.review", id)))));
            case PART_NOT_SHOWN -> r.missingParts().forEach(part -> out.add(new Action(item, Action.Kind.SHOW_PART,
                    part, Message.of("action.showPart", Message.of("item.part." + part)))));
            case MET -> {
            }
        }
        return out;
    }

    private static Action recordAnswer(String item) {
        return new Action(item, Action.Kind.RECORD_ANSWER, item, Message.of("action.recordAnswer", item));
    }

    private static Optional<CheckResult> find(List<CheckResult> checks, String id) {
        return checks.stream().filter(c -> c.checkId().equals(id)).findFirst();
    }
}
