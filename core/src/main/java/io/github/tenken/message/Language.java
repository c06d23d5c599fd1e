package io.github.tenken.message;

import java.util.Locale;

/** The languages Tenken writes results in. */
public enum Language {
    /** English. */
    EN("en", ", ", Locale.ENGLISH),
    /** Japanese. */
    JA("ja", "、", Locale.JAPANESE);

    private final String tag;
    private final String listSeparator;
    private final Locale locale;

    Language(String tag, String listSeparator, Locale locale) {
        this.tag = tag;
        this.listSeparator = listSeparator;
        this.locale = locale;
    }

    /** The language tag, {@code en} or {@code ja}. */
    public String tag() {
        return tag;
    }

    /** What separates the items of a list in a sentence. */
    public String listSeparator() {
        return listSeparator;
    }

    /** The locale. */
    public Locale locale() {
        return locale;
    }

    /** The language of a tag ({@code en}, {@code ja}, any case); an error listing the tags otherwise. */
    public static Language of(String tag) {
        for (Language l : values()) {
            if (l.tag.equalsIgnoreCase(tag == null ? "" : tag.trim())) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown language \"" + tag + "\"; expected en or ja");
    }
}
