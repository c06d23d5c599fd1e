package io.github.tenken.report.html;

import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.svg.Contrast;
import io.github.tenken.report.testing.SampleResults;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text colours of the report's stylesheet, read from the rendered CSS, against the backgrounds they stand on
 * (WCAG 2 contrast, at least 4.5:1 for normal text).
 */
class ReportContrastTest {

    private static final Pattern VARIABLE = Pattern.compile("--([a-z-]+):(#[0-9a-f]{6})");

    @Test
    void everyTextColourHasAtLeastFourAndAHalfToOneOnItsBackground() {
        String html = HtmlReport.render(SampleResults.rich(42), ReportLanguage.EN);
        String css = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
        Map<String, String> v = new HashMap<>();
        Matcher m = VARIABLE.matcher(css);
        while (m.find()) {
            v.put(m.group(1), m.group(2));
        }
        String white = "#ffffff";
        String[][] pairs = {
            {"ink on white", v.get("ink"), white},
            {"ink on page", v.get("ink"), v.get("bg")},
            {"muted on white", v.get("muted"), white},
            {"muted on table headers", v.get("muted"), v.get("soft")},
            {"muted on the page", v.get("muted"), v.get("bg")},
            {"muted on the failing verdict", v.get("muted"), "#fff7f7"},
            {"pass badge", v.get("pass"), v.get("pass-bg")},
            {"warn badge", v.get("warn"), v.get("warn-bg")},
            {"fail badge", v.get("fail"), v.get("fail-bg")},
            {"error badge", v.get("error"), v.get("error-bg")},
            {"n/a badge", v.get("na"), v.get("na-bg")},
            {"chart ticks", colour(css, "\\.chart-svg \\.tick\\{font-size:11px;fill:(#[0-9a-f]{6})"), white},
            {"cover text", colour(css, "\\.meta-line\\{[^}]*color:(#[0-9a-f]{6})"), "#173f66"},
            {"brand", colour(css, "\\.brand\\{[^}]*color:(#[0-9a-f]{6})"), "#173f66"},
        };
        for (String[] p : pairs) {
            assertThat(p[1]).as(p[0]).isNotNull();
            assertThat(Contrast.ratio(p[1], p[2])).as("%s: %s on %s", p[0], p[1], p[2]).isGreaterThanOrEqualTo(4.5);
        }
        // the pale grey that items above the required level used to have is gone
        assertThat(css).doesNotContainPattern("[;{]color:#94a3b8");
    }

    private static String colour(String css, String regex) {
        Matcher m = Pattern.compile(regex).matcher(css);
        return m.find() ? m.group(1) : null;
    }
}
