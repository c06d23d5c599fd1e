package io.github.tenken.report.i18n;

import io.github.tenken.check.Status;
import io.github.tenken.message.Arg;
import io.github.tenken.message.Language;
import io.github.tenken.message.Message;
import io.github.tenken.message.MessageCatalog;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.html.Glossary;
import io.github.tenken.result.ItemState;
import io.github.tenken.result.Verdict;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessagesTest {

    /** The keys of the report module's own bundle of a language, read from its source file. */
    private static Set<String> ownKeys(String tag) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/META-INF/tenken/messages_" + tag + ".properties"),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    @Test
    void theReportsOwnBundlesHoldTheSameKeysInBothLanguages() throws IOException {
        Set<String> en = ownKeys("en");
        assertThat(ownKeys("ja")).isEqualTo(en);
        assertThat(en).hasSizeGreaterThan(100);
    }

    @Test
    void everyEnglishKeyOnTheClassPathHasAJapaneseTextAndNoBundleContradictsAnother() throws IOException {
        Messages en = Messages.of(ReportLanguage.EN);
        Messages ja = Messages.of(ReportLanguage.JA);
        assertThat(ja.keys()).containsAll(en.keys());
        assertThat(en.keys()).containsAll(ownKeys("en"));
        assertThat(MessageCatalog.of(Language.EN).conflicts()).isEmpty();
        assertThat(MessageCatalog.of(Language.JA).conflicts()).isEmpty();
    }

    @Test
    void englishAndJapaneseTextsOfEveryKeyReadTheSameArguments() {
        MessageCatalog en = MessageCatalog.of(Language.EN);
        MessageCatalog ja = MessageCatalog.of(Language.JA);
        List<String> problems = new ArrayList<>();
        for (String key : en.keys()) {
            List<Integer> english = Placeholders.arguments(en.pattern(key));
            List<Integer> japanese = Placeholders.arguments(ja.pattern(key));
            if (!english.equals(japanese)) {
                problems.add(key + ": en reads " + english + ", ja reads " + japanese);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noOwnLabelIsBlankAndJapaneseIsReadAsUtf8() throws IOException {
        for (ReportLanguage language : ReportLanguage.values()) {
            Messages m = Messages.of(language);
            ownKeys(language.tag()).forEach(k -> assertThat(m.get(k)).as("%s in %s", k, language).isNotBlank());
        }
        assertThat(Messages.of(ReportLanguage.JA).get("section.summary")).isEqualTo("概要");
        assertThat(Messages.of(ReportLanguage.EN).get("section.summary")).isEqualTo("Summary");
    }

    @Test
    void everyEnumTheReportNamesHasALabel() {
        for (ReportLanguage language : ReportLanguage.values()) {
            Messages m = Messages.of(language);
            for (Status s : Status.values()) {
                assertThat(m.keys()).contains("status." + s.name());
            }
            for (Verdict v : Verdict.values()) {
                assertThat(m.keys()).contains("verdict." + v.name(), "verdict.overall." + v.name());
            }
            for (ItemState s : ItemState.values()) {
                assertThat(m.keys()).contains("itemState." + s.name());
            }
            for (String term : Glossary.TERMS) {
                assertThat(m.keys()).contains("glossary." + term + ".term", "glossary." + term + ".text");
            }
        }
    }

    @Test
    void formatsArgumentsAndNamesAMissingKey() {
        Messages en = Messages.of(ReportLanguage.EN);
        assertThat(en.format("table.truncated", 60, 75))
                .isEqualTo("Showing the first 60 of 75 rows; the JSON report holds them all.");
        assertThat(en.format("table.truncated", 60, 16281))
                .isEqualTo("Showing the first 60 of 16,281 rows; the JSON report holds them all.");
        assertThatThrownBy(() -> en.get("no.such.key"))
                .hasMessage("no label \"no.such.key\" in the en message bundles (META-INF/tenken/messages_en.properties)");
        assertThatThrownBy(() -> Messages.of(ReportLanguage.JA).get("no.such.key"))
                .hasMessage("no label \"no.such.key\" in the ja message bundles (META-INF/tenken/messages_ja.properties)");
    }

    @Test
    void rendersResultMessagesColumnsAndUnitsInItsLanguage() {
        Messages en = Messages.of(ReportLanguage.EN);
        Messages ja = Messages.of(ReportLanguage.JA);
        Message status = Message.of("item.checkStatus", Arg.text("b3.duplicates"), Message.of("status.FAIL"));
        assertThat(en.render(status)).isEqualTo("b3.duplicates (fail)");
        assertThat(ja.render(status)).isEqualTo("b3.duplicates (不合格)");
        assertThat(en.column("missing")).isEqualTo("missing");
        assertThat(ja.column("missing")).isEqualTo("欠損");
        assertThat(ja.column("age")).as("a key no bundle names is a data value, shown as it is").isEqualTo("age");
        assertThat(en.unit("rows")).isEqualTo("rows");
        assertThat(ja.unit("rows")).isEqualTo("行");
        assertThat(ja.unit("furlongs")).isEqualTo("furlongs");
    }
}
