package io.github.tenken.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A tiny plan with its data files in a temporary folder, for tests of plan errors. */
public final class PlanFixture {

    public static final String TRAIN = """
            age,colour,label
            31,red,yes
            45,blue,no
            23,red,yes
            52,blue,no
            """;

    public static final String TEST = """
            age,colour,label
            33,red,yes
            41,blue,no
            """;

    /** A valid plan; tests replace parts of it. */
    public static final String PLAN = """
            {
              "component": {"name": "tiny classifier", "description": "a fixture"},
              "profile": {"aisl": "0.1", "aipl": "1", "aifl": "0"},
              "datasets": {
                "training": {"path": "data/train.csv"},
                "test": {"path": "data/test.csv"}
              },
              "label": "label",
              "seed": 7
            }
            """;

    private PlanFixture() {
    }

    /** Writes the data files and the plan text as {@code plan.json}; returns the plan's path. */
    public static Path write(Path folder, String plan) {
        return write(folder, plan, TRAIN);
    }

    /** Writes the data files (with this training data) and the plan; returns the plan's path. */
    public static Path write(Path folder, String plan, String training) {
        try {
            Files.createDirectories(folder.resolve("data"));
            Files.writeString(folder.resolve("data/train.csv"), training);
            Files.writeString(folder.resolve("data/test.csv"), TEST);
            Path file = folder.resolve("plan.json");
            Files.writeString(file, plan);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
