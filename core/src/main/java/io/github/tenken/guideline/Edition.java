package io.github.tenken.guideline;

/**
 * An edition of the AIST Machine Learning Quality Management Guideline.
 *
 * <p>The third edition (revision 3.2.1, 2022-08) is the one the AIST test bed Qunomon encodes machine-readably and
 * the one whose required-level table and level items Tenken models. The edition is a value so that later editions
 * can be added beside it.
 */
public enum Edition {
    /** Third edition, revision 3.2.1 (2022-08). */
    THIRD("3rd edition (rev. 3.2.1, 2022-08)", "第3版 (3.2.1版, 2022年8月)", "機械学習品質マネジメントガイドライン第三版");

    private final String titleEn;
    private final String titleJa;
    private final String testBedName;

    Edition(String titleEn, String titleJa, String testBedName) {
        this.titleEn = titleEn;
        this.titleJa = titleJa;
        this.testBedName = testBedName;
    }

    /** The edition as English readers see it, e.g. {@code 3rd edition (rev. 3.2.1, 2022-08)}. */
    public String titleEn() {
        return titleEn;
    }

    /** The edition as Japanese readers see it. */
    public String titleJa() {
        return titleJa;
    }

    /** The guideline's name as the AIST test bed writes it inside quality-dimension URIs. */
    public String testBedName() {
        return testBedName;
    }
}
