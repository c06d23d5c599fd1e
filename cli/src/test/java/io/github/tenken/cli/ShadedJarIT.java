package io.github.tenken.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tenken.message.Language;
import io.github.tenken.message.MessageCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shaded jar of the launcher (run by failsafe after {@code package}): every module ships a message bundle of the
 * same name, and the jar must hold them joined, so that {@code java -jar} renders every text in both languages; and
 * the jar must keep ONNX Runtime's native libraries while it drops their debug symbols.
 */
class ShadedJarIT {

    private static Path jar() {
        Path jar = Path.of(System.getProperty("tenken.cli.jar", "target/tenken-cli.jar"));
        assertThat(jar).as("the shaded jar (system property tenken.cli.jar)").isRegularFile();
        return jar;
    }

    /** A bundle of the jar as key -> pattern. */
    private static Map<String, String> bundle(Path jar, Language language) throws IOException {
        String name = String.format(MessageCatalog.BUNDLE, language.tag());
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            assertThat(entry).as("%s in %s", name, jar).isNotNull();
            Properties p = new Properties();
            try (InputStream in = zip.getInputStream(entry);
                 Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(reader);
            }
            Map<String, String> map = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
            return map;
        }
    }

    @Test
    void theJarJoinsTheMessageBundlesOfEveryModule() throws IOException {
        Path jar = jar();
        for (Language language : Language.values()) {
            // what core, checks and report ship, each in its own jar on this test's class path
            MessageCatalog modules = MessageCatalog.of(language);
            Map<String, String> expected = new TreeMap<>();
            modules.keys().forEach(k -> expected.put(k, modules.pattern(k)));
            assertThat(expected).as("texts of core, checks and report")
                    .containsKeys("engine.error.run", "b3.missing-values.summary", "section.summary");
            assertThat(bundle(jar, language)).as(language.tag()).isEqualTo(expected);
        }
    }

    @Test
    void theJarWritesTheDemoReportInJapanese(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-jar", jar().toString(), "demo", "--trees", "3",
                "--lang", "ja", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("console.txt").toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("the demo ends").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("console.txt"))).isZero();

        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("<html lang=\"ja\">", "<a href=\"#summary\">概要</a>", "<h4>欠損値</h4>", "<h4>クラスの均衡</h4>")
                .contains("<span class=\"badge st-pass\">✓ 合格</span>");
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        JsonNode missing = null;
        for (JsonNode check : json.get("checks")) {
            if (check.get("checkId").asText().equals("b3.missing-values")) {
                missing = check;
            }
        }
        assertThat(missing).isNotNull();
        String english = missing.at("/explanation/text").asText();
        assertThat(english).startsWith("The largest share of missing values is ");
        assertThat(html).doesNotContain(english)
                .containsPattern("<p class=\"sentence\">欠損値の割合が最も大きいのは [^<]+ \\((学習|テスト)データ\\) の [^<]+です。"
                        + "学習データ 32,561 行のうち [^<]+ 行 \\([^<]+\\) に欠損値が一つ以上あります。</p>");
    }

    @Test
    void theJarRunsAnOnnxModelWithTheNativeLibrariesItCarries(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-jar", jar().toString(), "assess", "--plan",
                "../docs/examples/onnx-plan.json", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("console.txt").toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("the assessment ends").isTrue();
        String console = Files.readString(dir.resolve("console.txt"));
        assertThat(p.exitValue()).as(console).isIn(0, 1);
        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertThat(json.get("model").asText()).isEqualTo(
                "onnx penguins_logistic_regression read from penguins-species.onnx");
        assertThat(json.findValuesAsText("status")).doesNotContain("ERROR");
    }
}
