package io.github.tenken.engine;

import io.github.tenken.model.Model;
import io.github.tenken.model.SerializableModel;
import io.github.tenken.result.ModelIdentity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The identity of a model for the audit trail: SHA-256 of the file it was read from ({@link Model#sourceFile()}: a
 * predictions file), else of its bytes ({@link SerializableModel}: a Smile model, an ONNX file's bytes); absent for
 * a model that is neither (a lambda), since no stable bytes describe it.
 */
final class ModelIdentities {

    static final String ALGORITHM = "SHA-256";

    private ModelIdentities() {
    }

    static Optional<ModelIdentity> of(Model model) {
        if (model == null) {
            return Optional.empty();
        }
        Optional<Path> file = model.sourceFile();
        if (file.isPresent()) {
            return Optional.of(new ModelIdentity(ALGORITHM, hashFile(file.get()), "file " + file.get().getFileName()));
        }
        if (model instanceof SerializableModel s) {
            return Optional.of(new ModelIdentity(ALGORITHM, sha256(s.toBytes()), "model bytes"));
        }
        return Optional.empty();
    }

    /** SHA-256 of the bytes, in lower-case hex. */
    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    private static String hashFile(Path file) {
        MessageDigest digest = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hash the model file " + file + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no " + ALGORITHM, e);
        }
    }
}
