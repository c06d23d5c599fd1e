package io.github.tenken.guideline;

import static io.github.tenken.guideline.InternalCharacteristic.*;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The guideline's table of the internal levels each external level requires.
 *
 * <p>Third edition, as in GUIDELINE.md: rows AISL 0.1, 0.2, 1; AIFL 1, 2; AIPL 1, 2. Level 0 of any external
 * characteristic requires nothing. B-2 cells are S levels in the AISL rows and E levels in the AIFL and AIPL rows;
 * AIPL rows require nothing of B-3.
 */
public final class RequirementTable {

    private static final InternalCharacteristic[] COLUMNS = {A_1, A_2, B_1, B_2, B_3, C_1, C_2, D_1, E_1};
    private final Map<ExternalLevel, Map<InternalCharacteristic, InternalLevel>> rows = new LinkedHashMap<>();

    private RequirementTable() {
    }

    /** The table of one edition (a switch over every edition: a new edition cannot be added without its table). */
    public static RequirementTable of(Edition edition) {
        return switch (edition) {
            case THIRD -> third();
        };
    }

    private static RequirementTable third() {
        RequirementTable t = new RequirementTable();
        t.row(SafetyLevel.AISL_0_1, "1 1 1 S1 1 1 1 1 1");
        t.row(SafetyLevel.AISL_0_2, "2 2 2 S2 2 2 2 2 2");
        t.row(SafetyLevel.AISL_1, "3 3 3 S2 3 3 3 3 3");
        t.row(FairnessLevel.AIFL_1, "1 1 2 E1 1 1 1 1 2");
        t.row(FairnessLevel.AIFL_2, "2 2 3 E2 2 2 2 2 3");
        t.row(PerformanceLevel.AIPL_1, "1 1 1 E1 0 1 1 1 1");
        t.row(PerformanceLevel.AIPL_2, "2 2 2 E2 0 2 2 2 2");
        return t;
    }

    /**
     * The cell for one external level and one internal characteristic; rank 0 when the row asks nothing of it or the
     * external level is 0. AISL 2, which the third edition gives no row, is not resolved here: see
     * {@link QualityProfile#requirements(Edition)}.
     */
    public InternalLevel cell(ExternalLevel external, InternalCharacteristic internal) {
        Map<InternalCharacteristic, InternalLevel> row = rows.get(external);
        if (row == null) {
            return new InternalLevel(internal.scales().get(0), 0);
        }
        return row.get(internal);
    }

    /** Whether the table has a row for this external level. */
    public boolean hasRow(ExternalLevel external) {
        return rows.containsKey(external);
    }

    private void row(ExternalLevel external, String cells) {
        String[] parts = cells.split(" ");
        Map<InternalCharacteristic, InternalLevel> row = new EnumMap<>(InternalCharacteristic.class);
        for (int i = 0; i < COLUMNS.length; i++) {
            InternalLevel level = InternalLevel.parse(parts[i]);
            if (COLUMNS[i] == B_2 && level.isNone()) {
                level = InternalLevel.effectiveness(0);
            }
            row.put(COLUMNS[i], level);
        }
        rows.put(external, row);
    }
}
