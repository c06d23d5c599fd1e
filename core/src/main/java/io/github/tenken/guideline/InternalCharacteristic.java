package io.github.tenken.guideline;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The nine internal quality characteristics of an ML component (A-1 ... E-1).
 *
 * <p>Each has a code, its English and Japanese names, the lifecycle stage it belongs to, the scale its levels use
 * and, through {@link #qualityDimensionUri(Edition)}, the quality-dimension URI of the AIST test bed.
 */
public enum InternalCharacteristic {
    /** A-1 sufficiency of problem domain analysis. */
    A_1("A-1", "sufficiency of problem domain analysis", "問題領域分析の十分性", Stage.REQUIREMENTS_AND_DATA_DESIGN),
    /** A-2 sufficiency of data design. */
    A_2("A-2", "sufficiency of data design", "データ設計の十分性", Stage.REQUIREMENTS_AND_DATA_DESIGN),
    /** B-1 coverage of datasets. */
    B_1("B-1", "coverage of datasets", "データセットの被覆性", Stage.DATA),
    /** B-2 uniformity of datasets; levels S1, S2 (safety) and E1, E2 (performance, fairness). */
    B_2("B-2", "uniformity of datasets", "データセットの均一性", Stage.DATA),
    /** B-3 adequacy of data. */
    B_3("B-3", "adequacy of data", "データセットの妥当性", Stage.DATA),
    /** C-1 correctness of the trained model. */
    C_1("C-1", "correctness of the trained model", "機械学習モデルの正確性", Stage.MODEL),
    /** C-2 stability of the trained model. */
    C_2("C-2", "stability of the trained model", "機械学習モデルの安定性", Stage.MODEL),
    /** D-1 reliability of the underlying software. */
    D_1("D-1", "reliability of the underlying software", "プログラムの信頼性", Stage.SOFTWARE),
    /** E-1 maintainability of quality in operation. */
    E_1("E-1", "maintainability of quality in operation", "運用時品質の維持性", Stage.OPERATION);

    private static final String QUALITY_DIMENSIONS = "https://ait-hub.pj.aist.go.jp/ait-hub/api/0.0.1/qualityDimensions/";

    private final String code;
    private final String nameEn;
    private final String nameJa;
    private final Stage stage;

    InternalCharacteristic(String code, String nameEn, String nameJa, Stage stage) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameJa = nameJa;
        this.stage = stage;
    }

    /** The guideline's code, e.g. {@code B-3}. */
    public String code() {
        return code;
    }

    /** English name, e.g. {@code adequacy of data}. */
    public String nameEn() {
        return nameEn;
    }

    /** Japanese name, e.g. {@code データセットの妥当性}. */
    public String nameJa() {
        return nameJa;
    }

    /** The lifecycle stage this characteristic belongs to. */
    public Stage stage() {
        return stage;
    }

    /** The scales this characteristic's levels are measured on: S and E for B-2, the numeric scale for the rest. */
    public List<LevelScale> scales() {
        return this == B_2 ? List.of(LevelScale.SAFETY, LevelScale.EFFECTIVENESS) : List.of(LevelScale.NUMERIC);
    }

    /**
     * The AIST test bed's quality-dimension URI: the code and Japanese name joined with no separator, e.g.
     * {@code .../qualityDimensions/機械学習品質マネジメントガイドライン第三版/B-1データセットの被覆性}.
     */
    public String qualityDimensionUri(Edition edition) {
        return QUALITY_DIMENSIONS + edition.testBedName() + "/" + code + nameJa;
    }

    /** The characteristic with this code ({@code "C-1"}), if any. */
    public static Optional<InternalCharacteristic> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equalsIgnoreCase(code.trim())).findFirst();
    }
}
