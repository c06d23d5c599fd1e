package io.github.tenken.engine;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Status;
import io.github.tenken.evidence.Answer;
import io.github.tenken.evidence.ProcessAnswer;
import io.github.tenken.guideline.LevelItem;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;
import io.github.tenken.result.FailedMeasure;
import io.github.tenken.result.ItemReason;
import io.github.tenken.result.ItemResult;
import io.github.tenken.result.ItemState;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges one level item from the check results and the recorded answer, and says why in a machine-readable
 * {@link ItemReason} and a sentence: a failing check names its failing measures; an item no check met tells apart a
 * catalogue without such a check, a check the plan excluded, and checks whose inputs were not given.
 */
final class ItemJudge {

    /** The check whose failure means a declared risk has no case (A-2.1a). */
    static final String RISK_TRACEABILITY = "a2.risk-traceability";

    private final CatalogueView catalogue;

    ItemJudge(CatalogueView catalogue) {
        this.catalogue = catalogue;
    }

    ItemResult judge(LevelItem item, List<CheckResult> checks, ProcessAnswer answer, boolean aboveRequired) {
        List<CheckResult> mapped = checks.stream().filter(r -> r.items().contains(item.id())).toList();
        List<CheckResult> supporting = mapped.stream().filter(r -> r.status() != Status.NOT_APPLICABLE).toList();
        List<String> ids = supporting.stream().map(CheckResult::checkId).toList();
        Draft d = new Draft(item, ids, answer, aboveRequired);
        List<CheckResult> broken = supporting.stream()
                .filter(r -> r.status() == Status.FAIL || r.status() == Status.ERROR).toList();
        if (item.kind().acceptsChecks() && !broken.isEmpty()) {
            return failed(d, broken);
        }
        if (item.kind().acceptsAnswer() && answer != null && answer.satisfies()) {
            boolean yes = answer.answer() == Answer.YES;
            return d.result(yes ? ItemState.MET_BY_ANSWER : ItemState.NOT_APPLICABLE, ItemReason.MET,
                    yes ? Message.of("item.recorded", answer.evidence())
                            : Message.of("item.notApplicable", answer.reason()));
        }
        if (item.kind().acceptsChecks() && !supporting.isEmpty()) {
            boolean allPass = supporting.stream().allMatch(r -> r.status() == Status.PASS);
            List<String> unshown = item.measuredParts().stream()
                    .filter(part -> supporting.stream().noneMatch(r -> r.shows(item.id(), part)))
                    .toList();
            if (allPass && !unshown.isEmpty()) {
                d.missingParts.addAll(unshown);
                return d.result(ItemState.MISSING, ItemReason.PART_NOT_SHOWN, Message.of("item.partlyShown", ids,
                        unshown.stream().map(part -> Message.of("item.part." + part)).toList()));
            }
            return allPass ? d.result(ItemState.MET_BY_CHECKS, ItemReason.MET, Message.of("item.metByChecks", ids))
                    : d.result(ItemState.INCONCLUSIVE, ItemReason.INCONCLUSIVE, Message.of("item.inconclusive", ids));
        }
        if (answer != null && answer.answer() == Answer.NO) {
            return d.result(ItemState.ANSWERED_NO, ItemReason.ANSWERED_NO, answer.reason().isEmpty()
                    ? Message.of("item.answeredNo") : Message.of("item.answeredNoBecause", answer.reason()));
        }
        if (item.kind() == io.github.tenken.guideline.ItemKind.P) {
            return d.result(ItemState.MISSING, ItemReason.ANSWER_MISSING, Message.of("item.missing.noAnswer"));
        }
        return unmeasured(d, mapped);
    }

