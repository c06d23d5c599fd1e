package io.github.tenken.guideline;

/** The external quality characteristics of an ML component and the name of their level scale. */
public enum ExternalCharacteristic {
    /** Risk avoidance (safety), levels AISL 0 ... 4. */
    RISK_AVOIDANCE("risk avoidance", "リスク回避性", "AISL"),
    /** AI performance, levels AIPL 0-2. */
    PERFORMANCE("AI performance", "AIパフォーマンス", "AIPL"),
    /** Fairness, levels AIFL 0-2. */
    FAIRNESS("fairness", "公平性", "AIFL"),
    /** Privacy, levels AIPrL 0-2; the third edition maps no internal characteristic to it. */
    PRIVACY("privacy", "プライバシー", "AIPrL"),
    /** AI security; the guideline defines no levels for it. */
    SECURITY("AI security", "AIセキュリティ", "");

    private final String nameEn;
    private final String nameJa;
    private final String levelName;

    ExternalCharacteristic(String nameEn, String nameJa, String levelName) {
        this.nameEn = nameEn;
        this.nameJa = nameJa;
        this.levelName = levelName;
    }

    /** English name. */
    public String nameEn() {
        return nameEn;
    }

    /** Japanese name. */
    public String nameJa() {
        return nameJa;
    }

    /** The name of the level scale ({@code AISL}, {@code AIPL}, ...); empty for security. */
    public String levelName() {
        return levelName;
    }
}
