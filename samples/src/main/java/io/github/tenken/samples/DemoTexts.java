package io.github.tenken.samples;

import io.github.tenken.message.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The Adult demo's own texts in one language, from {@code adult-demo_<language>.properties} beside the data. */
final class DemoTexts {

    private final Properties texts;

    private DemoTexts(Properties texts) {
        this.texts = texts;
    }

    static DemoTexts of(Language language) {
        String name = "adult-demo_" + language.tag() + ".properties";
        try (InputStream in = DemoTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing demo texts " + name);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new DemoTexts(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo texts " + name, e);
        }
    }

    String get(String key) {
        String v = texts.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("no demo text " + key);
        }
        return v;
    }
}
