package io.github.tenken.message;

import io.github.tenken.internal.Formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders {@link Message}s in one language from the message bundles on the class path: every jar may hold
 * {@code META-INF/tenken/messages_<language>.properties} (UTF-8; under META-INF so that a named module does not encapsulate it), so a user's own checks ship their texts beside the
 * built-in ones.
 *
 * <p>A pattern writes argument {@code n} as {@code {n}} and chooses between a singular and a plural word by a
 * count argument as {@code {n?row|rows}}. A key missing from the language falls back to English, then to the key
 * itself with its arguments, so rendering never fails; tests prove every built-in key exists in both languages.
 *
 * <pre>{@code
 * MessageCatalog ja = MessageCatalog.of(Language.JA);
 * String text = ja.render(result.explanation());
 * }</pre>
 */
public final class MessageCatalog {

    /** Where each jar keeps its bundle: {@code META-INF/tenken/messages_en.properties} and so on. */
    public static final String BUNDLE = "META-INF/tenken/messages_%s.properties";

    private static final Map<Language, MessageCatalog> CACHE = new EnumMap<>(Language.class);

    private final Language language;
    private final Map<String, String> patterns;
    private final List<String> conflicts;

    private MessageCatalog(Language language, Map<String, String> patterns, List<String> conflicts) {
        this.language = language;
        this.patterns = Collections.unmodifiableMap(patterns);
        this.conflicts = List.copyOf(conflicts);
    }

    /** The catalog of a language, loaded once from the class path. */
    public static synchronized MessageCatalog of(Language language) {
        return CACHE.computeIfAbsent(language, MessageCatalog::load);
    }

    /** The language. */
    public Language language() {
        return language;
    }

    /** Every key, sorted. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(new TreeSet<>(patterns.keySet()));
    }

    /** Whether the language's bundles hold this key. */
    public boolean has(String key) {
        return patterns.containsKey(key);
    }

    /** Keys defined differently by two bundles (the first on the class path wins); empty when consistent. */
    public List<String> conflicts() {
        return conflicts;
    }

    /** The raw pattern of a key, if any. */
    public String pattern(String key) {
        return patterns.get(key);
    }

    /** A message in this language. */
    public String render(Message message) {
        if (message == null) {
            return "";
        }
        if (message.isLiteral()) {
            return message.args().isEmpty() ? "" : format(message.args().get(0));
        }
        String pattern = patterns.get(message.key());
        if (pattern == null && language != Language.EN) {
            pattern = of(Language.EN).patterns.get(message.key());
        }
        if (pattern == null) {
            StringBuilder sb = new StringBuilder(message.key());
            for (Arg a : message.args()) {
                sb.append(' ').append(format(a));
            }
            return sb.toString();
        }
        return fill(pattern, message.args());
    }

    /** The text of a key without arguments, e.g. a column header. */
    public String text(String key) {
        return render(Message.of(key));
    }

    /** One argument formatted for this language. */
    public String format(Arg arg) {
        if (arg instanceof Arg.Count c) {
            return Formats.count(c.value());
        }
        if (arg instanceof Arg.Share s) {
            return Formats.share(s.value());
        }
        if (arg instanceof Arg.Num n) {
            return Formats.number(n.value());
        }
        if (arg instanceof Arg.Text t) {
            return Formats.clip(t.value());
        }
        if (arg instanceof Arg.Nested m) {
            return render(m.message());
        }
        List<String> parts = new ArrayList<>();
        for (Arg a : ((Arg.Join) arg).items()) {
            parts.add(format(a));
        }
        return String.join(language.listSeparator(), parts);
    }

    private String fill(String pattern, List<Arg> args) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close < 0 || close == i + 1 || !Character.isDigit(pattern.charAt(i + 1))) {
                out.append(c);
                i++;
                continue;
            }
            String body = pattern.substring(i + 1, close);
            int question = body.indexOf('?');
            String index = question < 0 ? body : body.substring(0, question);
            int n;
            try {
                n = Integer.parseInt(index);
            } catch (NumberFormatException e) {
                out.append(c);
                i++;
                continue;
            }
            Arg arg = n < args.size() ? args.get(n) : new Arg.Text("{" + n + "}");
            if (question < 0) {
                out.append(format(arg));
            } else {
                String[] forms = body.substring(question + 1).split("\\|", -1);
                boolean one = arg instanceof Arg.Count count && count.value() == 1;
                out.append(forms.length == 1 || one ? forms[0] : forms[1]);
            }
            i = close + 1;
        }
        return out.toString();
    }

    private static MessageCatalog load(Language language) {
        String name = String.format(BUNDLE, language.tag());
        Map<String, String> patterns = new LinkedHashMap<>();
        List<String> conflicts = new ArrayList<>();
        for (URL url : resources(name)) {
            Properties p = new Properties();
            try (InputStream in = url.openStream(); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read message bundle " + url, e);
            }
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                String value = p.getProperty(key);
                String before = patterns.putIfAbsent(key, value);
                if (before != null && !before.equals(value)) {
                    conflicts.add(key + " (" + url + ")");
                }
            }
        }
        return new MessageCatalog(language, patterns, conflicts);
    }

    private static Set<URL> resources(String name) {
        Set<URL> urls = new LinkedHashSet<>();
        for (ClassLoader loader : new ClassLoader[]{MessageCatalog.class.getClassLoader(),
                Thread.currentThread().getContextClassLoader()}) {
            if (loader == null) {
                continue;
            }
            try {
                Enumeration<URL> e = loader.getResources(name);
                while (e.hasMoreElements()) {
                    urls.add(e.nextElement());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list message bundles " + name, e);
            }
        }
        return urls;
    }
}
