package io.github.tenken.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tenken.cli.plan.PlanSkeleton;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code tenken init --training FILE [--test FILE] --label COL}: writes a plan skeleton from the data (see
 * {@link PlanSkeleton}) to fill in and run with {@code tenken assess}. An existing file is kept unless {@code --force}.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Write a plan skeleton from the data: the datasets with their columns' inferred types, the "
                + "label, the profile, and every process item of the required levels with an empty answer to fill "
                + "in. Fields starting with _ are comments; an answer left \"\" counts as not given.",
                "Then: tenken assess --plan plan.json"})
final class InitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--training", required = true, paramLabel = "FILE", description = "The training data (CSV with a "
            + "header line, optionally gzipped).")
    private Path training;

    @Option(names = "--test", paramLabel = "FILE", description = "The test data (CSV with a header line).")
    private Path test;

    @Option(names = "--label", required = true, paramLabel = "COL", description = "The label column.")
    private String label;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "plan.json",
            description = "The plan to write (default: ${DEFAULT-VALUE}); data paths are written relative to it.")
    private Path out;

    @Option(names = "--aisl", defaultValue = "0.1", description = "AI safety level (default: ${DEFAULT-VALUE}).")
    private String aisl;

    @Option(names = "--aipl", defaultValue = "1", description = "AI performance level (default: ${DEFAULT-VALUE}).")
    private String aipl;

    @Option(names = "--aifl", defaultValue = "1", description = "AI fairness level (default: ${DEFAULT-VALUE}).")
    private String aifl;

    @Option(names = "--force", description = "Overwrite the plan file if it exists.")
    private boolean force;

    @Override
    public Integer call() {
        if (Files.exists(out) && !force) {
            throw new IllegalArgumentException(out + " exists; give --force to overwrite it, or --out another file");
        }
        requireFile(training, "--training");
        if (test != null) {
            requireFile(test, "--test");
        }
        ObjectNode plan = PlanSkeleton.of(new PlanSkeleton.Request(out, training, test, label, aisl, aipl, aifl));
        try {
            Path folder = out.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            Files.writeString(out, json(plan));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        int answers = plan.get("answers").size();
        spec.commandLine().getOut().println("wrote " + out + ": " + plan.at("/datasets/training/types").size()
                + " columns, label " + label + ", " + answers + " process answers to fill in; then run: tenken "
                + "assess --plan " + out);
        spec.commandLine().getOut().flush();
        return TenkenCli.EXIT_MET;
    }

    private static void requireFile(Path file, String option) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(option + ": " + (Files.exists(file) ? "not a file: " : "file not found: ")
                    + file);
        }
    }

    /** Two-space indentation, one field per line, a final newline. */
    static String json(ObjectNode plan) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return new ObjectMapper().writer(printer).writeValueAsString(plan) + "\n";
    }
}
