package io.github.tenken.cli;

import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's own texts ({@code cli.*}): each English one has a Japanese one that reads the same arguments. */
class CliMessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @Test
    void everyCliKeyIsInBothLanguagesWithTheSameArguments() {
        Messages en = Messages.of(ReportLanguage.EN);
        Messages ja = Messages.of(ReportLanguage.JA);
        Set<String> enKeys = cliKeys(en);
        assertThat(enKeys).as("keys the summary and the progress lines use").contains("cli.summary.title",
                "cli.summary.overall.shortfalls", "cli.progress.done", "cli.progress.opening.OPERATION");
        assertThat(cliKeys(ja)).isEqualTo(enKeys);
        List<String> differ = new ArrayList<>();
        for (String key : enKeys) {
            if (!placeholders(en.catalog().pattern(key)).equals(placeholders(ja.catalog().pattern(key)))) {
                differ.add(key);
            }
            if (!ja.catalog().pattern(key).equals(en.catalog().pattern(key))
                    && ja.catalog().pattern(key).chars().noneMatch(c -> c > 0x3000)) {
                differ.add(key + " (no Japanese character)");
            }
        }
        assertThat(differ).isEmpty();
    }

    private static Set<String> cliKeys(Messages m) {
        Set<String> keys = new TreeSet<>();
        m.keys().stream().filter(k -> k.startsWith("cli.")).forEach(keys::add);
        return keys;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
