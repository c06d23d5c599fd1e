package io.github.tenken.cli;

import io.github.tenken.engine.TenkenVersion;
import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The {@code tenken} command: {@code demo}, {@code init}, {@code assess --plan plan.json} and {@code checks}.
 *
 * <p>Exit codes: 0 when the assessment ran and (for {@code assess}) every required level is met, 1 when a required
 * level is not met because of measured evidence (a check failed or could not run, or no check measured an item),
 * 2 when the run could not be done (bad command line, bad plan, bad data, and any {@link Error} such as running out of
 * memory: never 1, which would read as "levels not met"), 3 when a required level is not met only because process
 * answers are missing (see {@link ExitCode}). An error is one line on standard error; {@code --debug} adds the stack
 * trace.
 *
 * <pre>{@code
 * int exit = TenkenCli.commandLine().execute("assess", "--plan", "plan.json");
 * }</pre>
 */
@Command(name = "tenken", mixinStandardHelpOptions = true, versionProvider = TenkenCli.Version.class,
        subcommands = {DemoCommand.class, AssessCommand.class, InitCommand.class, ChecksCommand.class},
        description = "Assess an ML component after the AIST Machine Learning Quality Management Guideline.")
public final class TenkenCli implements Runnable {

    /** Exit code: the run was done and every required level is met (for {@code demo}: the run was done). */
    public static final int EXIT_MET = 0;
    /** Exit code: the run was done and a required level is not met because of measured evidence. */
    public static final int EXIT_NOT_MET = 1;
    /** Exit code: the run could not be done. */
    public static final int EXIT_COULD_NOT_RUN = 2;
    /** Exit code: the run was done and a required level is not met only because process answers are missing. */
    public static final int EXIT_ANSWERS_MISSING = 3;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print the stack trace of an error.")
    private boolean debug;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private TenkenCli() {
    }

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** A configured command line: errors become one-line messages and exit code 2. */
    public static CommandLine commandLine() {
        TenkenCli root = new TenkenCli();
        CommandLine cl = new CommandLine(root);
        cl.setExitCodeExceptionMapper(e -> EXIT_COULD_NOT_RUN);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println(messageOf(ex));
            if (root.debug) {
                ex.printStackTrace(err);
            }
            err.flush();
            return EXIT_COULD_NOT_RUN;
        });
        // picocli hands exceptions to the handler above but lets an Error through, which would end the JVM with a
        // stack trace and exit code 1 ("levels not met"): catch it here
        cl.setExecutionStrategy(parseResult -> {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } catch (Error e) {
                PrintWriter err = cl.getErr();
                err.println(couldNotRun(e, Messages.of(language(parseResult))));
                if (root.debug) {
                    e.printStackTrace(err);
                }
                err.flush();
                return EXIT_COULD_NOT_RUN;
            }
        });
        return cl;
    }

    /** The one line for an {@link Error}: {@code could not run: out of memory; ...}. */
    static String couldNotRun(Error e, Messages texts) {
        String why = e instanceof OutOfMemoryError ? texts.format("cli.error.outOfMemory")
                : texts.format("cli.error.otherError", e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        return texts.format("cli.error.couldNotRun", why).replaceAll("\\s*\\R\\s*", " ");
    }

    /** The language the command asked for with {@code --lang}, English when none. */
    private static ReportLanguage language(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--lang")) {
                return r.matchedOptionValue("--lang", ReportLanguage.EN);
            }
        }
        return ReportLanguage.EN;
    }

    /** Without a subcommand: the usage. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: demo, init, assess or checks");
    }

    /**
     * The one-line message for an error: the message of a problem in the input (plan, data, arguments) as it is;
     * anything else is named as an internal error.
     */
    static String messageOf(Throwable ex) {
        String message;
        if (ex instanceof UncheckedIOException io) {
            message = io.getMessage();
            if (io.getCause() != null && io.getCause().getMessage() != null
                    && !message.contains(io.getCause().getMessage())) {
                message += ": " + io.getCause().getMessage();
            }
        } else if (ex instanceof IllegalArgumentException || ex instanceof IllegalStateException) {
            message = ex.getMessage();
        } else {
            message = "internal error: " + ex + " (run with --debug for the stack trace)";
        }
        return message == null ? ex.getClass().getName() : message.replaceAll("\\s*\\R\\s*", " ");
    }

    /** The version printed by {@code --version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"tenken " + TenkenVersion.get()};
        }
    }
}
