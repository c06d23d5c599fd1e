package io.github.tenken.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.junit.readme.ReadmeSnippets;
import io.github.tenken.junit.readme.SnippetCompiler;
import io.github.tenken.samples.SampleData;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The java example of this module's {@code README.md}, compiled against the test class path and run on the shipped
 * Adult data (written as the two CSV files it names): it must write a JSON result whose accuracy is the rule's
 * accuracy counted by hand here, and whose duplicate count is Adult's.
 */
class SparkReadmeTest {

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static Table test;

    @BeforeAll
    static void start() throws IOException {
        Dictionaries d = new Dictionaries();
        Files.createDirectories(dir.resolve("data"));
        SparkTestSession.writeCsv(SampleData.adultTraining(d), dir.resolve("data").resolve("adult-train.csv"));
        test = SampleData.adultTest(d);
        SparkTestSession.writeCsv(test, dir.resolve("data").resolve("adult-test.csv"));
        System.setProperty(ReadmeSnippets.DIR_PROPERTY, dir.toString());
        spark = SparkTestSession.start("tenken-readme");      // the example's getOrCreate() finds this session
    }

    @AfterAll
    static void stop() {
        System.clearProperty(ReadmeSnippets.DIR_PROPERTY);
        spark.stop();
    }

    @Test
    void theReadmeExampleRunsAndMeasuresTheRule() throws Exception {
        List<ReadmeSnippets.Snippet> snippets = ReadmeSnippets.of(Files.readString(Path.of("README.md")));
        assertThat(snippets).filteredOn(s -> s.code().contains("SparkSources.csv")).hasSize(1);
        for (ReadmeSnippets.Snippet s : snippets) {
            Class<?> example = SnippetCompiler.compile(s, dir.resolve("classes-" + s.line()));
            example.getMethod("run").invoke(null);
        }
        JsonNode result = new ObjectMapper().readTree(dir.resolve("result.json").toFile());
        NumericColumn years = test.numeric("education-num");
        CategoricalColumn label = test.categorical("income");
        long right = 0;
        for (int r = 0; r < test.rowCount(); r++) {
            String predicted = years.get(r) >= 13 ? ">50K" : "<=50K";
            right += predicted.equals(label.dictionary().valueOf(label.code(r))) ? 1 : 0;
        }
        assertThat(measure(result, "c1.classification", "accuracy"))
                .isEqualTo((double) right / test.rowCount());
        assertThat(measure(result, "b3.duplicates", "duplicate_rows_training")).isEqualTo(3465.0);
    }

    private static double measure(JsonNode result, String check, String name) {
        for (JsonNode c : result.get("checks")) {
            if (c.get("checkId").asText().equals(check)) {
                for (JsonNode m : c.get("measures")) {
                    if (m.get("name").asText().equals(name)) {
                        return m.get("value").asDouble();
                    }
                }
            }
        }
        throw new AssertionError("no measure " + name + " of " + check + " in the result");
    }
}
