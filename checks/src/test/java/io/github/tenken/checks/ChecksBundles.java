package io.github.tenken.checks;

import io.github.tenken.checks.balance.ClassBalanceCheck;
import io.github.tenken.message.Language;
import io.github.tenken.message.MessageCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The message bundles of the checks module itself (not core's, nor any other jar's on the class path). */
final class ChecksBundles {

    private ChecksBundles() {
    }

    /**
     * Every key and pattern of the bundles of the modules that ship checks: the checks module's, and the Smile
     * module's when it is on the class path (its checks train models).
     */
    static Map<String, String> read(Language language) {
        Map<String, String> out = new TreeMap<>(read(language, ClassBalanceCheck.class));
        try {
            out.putAll(read(language, Class.forName("io.github.tenken.smile.checks.LabelNoiseCheck")));
        } catch (ClassNotFoundException e) {
            // the checks module alone
        }
        return out;
    }

    private static Map<String, String> read(Language language, Class<?> inModule) {
        String name = String.format(MessageCatalog.BUNDLE, language.tag());
        String home = inModule.getProtectionDomain().getCodeSource().getLocation().toString();
        try {
            for (URL url : Collections.list(ChecksBundles.class.getClassLoader().getResources(name))) {
                String u = url.toString();
                if (u.startsWith(home) || u.startsWith("jar:" + home)) {
                    Properties p = new Properties();
                    try (InputStream in = url.openStream()) {
                        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    }
                    Map<String, String> out = new TreeMap<>();
                    p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
                    return out;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no " + name + " in " + home);
    }

    /** The argument indices a pattern fills: {@code {0}} and {@code {0?row|rows}} both fill 0. */
    static Set<Integer> arguments(String pattern) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)(\\?[^}]*)?}").matcher(pattern);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }
}
