package io.github.tenken.report.i18n;

import io.github.tenken.report.ReportLanguage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportNumbersTest {

    private final ReportNumbers en = ReportNumbers.of(ReportLanguage.EN);
    private final ReportNumbers ja = ReportNumbers.of(ReportLanguage.JA);

    @Test
    void countsAreIntegersWithThousandsSeparatorsInBothLanguages() {
        assertThat(en.count(16_281)).isEqualTo("16,281");
        assertThat(ja.count(1_234_567)).isEqualTo("1,234,567");
        assertThat(en.count(0)).isEqualTo("0");
        assertThat(en.number(32_561.0)).isEqualTo("32,561");
    }

    @Test
    void aNonZeroShareNeverReadsAsZeroOrAll() {
        assertThat(en.percent(7841.0 / 32561)).isEqualTo("24.1%");   // 24.0809...%
        assertThat(en.percent(0.0004)).isEqualTo("<0.1%");
        assertThat(en.percent(2.0 / 32561)).isEqualTo("<0.1%");     // 0.0061%
        assertThat(en.percent(0.00051)).isEqualTo("0.1%");
        assertThat(en.percent(0.99996)).isEqualTo(">99.9%");
        assertThat(en.percent(0)).isEqualTo("0%");
        assertThat(en.percent(1)).isEqualTo("100%");
        assertThat(ja.percent(0.0593)).isEqualTo("5.9%");
    }

    @Test
    void numbersKeepFourDecimalsAndGroupThousands() {
        assertThat(en.number(3.152659099604642)).isEqualTo("3.1527");
        assertThat(en.number(0.000123456)).isEqualTo("0.0001235");
        assertThat(en.number(1234.56789)).isEqualTo("1,234.5679");
        assertThat(en.number(-0.4822)).isEqualTo("-0.4822");
    }

    @Test
    void marginsOfSharesArePercentagePoints() {
        assertThat(en.points(0.05 - 0.0593)).isEqualTo("0.9 pt");
        assertThat(en.points(0.0001)).isEqualTo("<0.1 pt");
        assertThat(en.level(0.95)).isEqualTo("95%");
    }
}