    /** A measured (M or P/M) item that no supporting check measured: why not. */
    private ItemResult unmeasured(Draft d, List<CheckResult> mapped) {
        String itemId = d.item.id();
        boolean orAnswer = d.item.kind().acceptsAnswer();
        List<CheckResult> notApplicable = mapped.stream().filter(r -> r.status() == Status.NOT_APPLICABLE).toList();
        if (!notApplicable.isEmpty()) {
            for (CheckResult r : notApplicable) {
                d.unavailable.add(r.checkId());
                String input = inputOf(r.explanation());
                if (input != null && !d.missingInputs.contains(input)) {
                    d.missingInputs.add(input);
                }
            }
            List<Message> why = notApplicable.stream()
                    .map(r -> Message.of("item.checkStatus", r.checkId(), r.explanation())).toList();
            return d.result(ItemState.MISSING, ItemReason.INPUT_ABSENT,
                    Message.of(orAnswer ? "item.reason.inputAbsentOrAnswer" : "item.reason.inputAbsent", why));
        }
        List<String> excluded = catalogue.checksFor(itemId).stream().filter(catalogue.excluded()::contains).toList();
        if (!excluded.isEmpty()) {
            d.unavailable.addAll(excluded);
            return d.result(ItemState.MISSING, ItemReason.EXCLUDED_BY_PLAN,
                    Message.of(orAnswer ? "item.reason.excludedOrAnswer" : "item.reason.excluded", excluded));
        }
        return orAnswer ? d.result(ItemState.MISSING, ItemReason.ANSWER_MISSING, Message.of("item.missing.neither"))
                : d.result(ItemState.MISSING, ItemReason.NO_CATALOGUE_CHECK, Message.of("item.reason.noCatalogueCheck"));
    }

    private static ItemResult failed(Draft d, List<CheckResult> broken) {
        List<Message> statuses = broken.stream()
                .map(r -> Message.of("item.checkStatus", r.checkId(), Message.of("status." + r.status())))
                .toList();
        for (CheckResult r : broken) {
            for (Measure m : r.measures()) {
                if (m.isFailed()) {
                    d.failures.add(FailedMeasure.of(r.checkId(), m));
                }
            }
        }
        boolean risk = broken.stream().allMatch(r -> r.checkId().equals(RISK_TRACEABILITY)
                && r.status() == Status.FAIL);
        ItemReason reason = risk ? ItemReason.RISK_WITHOUT_CASE : ItemReason.CHECK_FAILED;
        if (risk) {
            return d.result(ItemState.CHECK_FAILED, reason, Message.of("item.reason.riskWithoutCase",
                    broken.get(0).explanation()));
        }
        if (d.failures.isEmpty()) {
            return d.result(ItemState.CHECK_FAILED, reason, Message.of("item.checkFailed", statuses));
        }
        List<Message> measures = d.failures.stream().map(ItemJudge::describe).toList();
        return d.result(ItemState.CHECK_FAILED, reason, Message.of("item.checkFailedMeasures", statuses, measures));
    }

    /** {@code c1.classification: accuracy was 0.81, needs accuracy >= 0.85 (margin -0.04)}. */
    static Message describe(FailedMeasure f) {
        return new Message("item.failedMeasure", List.of(Arg.text(f.checkId()), Arg.text(f.measure()),
                Arg.num(f.value()), Arg.text(f.criterion().toString()), Arg.num(f.margin()),
                Arg.message(Message.of("criterion.origin." + f.origin()))));
    }

    /** The input named by the engine's not-applicable message, e.g. {@code test-data}; {@code null} otherwise. */
    private static String inputOf(Message reason) {
        if (reason.key().equals("engine.notApplicable.input") && !reason.args().isEmpty()
                && reason.args().get(0) instanceof Arg.Nested n && n.message().key().startsWith("input.")) {
            return n.message().key().substring("input.".length());
        }
        return null;
    }

    /** The parts of an item result gathered while judging. */
    private static final class Draft {
        final LevelItem item;
        final List<String> checks;
        final ProcessAnswer answer;
        final boolean aboveRequired;
        final List<FailedMeasure> failures = new ArrayList<>();
        final List<String> missingInputs = new ArrayList<>();
        final List<String> missingParts = new ArrayList<>();
        final List<String> unavailable = new ArrayList<>();

        Draft(LevelItem item, List<String> checks, ProcessAnswer answer, boolean aboveRequired) {
            this.item = item;
            this.checks = new ArrayList<>(checks);
            this.answer = answer;
            this.aboveRequired = aboveRequired;
        }

        ItemResult result(ItemState state, ItemReason reason, Message note) {
            return new ItemResult(item.id(), item.level().toString(), item.kind().label(), state, checks, answer,
                    note, reason, failures, unavailable, missingInputs, missingParts, aboveRequired);
        }
    }
}
