package io.github.tenken.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.data.Table;
import io.github.tenken.model.Model;
import io.github.tenken.model.ModelKind;
import io.github.tenken.model.Predictions;
import io.github.tenken.model.SerializableModel;
import io.github.tenken.result.ModelIdentity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model's identity is the SHA-256 of its file or of its bytes; "abc" hashes to the FIPS 180-2 test vector. */
class ModelIdentitiesTest {

    /** SHA-256("abc"), FIPS 180-2 appendix B.1. */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    private record Bare(Path file) implements Model {
        @Override
        public ModelKind kind() {
            return ModelKind.REGRESSION;
        }

        @Override
        public List<String> classes() {
            return List.of();
        }

        @Override
        public Predictions predict(Table table) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String description() {
            return "bare";
        }

        @Override
        public Optional<Path> sourceFile() {
            return Optional.ofNullable(file);
        }
    }

    private static final class Bytes implements SerializableModel {
        @Override
        public byte[] toBytes() {
            return "abc".getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public Model fromBytes(byte[] bytes) {
            return this;
        }

        @Override
        public ModelKind kind() {
            return ModelKind.REGRESSION;
        }

        @Override
        public List<String> classes() {
            return List.of();
        }

        @Override
        public Predictions predict(Table table) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String description() {
            return "bytes";
        }
    }

    @Test
    void aSerializableModelIsHashedByItsBytes() {
        assertThat(ModelIdentities.of(new Bytes())).contains(new ModelIdentity("SHA-256", ABC, "model bytes"));
    }

    @Test
    void aModelReadFromAFileIsHashedByTheFilesBytes(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("predictions.csv"), "abc");
        assertThat(ModelIdentities.of(new Bare(file)))
                .contains(new ModelIdentity("SHA-256", ABC, "file predictions.csv"));
    }

    @Test
    void aModelWithoutBytesOrFileHasNoIdentity() {
        assertThat(ModelIdentities.of(new Bare(null))).isEmpty();
        assertThat(ModelIdentities.of(null)).isEmpty();
    }
}
