package io.github.tenken.checks.model;

import io.github.tenken.checks.io.CsvOptions;
import io.github.tenken.checks.io.Dictionaries;
import io.github.tenken.checks.io.RawText;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Predictions files made from the shipped datasets by appending prediction columns with plain string operations;
 * what the reader gives is compared with what was appended.
 */
class PredictionsFileRealDataTest {

    private static void writeGzip(Path file, List<String> lines) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void titanicWithAGenderRuleAndOneProbabilityColumn(@TempDir Path dir) throws IOException {
        List<String> raw = RawText.lines("/datasets/titanic.csv.gz");
        List<String> lines = new java.util.ArrayList<>();
        lines.add(raw.get(0) + ",predicted,p_yes");
        long women = 0;
        for (String line : raw.subList(1, raw.size())) {
            boolean woman = line.contains("\",female,");
            women += woman ? 1 : 0;
            lines.add(line + (woman ? ",yes,0.75" : ",no,0.2"));
        }
        Path file = dir.resolve("titanic-predictions.csv.gz");
        writeGzip(file, lines);

        PredictionsFile read = PredictionsFile.builder().label("survived").prediction("predicted")
                .probabilityPrefix("p_").csv(CsvOptions.builder().keepValues("name").build())
                .read(file, new Dictionaries());
        Predictions p = read.model().predict(read.table());

        assertThat(read.table().rowCount()).isEqualTo(2207);
        assertThat(read.table().column("name").text(0)).isEqualTo("Abbing, Mr. Anthony");
        // without keepValues the passengers' names (all but a few distinct) are an identifier column: hashed
        PredictionsFile hashed = PredictionsFile.builder().label("survived").prediction("predicted")
                .probabilityPrefix("p_").read(file, new Dictionaries());
        assertThat(hashed.table().column("name").type()).isEqualTo(io.github.tenken.data.ColumnType.IDENTIFIER);
        assertThat(read.model().classes()).containsExactly("no", "yes");
        int yes = read.model().classes().indexOf("yes");
        long predictedYes = java.util.Arrays.stream(p.predictedClasses()).filter(c -> c == yes).count();
        assertThat(predictedYes).isEqualTo(women).isEqualTo(489);
        for (int r = 0; r < p.size(); r++) {
            boolean woman = "female".equals(read.table().column("gender").text(r));
            assertThat(p.probability(r, yes)).isEqualTo(woman ? 0.75 : 0.2);
            assertThat(p.probability(r, 1 - yes)).isEqualTo(woman ? 0.25 : 0.8);
        }
        assertThat(read.modelColumns()).containsExactly("predicted", "p_yes");
    }

    @Test
    void diabetesRegressionPredictions(@TempDir Path dir) throws IOException {
        List<String> raw = RawText.lines("/datasets/diabetes.csv.gz");
        List<String> lines = new java.util.ArrayList<>();
        lines.add(raw.get(0) + ",prediction");
        double[] expected = new double[raw.size() - 1];
        for (int i = 1; i < raw.size(); i++) {
            String[] f = raw.get(i).split(",");
            expected[i - 1] = Double.parseDouble(f[2]) * 5;   // bmi * 5, a crude rule
            lines.add(raw.get(i) + "," + expected[i - 1]);
        }
        Path file = dir.resolve("diabetes-predictions.csv.gz");
        writeGzip(file, lines);

        PredictionsFile read = PredictionsFile.builder().label("target").prediction("prediction")
                .read(file, new Dictionaries());
        assertThat(read.model().kind()).isEqualTo(ModelKind.REGRESSION);
        double[] values = read.model().predict(read.table()).copyValues();
        assertThat(values).hasSize(442);
        assertThat(values[0]).isEqualTo(32.1 * 5);
        for (int i = 0; i < values.length; i++) {
            assertThat(values[i]).isEqualTo(expected[i]);
        }
    }
}
