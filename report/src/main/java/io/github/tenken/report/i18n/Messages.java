package io.github.tenken.report.i18n;

import io.github.tenken.report.ReportLanguage;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The translated labels of the HTML report, one UTF-8 properties file per language
 * ({@code messages_en.properties}, {@code messages_ja.properties}).
 *
 * <pre>{@code
 * Messages ja = Messages.of(ReportLanguage.JA);
 * ja.get("section.summary");                  // "概要"
 * ja.format("checks.count", 12);              // "{0} checks" with 12 in place of {0}
 * }</pre>
 */
public final class Messages {

    private static final Map<ReportLanguage, Messages> CACHE = new EnumMap<>(ReportLanguage.class);

    private final ReportLanguage language;
    private final Map<String, String> texts;

    private Messages(ReportLanguage language, Map<String, String> texts) {
        this.language = language;
        this.texts = Collections.unmodifiableMap(texts);
    }

    /** The labels of one language, loaded once. */
    public static synchronized Messages of(ReportLanguage language) {
        return CACHE.computeIfAbsent(language, Messages::load);
    }

    /** The language. */
    public ReportLanguage language() {
        return language;
    }

    /** Every key, sorted. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(texts.keySet()));
    }

    /** The label for a key; a clear error naming the file when the key is missing. */
    public String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no label \"" + key + "\" in " + resource(language));
        }
        return text;
    }

    /** The label for a key with {@code {0}}, {@code {1}}, ... replaced by the arguments' text. */
    public String format(String key, Object... args) {
        String text = get(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    private static Messages load(ReportLanguage language) {
        String name = resource(language);
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing report labels " + name);
            }
            Properties p = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            Map<String, String> texts = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> texts.put(k, p.getProperty(k)));
            return new Messages(language, texts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report labels " + name, e);
        }
    }

    private static String resource(ReportLanguage language) {
        return "messages_" + language.tag() + ".properties";
    }
}
