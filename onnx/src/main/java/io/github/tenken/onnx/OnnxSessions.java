package io.github.tenken.onnx;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens ONNX Runtime sessions, turning each way that can fail into one plain sentence naming the file: a missing
 * file, a file that is not ONNX, a graph ONNX Runtime cannot run, a platform it has no native library for.
 */
final class OnnxSessions {

    private OnnxSessions() {
    }

    /** The environment, logging errors only: ONNX Runtime's warnings are about its optimiser, not the user's data. */
    static OrtEnvironment environment() {
        try {
            return OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
        } catch (LinkageError | RuntimeException e) {
            throw new IllegalStateException("ONNX Runtime cannot start on this platform (" + System.getProperty(
                    "os.name") + ", " + System.getProperty("os.arch") + "): " + e.getMessage(), e);
        }
    }

    /** The model file's bytes. */
    static byte[] read(Path file, String name) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("model file " + name + " not found");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the model file " + name + ": " + e.getMessage());
        }
    }

    /** A session on the model's bytes. */
    static OrtSession open(OrtEnvironment env, byte[] model, String name) {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
            return env.createSession(model, options);
        } catch (OrtException e) {
            throw new IllegalArgumentException(name + " is not an ONNX model that ONNX Runtime " + env.getVersion()
                    + " can load: " + plain(e));
        }
    }

    /** ONNX Runtime's message without its error-code prefix, e.g. {@code Protobuf parsing failed.}. */
    static String plain(OrtException e) {
        String m = String.valueOf(e.getMessage());
        int bracket = m.startsWith("Error code - ") ? m.indexOf("message: ") : -1;
        return (bracket >= 0 ? m.substring(bracket + "message: ".length()) : m).trim();
    }
}
