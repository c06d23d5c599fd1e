package io.github.tenken.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GuidelineModelTest {

    @Test
    void nineCharacteristicsWithCodesNamesAndStages() {
        assertThat(Arrays.stream(InternalCharacteristic.values()).map(InternalCharacteristic::code))
                .containsExactly("A-1", "A-2", "B-1", "B-2", "B-3", "C-1", "C-2", "D-1", "E-1");
        assertThat(InternalCharacteristic.B_3.nameJa()).isEqualTo("データセットの妥当性");
        assertThat(InternalCharacteristic.E_1.stage()).isEqualTo(Stage.OPERATION);
        assertThat(InternalCharacteristic.B_2.scales()).containsExactly(LevelScale.SAFETY, LevelScale.EFFECTIVENESS);
    }

    @Test
    void qualityDimensionUriJoinsCodeAndJapaneseName() {
        assertThat(InternalCharacteristic.B_1.qualityDimensionUri(Edition.THIRD)).isEqualTo(
                "https://ait-hub.pj.aist.go.jp/ait-hub/api/0.0.1/qualityDimensions/"
                        + "機械学習品質マネジメントガイドライン第三版/B-1データセットの被覆性");
    }

    @Test
    void externalLevelsParseAndLabel() {
        assertThat(SafetyLevel.parse("AISL 0.2")).isEqualTo(SafetyLevel.AISL_0_2);
        assertThat(SafetyLevel.parse("0.1").label()).isEqualTo("AISL 0.1");
        assertThat(FairnessLevel.parse("AIFL 2")).isEqualTo(FairnessLevel.AIFL_2);
        assertThat(PrivacyLevel.AIPRL_1.label()).isEqualTo("AIPrL 1");
        assertThatThrownBy(() -> SafetyLevel.parse("0.5")).hasMessage(
                "not an AISL: \"0.5\"; expected one of 0, 0.1, 0.2, 1, 2, 3, 4");
    }

    @Test
    void levelItemsHaveTheGuidelinesIdsKindsAndLevels() {
        assertThat(LevelItems.all()).hasSize(40);
        assertThat(LevelItems.get("B-3.1c").kind()).isEqualTo(ItemKind.M);
        assertThat(LevelItems.get("A-2.1a").kind()).isEqualTo(ItemKind.PM);
        assertThat(LevelItems.get("B-2.S2").level()).isEqualTo(InternalLevel.safety(2));
        assertThat(LevelItems.get("E-1.3a").level()).isEqualTo(InternalLevel.numeric(3));
        assertThat(LevelItems.at(InternalCharacteristic.A_1, InternalLevel.numeric(1)))
                .extracting(LevelItem::id).containsExactly("A-1.1a", "A-1.1b");
        // every characteristic has items at each level of each of its scales
        for (InternalCharacteristic c : InternalCharacteristic.values()) {
            for (LevelScale s : c.scales()) {
                for (int r = 1; r <= s.maxRank(); r++) {
                    assertThat(LevelItems.at(c, new InternalLevel(s, r))).as("%s level %s%d", c, s.prefix(), r)
                            .isNotEmpty();
                }
            }
        }
        assertThat(LevelItems.all()).allSatisfy(i -> assertThat(i.textJa()).isNotBlank());
        assertThatThrownBy(() -> LevelItems.get("Z-9")).hasMessageStartingWith("unknown level item \"Z-9\"");
    }

    @Test
    void internalLevelsParseAndCompareWithinAScale() {
        assertThat(InternalLevel.parse("E2")).isEqualTo(InternalLevel.effectiveness(2));
        assertThat(InternalLevel.parse("3").toString()).isEqualTo("3");
        assertThat(InternalLevel.numeric(0).toString()).isEqualTo("-");
        assertThat(InternalLevel.numeric(2)).isGreaterThan(InternalLevel.numeric(1));
        assertThatThrownBy(() -> InternalLevel.safety(1).compareTo(InternalLevel.numeric(1)))
                .hasMessage("cannot compare S1 with 1");
        assertThatThrownBy(() -> InternalLevel.safety(3)).hasMessage("level rank must be 0 to 2 on scale SAFETY, was 3");
    }
}
