package io.github.tenken.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Rendering of {@link Message}s from the bundles on the class path: each argument type, plural forms, fallback to
 * English and then to the key, share formatting, and that core's English and Japanese bundles hold the same keys.
 * The {@code test.*} keys come from test-only bundles in {@code src/test/resources/tenken}.
 */
class MessageCatalogTest {

    private static final MessageCatalog EN = MessageCatalog.of(Language.EN);
    private static final MessageCatalog JA = MessageCatalog.of(Language.JA);

    @Test
    void eachArgumentTypeIsFormattedForTheLanguage() {
        Message all = new Message("test.all", List.of(new Arg.Count(16281), new Arg.Share(0.241), new Arg.Num(0.83125),
                new Arg.Text("age {1}"), new Arg.Nested(Message.of("test.nested", 3L)),
                new Arg.Join(List.of(new Arg.Text("sex"), new Arg.Count(1200), new Arg.Share(0.5)))));
        assertThat(EN.render(all)).isEqualTo(
                "count 16,281, share 24.1%, num 0.8313, text age {1}, nested [inner 3], join [sex, 1,200, 50.0%]");
        assertThat(JA.render(all)).isEqualTo(
                "件数 16,281、割合 24.1%、数値 0.8313、文字 age {1}、入れ子 [内側 3]、列挙 [sex、1,200、50.0%]");
    }

    @Test
    void plainValuesAreTypedByKind() {
        Message m = Message.of("k", 3L, 7, 2.5, "text", Message.of("test.nested", 1L), List.of("a", 2L), true);
        assertThat(m.args()).containsExactly(new Arg.Count(3), new Arg.Count(7), new Arg.Num(2.5),
                new Arg.Text("text"), new Arg.Nested(Message.of("test.nested", 1L)),
                new Arg.Join(List.of(new Arg.Text("a"), new Arg.Count(2))), new Arg.Text("true"));
    }

    @Test
    void numbersHaveAtMostFourDecimalsAndNoExponent() {
        assertThat(EN.format(new Arg.Num(3.0))).isEqualTo("3");
        assertThat(EN.format(new Arg.Num(2.5))).isEqualTo("2.5");
        assertThat(EN.format(new Arg.Num(1234.56789))).isEqualTo("1234.5679");
        assertThat(EN.format(new Arg.Num(0.000123456))).isEqualTo("0.0001235");
        assertThat(EN.format(new Arg.Num(-0.5))).isEqualTo("-0.5");
        assertThat(EN.format(new Arg.Num(1e20))).isEqualTo("100000000000000000000");
        assertThat(EN.format(new Arg.Num(Double.NaN))).isEqualTo("NaN");
        assertThat(EN.format(new Arg.Num(Double.NEGATIVE_INFINITY))).isEqualTo("-Infinity");
        assertThat(EN.format(new Arg.Count(-1234567))).isEqualTo("-1,234,567");
        assertThat(EN.format(new Arg.Text(null))).isEmpty();
    }

    @Test
    void pluralFormsFollowACountOfOne() {
        assertThat(EN.render(Message.of("test.count", 1L))).isEqualTo("1 row checked");
        assertThat(EN.render(Message.of("test.count", 0L))).isEqualTo("0 rows checked");
        assertThat(EN.render(Message.of("test.count", 2L))).isEqualTo("2 rows checked");
        assertThat(EN.render(Message.of("test.count", 1001L))).isEqualTo("1,001 rows checked");
        // only a count is singular: the number 1.0 takes the plural form
        assertThat(EN.render(new Message("test.count", List.of(new Arg.Num(1))))).isEqualTo("1 rows checked");
        assertThat(JA.render(Message.of("test.count", 1L))).isEqualTo("1 行を確認");
    }

