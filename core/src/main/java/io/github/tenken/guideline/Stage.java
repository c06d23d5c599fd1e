package io.github.tenken.guideline;

/** The lifecycle stage an internal quality characteristic belongs to. */
public enum Stage {
    /** Requirements analysis and data design. */
    REQUIREMENTS_AND_DATA_DESIGN("requirements and data design", "要求分析・データ設計"),
    /** Building the datasets (B-1, B-2, B-3). */
    DATA("datasets", "データセット"),
    /** Training and testing the model (C-1, C-2). */
    MODEL("trained model", "機械学習モデル"),
    /** The software that embeds the model (D-1). */
    SOFTWARE("software", "ソフトウェア"),
    /** Operation after release (E-1). */
    OPERATION("operation", "運用");

    private final String nameEn;
    private final String nameJa;

    Stage(String nameEn, String nameJa) {
        this.nameEn = nameEn;
        this.nameJa = nameJa;
    }

    /** English name. */
    public String nameEn() {
        return nameEn;
    }

    /** Japanese name. */
    public String nameJa() {
        return nameJa;
    }
}
