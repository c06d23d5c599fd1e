package io.github.tenken.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tenken.engine.CheckCatalog;
import io.github.tenken.guideline.Edition;
import io.github.tenken.report.ReportLanguage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tenken demo --lang ja}: the summary on standard output and the progress lines are Japanese too, and say the
 * same as the JSON report of the run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCommandJapaneseTest {

    private static final Map<String, String> VERDICTS = Map.of("MET", "達成", "NOT_MET", "未達",
            "NOT_REQUIRED", "要求なし");

    private Path dir;
    private CliRun run;
    private JsonNode report;

    @BeforeAll
    void runDemoOnce(@TempDir Path tempDir) throws IOException {
        dir = tempDir;
        run = CliRun.of("demo", "--trees", "10", "--lang", "ja", "--out", dir.resolve("out").toString());
        report = new ObjectMapper().readTree(dir.resolve("out/report.json").toFile());
    }

    @Test
    void everyCharacteristicHasAJapaneseRowAndTheLinesAroundItAreJapanese() {
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("所得による事前審査 (Adult デモ) (AISL 0.1, AIPL 1, AIFL 1、")
                .endsWith(Edition.values()[Edition.values().length - 1].titleJa() + ")");
        assertThat(lines.get(2)).startsWith("内部品質特性").contains("要求", "達成", "判定", "合格", "要確認", "不合格",
                "エラー", "対象外");
        SummaryAssert.assertSummaryMatchesReport(run.out(), report, ReportLanguage.JA);
        List<String> notMet = new ArrayList<>();
        report.get("characteristics").forEach(c -> {
            if (c.get("verdict").asText().equals("NOT_MET")) {
                notMet.add(c.get("characteristic").asText());
            }
        });
        assertThat(notMet).as("the demo falls short somewhere").isNotEmpty();
        assertThat(lines).contains("総合判定: " + VERDICTS.get(report.get("verdict").asText()) + " ("
                + report.get("characteristics").size() + " 特性のうち " + notMet.size() + " 特性が未達: "
                + String.join(", ", notMet) + ")");
        assertThat(lines).contains("レポート: " + dir.resolve("out/report.html").toAbsolutePath().normalize());
        assertThat(lines).anyMatch(l -> l.startsWith("チェック: " + report.get("checks").size() + " 件実行、合格 "));
    }

    @Test
    void progressLinesAreJapanese() {
        assertThat(run.err().lines().toList()).startsWith("Adult データを読み込み中...",
                "ランダムフォレストを学習中 (木 10 本)...", CheckCatalog.load().size() + " 件のチェックを実行中...",
                "レポートを書き出し中...");
        assertThat(run.err().lines().reduce((a, b) -> b).orElseThrow()).matches("\\d+\\.\\d 秒で完了");
    }
}
