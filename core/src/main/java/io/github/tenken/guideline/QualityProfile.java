package io.github.tenken.guideline;

import io.github.tenken.internal.Preconditions;
import io.github.tenken.message.Message;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The quality profile of an ML component: the level required of each external characteristic, with the reason for
 * each, from which the required level of every internal characteristic follows.
 *
 * <pre>{@code
 * QualityProfile profile = QualityProfile.of(SafetyLevel.AISL_0_1, PerformanceLevel.AIPL_1, FairnessLevel.AIFL_1)
 *         .withReason(ExternalCharacteristic.FAIRNESS, "income decisions must not disadvantage women");
 * Requirements req = profile.requirements(Edition.THIRD);
 * }</pre>
 *
 * @param aisl    AI safety level
 * @param aipl    AI performance level
 * @param aifl    AI fairness level
 * @param aiprl   AI privacy level (recorded; the third edition maps nothing to it)
 * @param reasons why each external level was chosen, keyed by characteristic
 */
public record QualityProfile(SafetyLevel aisl, PerformanceLevel aipl, FairnessLevel aifl, PrivacyLevel aiprl,
                             Map<ExternalCharacteristic, String> reasons) {

    public QualityProfile {
        Preconditions.notNull(aisl, "aisl");
        Preconditions.notNull(aipl, "aipl");
        Preconditions.notNull(aifl, "aifl");
        Preconditions.notNull(aiprl, "aiprl");
        reasons = Map.copyOf(reasons);
    }

    /** A profile with AIPrL 0 and no reasons yet. */
    public static QualityProfile of(SafetyLevel aisl, PerformanceLevel aipl, FairnessLevel aifl) {
        return new QualityProfile(aisl, aipl, aifl, PrivacyLevel.AIPRL_0, Map.of());
    }

    /** This profile with a reason recorded for one external characteristic's level. */
    public QualityProfile withReason(ExternalCharacteristic characteristic, String reason) {
        Map<ExternalCharacteristic, String> r = new EnumMap<>(ExternalCharacteristic.class);
        r.putAll(reasons);
        r.put(characteristic, reason);
        return new QualityProfile(aisl, aipl, aifl, aiprl, r);
    }

    /** This profile with the given privacy level. */
    public QualityProfile withPrivacy(PrivacyLevel level) {
        return new QualityProfile(aisl, aipl, aifl, level, reasons);
    }

    /** The external levels, in the order AISL, AIPL, AIFL, AIPrL. */
    public List<ExternalLevel> levels() {
        return List.of(aisl, aipl, aifl, aiprl);
    }

    /** The reasons as a map sorted by characteristic, for stable output. */
    public Map<ExternalCharacteristic, String> sortedReasons() {
        return new TreeMap<>(reasons);
    }

    /**
     * The level this profile requires of every internal characteristic: the maximum, per scale, over the rows of the
     * edition's table that apply.
     *
     * @throws IllegalArgumentException for AISL 3 or 4, which lie outside the guideline's scope
     */
    public Requirements requirements(Edition edition) {
        if (!aisl.isInScope()) {
            throw new IllegalArgumentException(aisl.label() + " is outside the scope of the AIST guideline ("
                    + edition.titleEn() + " covers AISL 0 to 2); Tenken does not assess components at this level");
        }
        List<Message> caveats = new ArrayList<>();
        ExternalLevel safetyRow = aisl;
        if (aisl == SafetyLevel.AISL_2) {
            safetyRow = SafetyLevel.AISL_1;
            caveats.add(Message.of("caveat.aisl2"));
        }
        if (!aiprl.isZero()) {
            caveats.add(Message.of("caveat.privacy", aiprl.label()));
        }
        RequirementTable table = RequirementTable.of(edition);
        List<ExternalLevel> rows = List.of(safetyRow, aifl, aipl);
        List<RequiredLevel> levels = new ArrayList<>();
        for (InternalCharacteristic c : InternalCharacteristic.values()) {
            List<InternalLevel> perScale = new ArrayList<>();
            List<String> drivers = new ArrayList<>();
            for (LevelScale scale : c.scales()) {
                InternalLevel max = new InternalLevel(scale, 0);
                for (ExternalLevel row : rows) {
                    InternalLevel cell = table.cell(row, c);
                    if (cell.scale() == scale && cell.rank() > max.rank()) {
                        max = cell;
                    }
                }
                perScale.add(max);
                for (ExternalLevel row : rows) {
                    InternalLevel cell = table.cell(row, c);
                    String label = row == safetyRow ? aisl.label() : row.label();
                    if (!max.isNone() && cell.equals(max) && !drivers.contains(label)) {
                        drivers.add(label);
                    }
                }
            }
            levels.add(new RequiredLevel(c, perScale, drivers));
        }
        return new Requirements(edition, levels, caveats);
    }
}
