package io.github.tenken.report.i18n;

import io.github.tenken.check.Status;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.html.Glossary;
import io.github.tenken.result.ItemState;
import io.github.tenken.result.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessagesTest {

    @Test
    void everyKeyExistsInBothLanguages() {
        Messages en = Messages.of(ReportLanguage.EN);
        Messages ja = Messages.of(ReportLanguage.JA);
        assertThat(ja.keys()).isEqualTo(en.keys());
        assertThat(en.keys()).hasSizeGreaterThan(100);
    }

    @Test
    void noLabelIsBlankAndJapaneseIsReadAsUtf8() {
        for (ReportLanguage language : ReportLanguage.values()) {
            Messages m = Messages.of(language);
            m.keys().forEach(k -> assertThat(m.get(k)).as("%s in %s", k, language).isNotBlank());
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
        assertThatThrownBy(() -> en.get("no.such.key"))
                .hasMessage("no label \"no.such.key\" in messages_en.properties");
    }
}
