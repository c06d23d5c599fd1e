package io.github.tenken.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.tenken.check.Check;
import io.github.tenken.check.CheckDescriptor;
import io.github.tenken.check.CheckRun;
import io.github.tenken.check.ConfidenceInterval;
import io.github.tenken.check.CriterionOrigin;
import io.github.tenken.check.Input;
import io.github.tenken.check.Measure;
import io.github.tenken.check.Outcome;
import io.github.tenken.check.PlanContext;
import io.github.tenken.check.Status;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.DatasetRole;
import io.github.tenken.data.Table;
import io.github.tenken.evidence.ProcessAnswer;
import io.github.tenken.guideline.FairnessLevel;
import io.github.tenken.guideline.InternalCharacteristic;
import io.github.tenken.guideline.PerformanceLevel;
import io.github.tenken.guideline.QualityProfile;
import io.github.tenken.guideline.SafetyLevel;
import io.github.tenken.message.Language;
import io.github.tenken.message.Message;
import io.github.tenken.message.MessageCatalog;
import io.github.tenken.result.Action;
import io.github.tenken.result.AssessmentResult;
import io.github.tenken.result.CharacteristicResult;
import io.github.tenken.result.FailedMeasure;
import io.github.tenken.result.ItemReason;
import io.github.tenken.result.ItemResult;
import io.github.tenken.testing.Fixtures;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Item reasons, failing measures, actions, criterion origins and the strict gate, on a fixture whose numbers are
 * fixed by hand: a check reports accuracy 0.81 with the 95% interval 0.78-0.84.
 */
class JudgementTest {

