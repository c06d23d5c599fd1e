package io.github.tenken.cli;

import io.github.tenken.report.ReportLanguage;
import io.github.tenken.report.i18n.Messages;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An {@link Error} during a run (out of memory, a stack overflow) exits 2 "could not run" with one line and no
 * stack trace, never 1, which means "levels not met".
 */
class ErrorExitTest {

    /** A command that fails as a run out of memory would, standing in for {@code assess} on a huge file. */
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Option(names = "--lang", converter = ReportOptions.LanguageConverter.class)
        ReportLanguage language;

        @Option(names = "--overflow")
        boolean overflow;

        @Override
        public Integer call() {
            if (overflow) {
                throw new StackOverflowError();
            }
            throw new OutOfMemoryError("Java heap space");
        }
    }

    private static CliRun run(String... args) {
        CommandLine cl = TenkenCli.commandLine();
        cl.addSubcommand("boom", new Boom());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new CliRun(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void outOfMemoryExitsTwoWithOneLine() {
        CliRun r = run("boom");
        assertThat(r.exit()).isEqualTo(TenkenCli.EXIT_COULD_NOT_RUN);
        assertThat(r.err()).isEqualTo("could not run: out of memory; give Java more memory (e.g. "
                + "JAVA_OPTS=\"-Xmx8g\") or assess fewer rows" + System.lineSeparator());
    }

    @Test
    void anyOtherErrorIsNamed() {
        CliRun r = run("boom", "--overflow");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().toList()).containsExactly(
                "could not run: StackOverflowError (run with --debug for the stack trace)");
    }

    @Test
    void theLineIsInTheLanguageAskedFor() {
        CliRun r = run("boom", "--lang", "ja");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines().toList()).containsExactly("実行できませんでした: メモリが足りません。Java に割り当てる"
                + "メモリを増やす（例: JAVA_OPTS=\"-Xmx8g\"）か、評価する行数を減らしてください");
        assertThat(TenkenCli.couldNotRun(new OutOfMemoryError(), Messages.of(ReportLanguage.EN)))
                .startsWith("could not run: out of memory;");
    }

    @Test
    void debugAddsTheStackTrace() {
        CliRun r = run("--debug", "boom");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("could not run: out of memory;").contains("java.lang.OutOfMemoryError");
    }
}
