package io.github.tenken.engine;

import static io.github.tenken.guideline.InternalCharacteristic.B_2;
import static io.github.tenken.guideline.InternalCharacteristic.B_3;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.check.CheckResult;
import io.github.tenken.check.Provenance;
import io.github.tenken.check.Status;
import io.github.tenken.evidence.ProcessAnswer;
import io.github.tenken.guideline.Edition;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.RequiredLevel;
import io.github.tenken.guideline.Requirements;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Language;
import io.github.tenken.message.Message;
import io.github.tenken.message.MessageCatalog;
import io.github.tenken.result.CharacteristicResult;
import io.github.tenken.result.ItemReason;
import io.github.tenken.result.ItemResult;
import io.github.tenken.result.ItemState;
import io.github.tenken.result.Verdict;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LevelEvaluatorTest {

    private static final Requirements DEMO = QualityProfile
            .of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1).requirements(Edition.THIRD);

    private static final MessageCatalog EN = MessageCatalog.of(Language.EN);

    private static CheckResult result(String id, InternalCharacteristic c, Status s, String... items) {
        return new CheckResult(id, id, c, List.of(items), s, Message.literal("x"), List.of(), List.of(), List.of(), "",
                new Provenance("t", List.of(), "", Map.of(), List.of(), 0, Instant.EPOCH, Duration.ZERO));
    }

    private static CheckResult showing(String id, Status s, String item, String part) {
        CheckResult r = result(id, B_3, s, item);
        return new CheckResult(r.checkId(), r.title(), r.characteristic(), r.items(), r.status(), r.explanation(),
                r.measures(), r.tables(), r.charts(), r.error(), r.provenance(), List.of(item + ":" + part));
    }

    private static Map<String, ProcessAnswer> answers(ProcessAnswer... a) {
        Map<String, ProcessAnswer> m = new HashMap<>();
        for (ProcessAnswer x : a) {
            m.put(x.itemId(), x);
        }
        return m;
    }

    private static CharacteristicResult eval(InternalCharacteristic c, List<CheckResult> checks, Map<String, ProcessAnswer> a) {
        RequiredLevel req = DEMO.of(c);
        return LevelEvaluator.evaluate(c, req, checks, a);
    }

    @Test
    void levelOneOfB3NeedsAnswersForPItemsAndPassingChecksForMItems() {
        List<CheckResult> checks = List.of(
                showing("b3.missing", Status.PASS, "B-3.1b", "gaps"),
                showing("b3.outliers", Status.PASS, "B-3.1b", "outliers"),
                result("b3.conflicts", B_3, Status.PASS, "B-3.1c"),
                result("b3.dups", B_3, Status.PASS, "B-3.1d"));
        CharacteristicResult noAnswers = eval(B_3, checks, Map.of());
        assertThat(noAnswers.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(noAnswers.achievedLabel()).isEqualTo("-");
        assertThat(noAnswers.missing()).containsExactly("B-3.1a");

        CharacteristicResult answered = eval(B_3, checks, answers(ProcessAnswer.yes("B-3.1a", "datasheet.md")));
        assertThat(answered.verdict()).isEqualTo(Verdict.MET);
        assertThat(answered.achievedLabel()).isEqualTo("1");
        assertThat(answered.missing()).isEmpty();
        assertThat(answered.items().get(0).state()).isEqualTo(ItemState.MET_BY_ANSWER);
        assertThat(answered.items().get(2).state()).isEqualTo(ItemState.MET_BY_CHECKS);
        assertThat(answered.items().get(2).note())
                .isEqualTo(new Message("item.metByChecks", List.of(new Arg.Join(List.of(new Arg.Text("b3.conflicts"))))));
        assertThat(EN.render(answered.items().get(2).note())).isEqualTo("met by b3.conflicts");
        assertThat(EN.render(answered.items().get(0).note())).isEqualTo("recorded: datasheet.md");
    }

    @Test
    void anAnswerNeverSatisfiesAMeasuredItem() {
        CharacteristicResult r = eval(B_3, List.of(), answers(
                ProcessAnswer.yes("B-3.1a", "datasheet"), ProcessAnswer.yes("B-3.1b", "policy"),
                ProcessAnswer.yes("B-3.1c", "we looked"), ProcessAnswer.yes("B-3.1d", "checked")));
        ItemResult c = r.items().stream().filter(i -> i.itemId().equals("B-3.1c")).findFirst().orElseThrow();
        assertThat(c.state()).isEqualTo(ItemState.MISSING);
        // the evaluator ignores such an answer (the builder refuses it before: AssessmentAuditTest)
        assertThat(c.reason()).isEqualTo(ItemReason.NO_CATALOGUE_CHECK);
        assertThat(EN.render(c.note())).isEqualTo("no loaded check measures this item");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(r.missing()).containsExactly("B-3.1c");
    }

    @Test
    void aFailingCheckIsNotHiddenByAYesAnswer() {
        CharacteristicResult r = eval(B_3, List.of(result("dups", B_3, Status.FAIL, "B-3.1d")),
                answers(ProcessAnswer.yes("B-3.1d", "we dedupe")));
        ItemResult d = r.items().stream().filter(i -> i.itemId().equals("B-3.1d")).findFirst().orElseThrow();
        assertThat(d.state()).isEqualTo(ItemState.CHECK_FAILED);
        assertThat(d.note()).isEqualTo(Message.of("item.checkFailed",
                List.of(Message.of("item.checkStatus", "dups", Message.of("status.FAIL")))));
        assertThat(EN.render(d.note())).isEqualTo("a supporting check did not pass: dups (fail)");
        assertThat(MessageCatalog.of(Language.JA).render(d.note())).isEqualTo("根拠となるチェックが合格していません: dups (不合格)");
    }

    @Test
    void warnIsInconclusiveAndNotApplicableChecksDoNotCount() {
        CharacteristicResult r = eval(B_3, List.of(result("w", B_3, Status.WARN, "B-3.1c"),
                result("na", B_3, Status.NOT_APPLICABLE, "B-3.1d")), Map.of());
        assertThat(r.items().get(2).state()).isEqualTo(ItemState.INCONCLUSIVE);
        assertThat(r.items().get(3).state()).isEqualTo(ItemState.MISSING);
        assertThat(r.items().get(3).checkIds()).isEmpty();
        assertThat(EN.render(r.items().get(2).note())).isEqualTo("measured without a verdict (warn) by w");
        // B-3.1d is P/M: the not-applicable check is named with its reason
        assertThat(r.items().get(3).reason()).isEqualTo(ItemReason.INPUT_ABSENT);
        assertThat(r.items().get(3).unavailableChecks()).containsExactly("na");
        assertThat(EN.render(r.items().get(3).note()))
                .isEqualTo("no answer recorded, and no supporting check could run: na (x)");
    }

    @Test
    void notApplicableAnswerWithReasonSatisfiesAProcessItem() {
        CharacteristicResult r = eval(InternalCharacteristic.A_1, List.of(), answers(
                ProcessAnswer.yes("A-1.1a", "risk register"), ProcessAnswer.notApplicable("A-1.1b", "no risk attributes")));
        assertThat(r.verdict()).isEqualTo(Verdict.MET);
        assertThat(r.items().get(1).state()).isEqualTo(ItemState.NOT_APPLICABLE);
        assertThat(EN.render(r.items().get(1).note())).isEqualTo("not applicable: no risk attributes");
        assertThat(r.achievedLabel()).isEqualTo("1");
    }

    @Test
    void levelsAreCumulativeAndB2IsJudgedPerScale() {
        // B-2 requires S1 + E1 in the demo profile. Only E1 and E2 met: achieved E2, S scale 0 -> not met.
        List<CheckResult> checks = List.of(result("bal", B_2, Status.PASS, "B-2.E1"),
                result("drift", B_2, Status.PASS, "B-2.E2"));
        CharacteristicResult r = eval(B_2, checks, Map.of());
        assertThat(r.achievedLabel()).isEqualTo("E2");
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(r.missing()).containsExactly("B-2.S1");
        // add S1 -> S1 + E2, met
        CharacteristicResult met = eval(B_2, List.of(checks.get(0), checks.get(1),
                result("cases", B_2, Status.PASS, "B-2.S1")), Map.of());
        assertThat(met.achievedLabel()).isEqualTo("S1 + E2");
        assertThat(met.verdict()).isEqualTo(Verdict.MET);
        // a level-2 item met without level 1 gives nothing: E2 alone
        CharacteristicResult gap = eval(B_2, List.of(checks.get(1)), Map.of());
        assertThat(gap.achievedLabel()).isEqualTo("-");
    }

    @Test
    void notRequiredCharacteristicsDoNotBlockTheVerdict() {
        Requirements none = QualityProfile.of(SafetyLevel.AISL_0, PerformanceLevel.AIPL_0, FairnessLevel.AIFL_0)
                .requirements(Edition.THIRD);
        List<CharacteristicResult> all = LevelEvaluator.evaluate(none, List.of(), Map.of());
        assertThat(all).hasSize(9).allSatisfy(c -> assertThat(c.verdict()).isEqualTo(Verdict.NOT_REQUIRED));
    }

    @Test
    void anItemWithMeasuredPartsIsNotMetUntilPassingChecksShowEveryPart() {
        ProcessAnswer provenance = ProcessAnswer.yes("B-3.1a", "datasheet.md");
        List<CheckResult> gapsOnly = List.of(
                showing("b3.missing-values", Status.PASS, "B-3.1b", "gaps"),
                result("b3.types", B_3, Status.PASS, "B-3.1b"),
                result("b3.conflicts", B_3, Status.PASS, "B-3.1c"),
                result("b3.dups", B_3, Status.PASS, "B-3.1d"));
        CharacteristicResult partly = eval(B_3, gapsOnly, answers(provenance));
        ItemResult b31b = partly.items().get(1);
        assertThat(b31b.itemId()).isEqualTo("B-3.1b");
        assertThat(b31b.state()).isEqualTo(ItemState.MISSING);
        assertThat(EN.render(b31b.note()))
                .isEqualTo("measured in part by b3.missing-values, b3.types: no check showing outliers ran");
        assertThat(partly.verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(partly.missing()).containsExactly("B-3.1b");

        List<CheckResult> both = new java.util.ArrayList<>(gapsOnly);
        both.add(showing("b3.outliers", Status.PASS, "B-3.1b", "outliers"));
        CharacteristicResult met = eval(B_3, both, answers(provenance));
        assertThat(met.items().get(1).state()).isEqualTo(ItemState.MET_BY_CHECKS);
        assertThat(met.verdict()).isEqualTo(Verdict.MET);

        both.set(0, showing("b3.missing-values", Status.FAIL, "B-3.1b", "gaps"));
        assertThat(eval(B_3, both, answers(provenance)).items().get(1).state()).isEqualTo(ItemState.CHECK_FAILED);
        assertThat(eval(B_3, gapsOnly, answers(provenance, ProcessAnswer.yes("B-3.1b", "outlier-policy.md")))
                .items().get(1).state()).isEqualTo(ItemState.MET_BY_ANSWER);
    }
}
