package io.github.tenken.report;

import java.util.Locale;

/** The language a human-readable report is written in. */
public enum ReportLanguage {
    /** English, the default. */
    EN,
    /** Japanese, with the guideline's Japanese names. */
    JA;

    /**
     * The language named by a code such as {@code en}, {@code EN}, {@code ja} or {@code ja-JP}.
     *
     * @param code the language code
     * @return the language
     * @throws IllegalArgumentException when the code names no supported language
     */
    public static ReportLanguage parse(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("report language must not be blank; expected one of: en, ja");
        }
        String normalized = code.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        String primary = normalized.contains("-") ? normalized.substring(0, normalized.indexOf('-')) : normalized;
        switch (primary) {
            case "en":
            case "english":
                return EN;
            case "ja":
            case "jp":
            case "japanese":
                return JA;
            default:
                throw new IllegalArgumentException(
                        "unknown report language '" + code + "'; expected one of: en, ja");
        }
    }

    /** The language of the result messages. */
    public io.github.tenken.message.Language language() {
        return this == JA ? io.github.tenken.message.Language.JA : io.github.tenken.message.Language.EN;
    }

    /** The BCP 47 tag written into the HTML {@code lang} attribute. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
