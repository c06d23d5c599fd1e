package io.github.tenken.report.i18n;

import io.github.tenken.message.Message;
import io.github.tenken.message.MessageCatalog;
import io.github.tenken.report.ReportLanguage;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * The texts of a report in one language: the report's own labels and every result {@link Message}, all from the
 * message bundles on the class path ({@link MessageCatalog}); the report module's labels live in its
 * {@code META-INF/tenken/messages_<language>.properties}.
 *
 * <pre>{@code
 * Messages ja = Messages.of(ReportLanguage.JA);
 * ja.get("section.summary");                  // "概要"
 * ja.render(check.explanation());             // the check's sentence in Japanese
 * }</pre>
 */
public final class Messages {

    private static final Map<ReportLanguage, Messages> CACHE = new EnumMap<>(ReportLanguage.class);

    private final ReportLanguage language;
    private final MessageCatalog catalog;

    private Messages(ReportLanguage language) {
        this.language = language;
        this.catalog = MessageCatalog.of(language.language());
    }

    /** The texts of one language. */
    public static synchronized Messages of(ReportLanguage language) {
        return CACHE.computeIfAbsent(language, Messages::new);
    }

    /** The language. */
    public ReportLanguage language() {
        return language;
    }

    /** The catalog behind these texts. */
    public MessageCatalog catalog() {
        return catalog;
    }

    /** Every key, sorted. */
    public Set<String> keys() {
        return catalog.keys();
    }

    /** The label for a key; a clear error naming the bundle when the key is missing. */
    public String get(String key) {
        String text = catalog.pattern(key);
        if (text == null) {
            throw new IllegalArgumentException("no label \"" + key + "\" in the " + language.tag()
                    + " message bundles (" + String.format(MessageCatalog.BUNDLE, language.tag()) + ")");
        }
        return catalog.text(key);
    }

    /** The label for a key with {@code {0}}, {@code {1}} filled in. */
    public String format(String key, Object... args) {
        get(key);
        return catalog.render(Message.of(key, args));
    }

    /** A result's message in this language. */
    public String render(Message message) {
        return catalog.render(message);
    }

    /** The header of a table column: {@code column.<key>} when a bundle names it, else the key as it is (a value). */
    public String column(String key) {
        return catalog.has("column." + key) ? catalog.text("column." + key) : key;
    }

    /** A unit's word ({@code rows} -> "rows" / "行"), or the unit as it is when no bundle names it. */
    public String unit(String unit) {
        return catalog.has("unit." + unit) ? catalog.text("unit." + unit) : unit;
    }
}
