package io.github.tenken.cli.plan;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** What every part of a plan needs while it is turned into an assessment: the plan's name and its folder. */
final class PlanContext {

    private final String name;
    private final Path folder;

    PlanContext(String name, Path folder) {
        this.name = name;
        this.folder = folder;
    }

    /** The plan as messages name it. */
    String name() {
        return name;
    }

    /** A {@link PlanException} for the field at {@code path}. */
    PlanException error(String path, String problem) {
        return new PlanException(name, path, problem);
    }

    /** The value, or an error saying that the field is required. */
    <T> T required(T value, String path) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw error(path, "required");
        }
        return value;
    }

    /**
     * An existing file named by a field, relative to the plan's folder unless absolute; the error quotes the path as
     * written: {@code datasets.training.path: file not found: data/train.csv}.
     */
    Path existingFile(String written, String path) {
        required(written, path);
        Path file;
        try {
            file = folder.resolve(written).normalize();
        } catch (InvalidPathException e) {
            throw error(path, "not a valid path: " + written);
        }
        if (!Files.exists(file)) {
            throw error(path, "file not found: " + written);
        }
        if (!Files.isRegularFile(file)) {
            throw error(path, "not a file: " + written);
        }
        return file;
    }
}
