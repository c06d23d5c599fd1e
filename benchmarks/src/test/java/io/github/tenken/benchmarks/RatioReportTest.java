package io.github.tenken.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

class RatioReportTest {

    @TempDir
    Path dir;

    @Test
    void dividesEachScoreByTheBareParse() throws IOException {
        Path json = dir.resolve("r.json");
        Files.writeString(json, """
                [ {"benchmark": "io.github.tenken.benchmarks.ProfileBenchmark.bareParse",
                   "primaryMetric": {"score": 2.0, "scoreError": 0.5, "scoreUnit": "s/op"}},
                  {"benchmark": "io.github.tenken.benchmarks.ProfileBenchmark.profile",
                   "primaryMetric": {"score": 5.0, "scoreError": 1.0, "scoreUnit": "s/op"}} ]
                """);

        Map<String, RatioReport.Score> scores = RatioReport.read(json);

        assertThat(scores.keySet()).containsExactly("bareParse", "profile");
        // 5/2 = 2.5; lowest (5-1)/(2+0.5) = 1.6; highest (5+1)/(2-0.5) = 4.0
        assertThat(scores.get("profile").ratioTo(scores.get("bareParse"))).containsExactly(2.5, 1.6, 4.0);
        assertThat(RatioReport.format(scores)).contains(
                "bareParse     2.000 +- 0.500 s/op    1.00 (0.60-1.67)",
                "profile       5.000 +- 1.000 s/op    2.50 (1.60-4.00)");
    }
}