    private static final MessageCatalog EN = MessageCatalog.of(Language.EN);
    private static final MessageCatalog JA = MessageCatalog.of(Language.JA);
    private static final QualityProfile PROFILE =
            QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1);
    private final Table train = Fixtures.six(new CategoryDictionary(), new CategoryDictionary());

    /** Reports accuracy 0.81 (95% CI 0.78-0.84) for one item; the default criterion is accuracy >= 0.5. */
    record Accuracy(String id, String item, Input... needs) implements Check {
        @Override
        public CheckDescriptor descriptor() {
            return CheckDescriptor.builder(id, id, InternalCharacteristic.B_3).items(item)
                    .needs(needs.length == 0 ? new Input[]{Input.TRAINING_DATA} : needs)
                    .criteria("accuracy >= 0.5").build();
        }

        @Override
        public CheckRun plan(PlanContext ctx) {
            return run -> Outcome.builder()
                    .measure(run.judge(Measure.of("accuracy", 0.81, "ratio").withInterval(
                            new ConfidenceInterval(0.95, 0.78, 0.84, Message.literal("by hand")))))
                    .explanation(Message.literal("accuracy 0.81")).build();
        }
    }

    private Assessment.Builder base(Check... checks) {
        return Assessment.builder().profile(PROFILE).dataset(DatasetRole.TRAINING, train).checks(List.of(checks));
    }

    private static ItemResult item(AssessmentResult r, String id) {
        return r.characteristics().stream().flatMap(c -> c.items().stream()).filter(i -> i.itemId().equals(id))
                .findFirst().orElseThrow();
    }

    @Test
    void theValuePassesButTheBoundFailsSoOnlyTheStrictGateFails() {
        Assessment.Builder b = base(new Accuracy("t.acc", "B-3.1c")).criterion("t.acc", "accuracy >= 0.8");
        AssessmentResult normal = b.build().run();
        Measure m = normal.check("t.acc").orElseThrow().measures().get(0);
        assertThat(normal.check("t.acc").orElseThrow().status()).isEqualTo(Status.PASS);
        assertThat(m.criterionOrigin()).isEqualTo(CriterionOrigin.AGREED);
        assertThat(m.margin()).isCloseTo(0.01, within(1e-12));       // 0.81 - 0.80
        assertThat(m.ciBound()).hasValue(0.78);                        // the lower bound is unfavourable for >=
        assertThat(m.judgedOnBound()).isFalse();
        assertThat(item(normal, "B-3.1c").reason()).isEqualTo(ItemReason.MET);

        AssessmentResult strict = b.judgeOnConfidenceBound(true).build().run();
        assertThat(strict.judgeOnConfidenceBound()).isTrue();
        assertThat(strict.check("t.acc").orElseThrow().status()).isEqualTo(Status.FAIL);
        ItemResult c = item(strict, "B-3.1c");
        assertThat(c.reason()).isEqualTo(ItemReason.CHECK_FAILED);
        FailedMeasure f = c.failures().get(0);
        assertThat(f.checkId()).isEqualTo("t.acc");
        assertThat(f.value()).isEqualTo(0.81);
        assertThat(f.criterion().toString()).isEqualTo("accuracy >= 0.8");
        assertThat(f.origin()).isEqualTo(CriterionOrigin.AGREED);
        assertThat(f.ciBound()).isEqualTo(0.78);
        assertThat(EN.render(c.note())).isEqualTo("a supporting check did not pass: t.acc (fail); "
                + "t.acc: accuracy was 0.81, needs accuracy >= 0.8 (margin 0.01, agreed criterion)");
        Action fix = strict.characteristic(InternalCharacteristic.B_3).actions().stream()
                .filter(a -> a.itemId().equals("B-3.1c")).findFirst().orElseThrow();
        assertThat(fix.kind()).isEqualTo(Action.Kind.FIX_MEASURE);
        assertThat(EN.render(fix.text())).isEqualTo("fix: accuracy of t.acc was 0.81, needs accuracy >= 0.8");
        assertThat(JA.render(fix.text())).isEqualTo("是正: t.acc の accuracy は 0.81 でした。accuracy >= 0.8 を満たす必要があります");
    }

    @Test
    void aDefaultCriterionIsMarkedDefaultAndTheBoundOfAFailingValueIsTheUpperOneForAtMost() {
        AssessmentResult r = base(new Accuracy("t.acc", "B-3.1c")).build().run();
        Measure m = r.check("t.acc").orElseThrow().measures().get(0);
        assertThat(m.criterionOrigin()).isEqualTo(CriterionOrigin.DEFAULT);
        assertThat(m.margin()).isCloseTo(0.31, within(1e-12));
        Measure atMost = Measure.of("error", 0.3, "ratio").withInterval(
                new ConfidenceInterval(0.95, 0.25, 0.35, Message.literal("x")))
                .judgedBy(io.github.tenken.check.Criterion.parse("error <= 0.32"));
        assertThat(atMost.passed()).isTrue();
        assertThat(atMost.margin()).isCloseTo(0.02, within(1e-12));
        assertThat(atMost.ciBound()).hasValue(0.35);
        assertThat(atMost.judgedOnBound(true).passed()).isFalse();
        assertThat(Measure.of("n", 3, "rows").ciBound()).isEmpty();
        assertThat(Measure.of("n", 3, "rows").margin()).isNaN();
    }

    @Test
    void eachMissingItemSaysWhyAndWhatClosesIt() {
        AssessmentResult r = base(new Accuracy("t.labels", "B-3.1c"), new Accuracy("t.gaps", "B-3.1b", Input.MODEL))
                .exclude("t.labels").build().run();
        assertThat(r.excludedChecks()).containsExactly("t.labels");
        assertThat(r.checks()).extracting(x -> x.checkId()).containsExactly("t.gaps");

        ItemResult labels = item(r, "B-3.1c");
        assertThat(labels.reason()).isEqualTo(ItemReason.EXCLUDED_BY_PLAN);
        assertThat(labels.unavailableChecks()).containsExactly("t.labels");
        assertThat(EN.render(labels.note())).isEqualTo("the checks supporting it (t.labels) are loaded but were excluded");

        ItemResult gaps = item(r, "B-3.1b");
        assertThat(gaps.reason()).isEqualTo(ItemReason.INPUT_ABSENT);
        assertThat(gaps.missingInputs()).containsExactly("model");

        assertThat(item(r, "B-3.1a").reason()).isEqualTo(ItemReason.ANSWER_MISSING);
        assertThat(item(r, "B-3.1d").reason()).isEqualTo(ItemReason.ANSWER_MISSING);   // P/M, no check in catalogue
        assertThat(item(r, "B-1.1b").reason()).isEqualTo(ItemReason.NO_CATALOGUE_CHECK);

        CharacteristicResult b3 = r.characteristic(InternalCharacteristic.B_3);
        assertThat(b3.actions()).extracting(a -> a.itemId() + " " + a.kind() + " " + a.target()).containsExactly(
                "B-3.1a RECORD_ANSWER B-3.1a",
                "B-3.1b PROVIDE_INPUT model",
                "B-3.1b RECORD_ANSWER B-3.1b",
                "B-3.1c ENABLE_CHECK t.labels",
                "B-3.1d RECORD_ANSWER B-3.1d");
        assertThat(b3.actions()).extracting(a -> EN.render(a.text())).containsExactly(
                "record an answer with evidence to B-3.1a",
                "provide a model so that t.gaps can run",
                "record an answer with evidence to B-3.1b",
                "enable check t.labels, which was excluded",
                "record an answer with evidence to B-3.1d");
        // B-3 is required at level 1: its level-2 items are above it, marked so and never actions
        assertThat(b3.items()).filteredOn(ItemResult::aboveRequired).extracting(ItemResult::itemId)
                .allMatch(id -> !id.startsWith("B-3.1"))
                .contains("B-3.2a", "B-3.2b");
        assertThat(b3.items()).filteredOn(i -> !i.aboveRequired()).extracting(ItemResult::itemId)
                .containsExactly("B-3.1a", "B-3.1b", "B-3.1c", "B-3.1d");
        Action noCheck = r.characteristic(InternalCharacteristic.B_1).actions().stream()
                .filter(a -> a.itemId().equals("B-1.1b")).findFirst().orElseThrow();
        assertThat(noCheck.kind()).isEqualTo(Action.Kind.ADD_CHECK);
    }

    @Test
    void theRequiredItemsNoRunningCheckCanMeetAreKnownAtBuild() {
        Assessment a = base(new Accuracy("t.labels", "B-3.1c"), new Accuracy("t.gaps", "B-3.1b"))
                .exclude("t.labels").build();
        // the required M items of the demo profile that no running check maps to; B-3.1c's only check is excluded
        assertThat(a.unreachableItems()).contains("B-3.1c").doesNotContain("B-3.1b", "B-3.1a");
        List<String> withLabels = base(new Accuracy("t.labels", "B-3.1c")).build().unreachableItems();
        assertThat(withLabels).doesNotContain("B-3.1c");
        assertThat(a.run().unreachableItems()).isEqualTo(a.unreachableItems());
    }

    @Test
    void answersToMeasuredItemsAreRefusedNamingEveryItem() {
        assertThatThrownBy(() -> base().answer(ProcessAnswer.yes("B-3.1c", "we looked"))
                .answer(ProcessAnswer.yes("A-2.2a", "pairs listed")).answer(ProcessAnswer.yes("B-3.1a", "sheet"))
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("answers are recorded to the measured (M) items A-2.2a, B-3.1c; an M item is met only by"
                        + " the checks mapped to it, never by an answer: remove the answers");
    }

    @Test
    void excludingOrIncludingAnUnknownCheckIsAnError() {
        assertThatThrownBy(() -> base(new Accuracy("t.acc", "B-3.1c")).exclude("t.nope").build())
                .hasMessage("check t.nope is excluded, but no loaded check has that id; the checks are [t.acc]");
        assertThatThrownBy(() -> base(new Accuracy("t.acc", "B-3.1c")).include(List.of("t.nope")).build())
                .hasMessage("check t.nope is included, but no loaded check has that id; the checks are [t.acc]");
        AssessmentResult r = base(new Accuracy("t.acc", "B-3.1c"), new Accuracy("t.other", "B-3.1b"))
                .include(List.of("t.other")).build().run();
        assertThat(r.excludedChecks()).containsExactly("t.acc");
    }

    @Test
    void anAnswerCarriesItsOwnerDateAndReference() {
        ProcessAnswer plain = ProcessAnswer.yes("B-3.1a", "sheet");
        assertThat(plain.owner()).isEmpty();
        assertThat(plain.date()).isNull();
        ProcessAnswer signed = plain.recordedBy(" j.doe ", java.time.LocalDate.of(2026, 11, 2), "DOC-118");
        assertThat(signed).isEqualTo(new ProcessAnswer("B-3.1a", io.github.tenken.evidence.Answer.YES, "sheet", "",
                "j.doe", java.time.LocalDate.of(2026, 11, 2), "DOC-118"));
        AssessmentResult r = base().answer(signed).build().run();
        assertThat(r.answers().get(0).reference()).isEqualTo("DOC-118");
    }
}
