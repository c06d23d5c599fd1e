package io.github.tenken.report.html;

import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.testing.DemoResult;
import io.github.tenken.report.testing.SampleResults;
import io.github.tenken.result.AssessmentResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Loads rendered reports from {@code file://} in a real headless Chromium and checks what a reader sees: the nine
 * characteristic sections, charts with a visible size, and hostile data shown as text, never as elements.
 *
 * <p>Skipped only when Chromium or its driver is absent and the environment variable {@code CI} is not
 * {@code true}; in CI a missing browser fails. With {@code -Dtenken.screenshot=/path.png} it also saves a full-page
 * screenshot of the sample report, 1280 pixels wide.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportBrowserTest {

    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path BROWSER = Path.of("/usr/bin/chromium");

    private ChromeDriver driver;
    private Path work;
    private AssessmentResult rich;
    private Path richFile;
    private Path hostileFile;
    private AssessmentResult demo;
    private Path demoFile;
    private Path demoJapaneseFile;
    private Path hostileCsvFile;

    @BeforeAll
    void startBrowser() throws IOException {
        boolean present = Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER);
        if (!present) {
            String message = "headless Chromium needs " + BROWSER + " and " + DRIVER
                    + " (Debian packages chromium and chromium-driver)";
            if ("true".equals(System.getenv("CI"))) {
                fail("in CI the browser must be installed: " + message);
            }
            Assumptions.abort(message);
        }
        work = Files.createTempDirectory("tenken-browser");
        rich = SampleResults.rich(42);
        richFile = work.resolve("rich.html");
        hostileFile = work.resolve("hostile.html");
        HtmlReport.write(rich, ReportLanguage.EN, richFile);
        HtmlReport.write(SampleResults.hostile(), ReportLanguage.EN, hostileFile);
        demo = DemoResult.get();
        demoFile = work.resolve("demo.html");
        HtmlReport.write(demo, ReportLanguage.EN, demoFile);
        demoJapaneseFile = work.resolve("demo-ja.html");
        HtmlReport.write(demo, ReportLanguage.JA, demoJapaneseFile);
        hostileCsvFile = work.resolve("hostile-csv.html");
        HtmlReport.write(HostileCsv.assess(work), ReportLanguage.EN, hostileCsvFile);

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900",
                "--user-data-dir=" + work.resolve("profile"));
        driver = new ChromeDriver(service, options);
    }

    /**
     * Opens a report and waits (at most ten seconds) until the browser has parsed it to its footer: a loaded
     * event can come before a large file's last sections are in the DOM on a busy machine.
     */
    private void open(Path file) {
        driver.get(file.toUri().toString());
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long until = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < until && !Boolean.TRUE.equals(js.executeScript(
                "return document.readyState === 'complete' && document.querySelector('footer') !== null"))) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (work != null) {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void showsOneSectionPerCharacteristicInGuidelineOrder() {
        open(richFile);
        List<String> ids = driver.findElements(By.cssSelector("section.char")).stream()
                .map(e -> e.getAttribute("id")).toList();
        assertThat(ids).containsExactly("char-A-1", "char-A-2", "char-B-1", "char-B-2", "char-B-3", "char-C-1",
                "char-C-2", "char-D-1", "char-E-1");
        assertThat(driver.findElement(By.id("char-C-1")).findElement(By.tagName("h2")).getText())
                .isEqualTo("Correctness of the trained model");
        assertThat(driver.findElements(By.cssSelector("article.check"))).hasSize(rich.checks().size());
    }

    @Test
    void everyChartIsDrawnWithAVisibleSize() {
        open(richFile);
        List<WebElement> charts = driver.findElements(By.cssSelector("figure.chart svg"));
        long expected = rich.checks().stream().mapToLong(c -> c.charts().size()).sum();
        assertThat(charts).hasSize((int) expected).hasSize(4);
        for (WebElement svg : charts) {
            Rectangle rect = svg.getRect();
            assertThat(svg.isDisplayed()).as("chart %s displayed", svg.getAttribute("aria-label")).isTrue();
            assertThat(rect.getWidth()).as("width of %s", svg.getAttribute("aria-label")).isGreaterThan(100);
            assertThat(rect.getHeight()).as("height of %s", svg.getAttribute("aria-label")).isGreaterThan(50);
        }
    }

    @Test
    void theDemoReportShowsTheNineCharacteristicsAndVisibleCharts() {
        open(demoFile);
        assertThat(driver.findElements(By.cssSelector("section.char")).stream().map(e -> e.getAttribute("id")))
                .containsExactly("char-A-1", "char-A-2", "char-B-1", "char-B-2", "char-B-3", "char-C-1",
                        "char-C-2", "char-D-1", "char-E-1");
        assertThat(driver.findElements(By.cssSelector("article.check"))).hasSize(demo.checks().size());
        List<WebElement> charts = driver.findElements(By.cssSelector("figure.chart svg"));
        long expected = drawnCharts(demo);
        // class balance, histogram, confusion matrix, two perturbation charts, ROC, PR, reliability, three group charts
        assertThat(expected).isGreaterThanOrEqualTo(11);
        assertThat(charts).hasSize((int) expected);
        for (WebElement svg : charts) {
            Rectangle rect = svg.getRect();
            assertThat(svg.isDisplayed()).as("chart %s displayed", svg.getAttribute("aria-label")).isTrue();
            assertThat(rect.getWidth()).as("width of %s", svg.getAttribute("aria-label")).isGreaterThan(100);
            assertThat(rect.getHeight()).as("height of %s", svg.getAttribute("aria-label")).isGreaterThan(50);
        }
        assertThat(driver.findElements(By.tagName("script"))).isEmpty();
    }

    @Test
    void theJapaneseDemoReportLabelsEveryChartInJapanese() {
        open(demoJapaneseFile);
        List<WebElement> figures = driver.findElements(By.cssSelector("figure.chart"));
        assertThat(figures).hasSize((int) drawnCharts(demo));
        for (WebElement figure : figures) {
            String caption = figure.findElement(By.tagName("figcaption")).getText();
            WebElement svg = figure.findElement(By.tagName("svg"));
            assertThat(svg.getAttribute("aria-label")).isEqualTo(caption);
            assertThat(caption).as("caption in Japanese").containsPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
            assertThat(svg.isDisplayed()).as("chart %s displayed", caption).isTrue();
        }
        assertThat(driver.findElement(By.id("char-C-1")).findElement(By.tagName("h2")).getText())
                .isEqualTo("機械学習モデルの正確性");
    }

    @Test
    void aHostileCsvAssessedByTheRealChecksCreatesNoElement() {
        open(hostileCsvFile);
        Object scripts = ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('script, img, iframe, [onerror], [onclick]').length");
        assertThat(((Number) scripts).intValue()).isZero();
        String body = driver.findElement(By.tagName("body")).getText();
        assertThat(body).contains(HostileCsv.COLUMN).contains(HostileCsv.VALUE).contains(HostileCsv.QUOTED);
    }

    @Test
    void hostileDataAppearsAsTextAndCreatesNoElement() {
        open(hostileFile);
        assertThat(driver.findElements(By.tagName("script"))).isEmpty();
        Object scripts = ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('script').length + document.querySelectorAll('svg script').length");
        assertThat(((Number) scripts).intValue()).isZero();
        String title = driver.findElement(By.tagName("h1")).getText();
        assertThat(title).isEqualTo("component " + SampleResults.SCRIPT);
        String sentence = driver.findElement(By.cssSelector("article.check .sentence")).getText();
        assertThat(sentence).isEqualTo("Column " + SampleResults.SCRIPT + " holds the value " + SampleResults.SCRIPT
                + " and " + SampleResults.SINGLE + " and " + SampleResults.AMP + ".");
        List<String> headers = driver.findElements(By.cssSelector("table.data th")).stream()
                .map(WebElement::getText).toList();
        assertThat(headers).containsExactly(SampleResults.SCRIPT, SampleResults.QUOTES, SampleResults.AMP);
        assertThat(driver.findElements(By.cssSelector("figure.chart svg"))).hasSize(3);
        String svgText = driver.findElement(By.cssSelector("figure.chart svg")).getAttribute("textContent");
        assertThat(svgText).contains(SampleResults.AMP);
    }

    @Test
    void theVerdictAndItsActionsFitTheFirst800PixelsInEnglish() {
        verdictFitsTheFirstScreen(demoFile);
    }

    @Test
    void theVerdictAndItsActionsFitTheFirst800PixelsInJapanese() {
        verdictFitsTheFirstScreen(demoJapaneseFile);
    }

    /** In a 1280 x 800 viewport, the verdict box and every action in it end above the fold. */
    private void verdictFitsTheFirstScreen(Path file) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 1280, "height", 800,
                "deviceScaleFactor", 1, "mobile", false));
        try {
            open(file);
            JavascriptExecutor js = (JavascriptExecutor) driver;
            Number scroll = (Number) js.executeScript("return window.scrollY");
            assertThat(scroll.intValue()).isZero();
            Number verdictBottom = (Number) js.executeScript(
                    "return document.getElementById('verdict').getBoundingClientRect().bottom");
            @SuppressWarnings("unchecked")
            List<Number> actionBottoms = (List<Number>) js.executeScript(
                    "return Array.from(document.querySelectorAll('#verdict .actions > li'))"
                            + ".map(e => e.getBoundingClientRect().bottom)");
            long missing = demo.characteristics().stream().mapToLong(c -> c.missing().size()).sum();
            assertThat(actionBottoms).hasSize((int) missing);
            assertThat(verdictBottom.doubleValue()).as("bottom of the verdict box").isLessThanOrEqualTo(800);
            assertThat(actionBottoms).allSatisfy(b -> assertThat(b.doubleValue()).isLessThanOrEqualTo(800));
            assertThat(driver.findElement(By.id("verdict")).isDisplayed()).isTrue();
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void inPrintTheVerdictIsReadableAndTheProvenanceShown() {
        for (Path file : List.of(demoFile, demoJapaneseFile)) {
            open(file);
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            try {
                JavascriptExecutor js = (JavascriptExecutor) driver;
                String color = (String) js.executeScript(
                        "return getComputedStyle(document.getElementById('verdict')).color");
                String background = (String) js.executeScript(
                        "return getComputedStyle(document.getElementById('verdict')).backgroundColor");
                assertThat(color).isNotEqualTo(background);
                assertThat(io.github.tenken.report.svg.Contrast.ratio(hex(color), hex(background)))
                        .as("print contrast of %s on %s", color, background).isGreaterThanOrEqualTo(4.5);
                assertThat(js.executeScript("return getComputedStyle(document.getElementById('provenance')).display"))
                        .isNotEqualTo("none");
                assertThat(js.executeScript("return getComputedStyle(document.getElementById('signoff')).display"))
                        .isNotEqualTo("none");
                assertThat(driver.findElement(By.id("provenance")).isDisplayed()).isTrue();
            } finally {
                driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            }
        }
    }

    @Test
    void everyChartOfTheDemoHasATextAlternative() {
        for (Path file : List.of(demoFile, demoJapaneseFile)) {
            open(file);
            List<WebElement> svgs = driver.findElements(By.tagName("svg"));
            assertThat(svgs).hasSizeGreaterThanOrEqualTo(11);
            for (WebElement svg : svgs) {
                assertThat(svg.getAttribute("role")).isEqualTo("img");
                String desc = (String) ((JavascriptExecutor) driver).executeScript(
                        "const d = arguments[0].querySelector('desc'); return d ? d.textContent : ''", svg);
                assertThat(desc).as("description of %s", svg.getAttribute("aria-label")).containsPattern("\\d");
            }
        }
    }

    /** The charts a report of this result draws: the checks' own (less those a table chart replaces) and its table charts. */
    private static long drawnCharts(AssessmentResult result) {
        ReportView view = new ReportView(result, ReportLanguage.EN);
        return result.checks().stream().mapToLong(c -> view.charts(c).size() + view.tableCharts(c).size()).sum();
    }

    /** {@code rgb(1, 2, 3)} or {@code rgba(1, 2, 3, 1)} as {@code #010203}. */
    private static String hex(String css) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(css);
        assertThat(m.find()).as("a colour: %s", css).isTrue();
        return String.format("#%02x%02x%02x", Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
    }

    @Test
    void savesAFullPageScreenshotWhenAsked() throws IOException {
        String target = System.getProperty("tenken.screenshot", "");
        Assumptions.assumeFalse(target.isBlank(), "no -Dtenken.screenshot=<file.png> given");
        Path page = richFile;
        String language = System.getProperty("tenken.screenshot.language", "en");
        if (!language.equals("en")) {
            page = work.resolve("rich-" + language + ".html");
            HtmlReport.write(rich, ReportLanguage.parse(language), page);
        }
        open(page);
        Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.ceil(document.documentElement.scrollHeight)");
        driver.manage().window().setSize(new Dimension(1280, Math.min(16000, height.intValue() + 100)));
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of(target), StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1280, 900));
        assertThat(Files.size(Path.of(target))).isGreaterThan(10_000);
    }
}
