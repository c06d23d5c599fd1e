package io.github.tenken.guideline;

import io.github.tenken.message.Language;
import io.github.tenken.message.Message;
import io.github.tenken.message.MessageCatalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every cell of the third edition's required-level table, as GUIDELINE.md prints it. */
class RequirementTableTest {

    private static final InternalCharacteristic[] COLUMNS = InternalCharacteristic.values();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            AISL 0.1 | 1 1 1 S1 1 1 1 1 1
            AISL 0.2 | 2 2 2 S2 2 2 2 2 2
            AISL 1   | 3 3 3 S2 3 3 3 3 3
            AIFL 1   | 1 1 2 E1 1 1 1 1 2
            AIFL 2   | 2 2 3 E2 2 2 2 2 3
            AIPL 1   | 1 1 1 E1 - 1 1 1 1
            AIPL 2   | 2 2 2 E2 - 2 2 2 2
            """)
    void eachRowAlone(String external, String expectedCells) {
        QualityProfile profile = profileWithOnly(external.trim());
        Requirements req = profile.requirements(Edition.THIRD);
        String[] expected = expectedCells.trim().split("\\s+");
        for (int i = 0; i < COLUMNS.length; i++) {
            assertThat(req.of(COLUMNS[i]).label())
                    .as("%s -> %s", external.trim(), COLUMNS[i].code())
                    .isEqualTo(expected[i]);
        }
    }

    @Test
    void levelZeroEverywhereRequiresNothing() {
        Requirements req = QualityProfile.of(SafetyLevel.AISL_0, PerformanceLevel.AIPL_0, FairnessLevel.AIFL_0)
                .requirements(Edition.THIRD);
        assertThat(req.levels()).allSatisfy(r -> assertThat(r.isRequired()).isFalse());
        assertThat(req.caveats()).isEmpty();
    }

    @Test
    void requiredLevelIsTheMaximumPerScale() {
        // AISL 0.1 (1, S1), AIFL 1 (B-1 2, E-1 2, E1), AIPL 2 (2, E2): max per column, B-2 keeps one level per scale.
        Requirements req = QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_2, FairnessLevel.AIFL_1)
                .requirements(Edition.THIRD);
        assertThat(req.of(InternalCharacteristic.A_1).label()).isEqualTo("2");
        assertThat(req.of(InternalCharacteristic.B_1).label()).isEqualTo("2");
        assertThat(req.of(InternalCharacteristic.B_2).label()).isEqualTo("S1 + E2");
        assertThat(req.of(InternalCharacteristic.B_3).label()).isEqualTo("1");
        assertThat(req.of(InternalCharacteristic.E_1).label()).isEqualTo("2");
        assertThat(req.of(InternalCharacteristic.E_1).drivenBy()).containsExactly("AIFL 1", "AIPL 2");
        assertThat(req.of(InternalCharacteristic.B_2).drivenBy()).containsExactly("AISL 0.1", "AIPL 2");
    }

    @Test
    void demoProfileRequirements() {
        Requirements req = QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1)
                .requirements(Edition.THIRD);
        assertThat(req.levels().stream().map(RequiredLevel::label).toList())
                .containsExactly("1", "1", "2", "S1 + E1", "1", "1", "1", "1", "2");
    }

    @Test
    void aisl2IsAssessedAsAisl1WithACaveat() {
        Requirements two = QualityProfile.of(SafetyLevel.AISL_2, PerformanceLevel.AIPL_0, FairnessLevel.AIFL_0)
                .requirements(Edition.THIRD);
        Requirements one = QualityProfile.of(SafetyLevel.AISL_1, PerformanceLevel.AIPL_0, FairnessLevel.AIFL_0)
                .requirements(Edition.THIRD);
        assertThat(two.levels().stream().map(RequiredLevel::label).toList())
                .isEqualTo(one.levels().stream().map(RequiredLevel::label).toList());
        assertThat(two.caveats()).containsExactly(Message.of("caveat.aisl2"));
        assertThat(MessageCatalog.of(Language.EN).render(two.caveats().get(0)))
                .startsWith("AISL 2 has no requirement list").contains("assessed as AISL 1");
        assertThat(MessageCatalog.of(Language.JA).render(two.caveats().get(0))).contains("AISL 1 として評価");
        assertThat(two.of(InternalCharacteristic.C_1).drivenBy()).containsExactly("AISL 2");
    }

    @Test
    void aisl3And4AreRefused() {
        for (SafetyLevel l : List.of(SafetyLevel.AISL_3, SafetyLevel.AISL_4)) {
            assertThatThrownBy(() -> QualityProfile.of(l, PerformanceLevel.AIPL_0, FairnessLevel.AIFL_0)
                    .requirements(Edition.THIRD))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(l.label() + " is outside the scope of the AIST guideline (3rd edition (rev. 3.2.1, "
                            + "2022-08) covers AISL 0 to 2); Tenken does not assess components at this level");
        }
    }

    @Test
    void privacyIsRecordedButNotMapped() {
        Requirements req = QualityProfile.of(SafetyLevel.AISL_0, PerformanceLevel.AIPL_0, FairnessLevel.AIFL_0)
                .withPrivacy(PrivacyLevel.AIPRL_2).requirements(Edition.THIRD);
        assertThat(req.levels()).noneMatch(RequiredLevel::isRequired);
        assertThat(req.caveats()).containsExactly(Message.of("caveat.privacy", "AIPrL 2"));
        assertThat(MessageCatalog.of(Language.EN).render(req.caveats().get(0))).startsWith("AIPrL 2 is recorded")
                .contains("not assessed");
        assertThat(MessageCatalog.of(Language.JA).render(req.caveats().get(0))).startsWith("AIPrL 2 が記録");
    }

    private static QualityProfile profileWithOnly(String external) {
        String[] parts = external.split(" ");
        SafetyLevel aisl = parts[0].equals("AISL") ? SafetyLevel.parse(parts[1]) : SafetyLevel.AISL_0;
        PerformanceLevel aipl = parts[0].equals("AIPL") ? PerformanceLevel.parse(parts[1]) : PerformanceLevel.AIPL_0;
        FairnessLevel aifl = parts[0].equals("AIFL") ? FairnessLevel.parse(parts[1]) : FairnessLevel.AIFL_0;
        return QualityProfile.of(aisl, aipl, aifl);
    }
}
