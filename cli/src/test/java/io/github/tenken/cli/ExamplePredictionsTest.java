package io.github.tenken.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example predictions file in docs/examples is exactly what {@link ExamplePredictions} makes, so anyone can
 * see how it was made and make it again. Run with {@code -Dtenken.regenerate=true} to rewrite it.
 */
class ExamplePredictionsTest {

    static final Path FILE = Path.of("../docs/examples/adult-test-predictions.csv.gz");

    @Test
    void theCommittedFileIsWhatTheGeneratorMakes() throws IOException {
        String fresh = ExamplePredictions.csv();
        if (Boolean.getBoolean("tenken.regenerate")) {
            Files.createDirectories(FILE.getParent());
            Files.write(FILE, ExamplePredictions.gzip(fresh));
        }
        assertThat(FILE).as("run ExamplePredictionsTest with -Dtenken.regenerate=true to write it").exists();
        String committed;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(FILE))) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(committed.lines().count()).isEqualTo(16_281 + 1);
        assertThat(committed.lines().findFirst()).hasValue("predicted,p_<=50K,p_>50K");
        assertThat(committed).isEqualTo(fresh);
    }
}