    @Test
    void sharesNeverRoundAPartToNothingOrToAll() {
        assertThat(EN.format(new Arg.Share(0))).isEqualTo("0%");
        assertThat(EN.format(new Arg.Share(1))).isEqualTo("100%");
        assertThat(EN.format(new Arg.Share(0.241))).isEqualTo("24.1%");
        assertThat(EN.format(new Arg.Share(0.0004))).isEqualTo("<0.1%");
        assertThat(EN.format(new Arg.Share(Double.MIN_VALUE))).isEqualTo("<0.1%");
        assertThat(EN.format(new Arg.Share(0.00049999))).isEqualTo("<0.1%");
        assertThat(EN.format(new Arg.Share(0.0005))).isEqualTo("0.1%");
        assertThat(EN.format(new Arg.Share(0.9996))).isEqualTo(">99.9%");
        assertThat(EN.format(new Arg.Share(Math.nextDown(1.0)))).isEqualTo(">99.9%");
        // 0.9995 is 99.95%: rounded to one decimal it would read 100.0%, though a part is missing
        assertThat(EN.format(new Arg.Share(0.9995))).isEqualTo(">99.9%");
        assertThat(EN.format(new Arg.Share(Math.nextDown(0.9995)))).isIn("99.9%", ">99.9%");
        assertThat(EN.format(new Arg.Share(0.999))).isEqualTo("99.9%");
        assertThat(EN.format(new Arg.Share(Double.NaN))).isEqualTo("-");
        // every share strictly between 0 and 1 reads as neither 0% nor 100%
        List<String> wrong = new java.util.ArrayList<>();
        for (int i = 1; i < 100_000; i++) {
            double share = i / 100_000.0;
            String text = EN.format(new Arg.Share(share));
            if (text.equals("0.0%") || text.equals("0%") || text.equals("100.0%") || text.equals("100%")) {
                wrong.add(share + " -> " + text);
            }
        }
        assertThat(wrong).as("partial shares shown as none or all").isEmpty();
    }

    @Test
    void aKeyMissingFromJapaneseFallsBackToEnglishThenToTheKey() {
        assertThat(JA.has("test.onlyEnglish")).isFalse();
        assertThat(JA.render(Message.of("test.onlyEnglish", 5L))).isEqualTo("only in English: 5");
        assertThat(EN.render(Message.of("no.such.key", 3L, "x", 0.25))).isEqualTo("no.such.key 3 x 0.25");
        assertThat(JA.render(Message.of("no.such.key"))).isEqualTo("no.such.key");
        // a nested message falls back on its own
        assertThat(JA.render(Message.of("test.nested", Message.of("test.onlyEnglish", 1L))))
                .isEqualTo("内側 only in English: 1");
    }

    @Test
    void literalsMissingArgumentsAndBracesThatAreNoPlaceholders() {
        assertThat(EN.render(Message.literal("as {0} is"))).isEqualTo("as {0} is");
        assertThat(JA.render(Message.literal("同じ"))).isEqualTo("同じ");
        assertThat(EN.render(null)).isEmpty();
        assertThat(EN.render(Message.of("test.braces", "x"))).isEqualTo("kept {x}, {} and {9}; filled x");
        assertThat(EN.render(Message.of("test.braces"))).isEqualTo("kept {x}, {} and {9}; filled {0}");
        assertThat(EN.text("status.PASS")).isEqualTo("pass");
        assertThat(JA.text("status.PASS")).isEqualTo("合格");
        assertThat(EN.conflicts()).isEmpty();
        assertThat(JA.conflicts()).isEmpty();
    }

    @Test
    void coresEnglishAndJapaneseBundlesHaveTheSameKeys() throws IOException {
        Set<String> en = keys("messages_en.properties");
        Set<String> ja = keys("messages_ja.properties");
        assertThat(en).as("core's English keys").isNotEmpty().contains("engine.error.run", "item.checkFailed");
        assertThat(new TreeSet<>(ja)).as("core's Japanese keys").isEqualTo(new TreeSet<>(en));
        for (String key : en) {
            assertThat(EN.has(key)).as("English catalog holds %s", key).isTrue();
            assertThat(JA.has(key)).as("Japanese catalog holds %s", key).isTrue();
            assertThat(placeholders(JA.pattern(key))).as("placeholders of %s", key)
                    .isEqualTo(placeholders(EN.pattern(key)));
        }
    }

    /** The keys of one of core's own bundles, read from its source file (test bundles add keys of their own). */
    private static Set<String> keys(String file) throws IOException {
        Path path = Path.of(System.getProperty("basedir", "."), "src/main/resources/META-INF/tenken", file);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p.stringPropertyNames();
    }

    /** The argument numbers a pattern uses, e.g. [0, 1]. */
    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> n = new TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (m.find()) {
            n.add(Integer.parseInt(m.group(1)));
        }
        return n;
    }
}
