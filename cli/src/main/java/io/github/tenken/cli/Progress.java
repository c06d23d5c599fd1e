package io.github.tenken.cli;

import io.github.tenken.message.Message;
import io.github.tenken.report.i18n.Messages;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Progress lines for long steps, written to standard error so that standard output stays the summary alone; the
 * command line's own steps are {@code cli.progress.*} messages in the report's language, a library's steps (the
 * demo's) arrive as text already in it.
 */
final class Progress implements Consumer<String> {

    private final PrintWriter err;
    private final Messages texts;
    private final long startNanos = System.nanoTime();

    Progress(PrintWriter err, Messages texts) {
        this.err = err;
        this.texts = texts;
    }

    /** Prints one progress line as it is, such as {@code loading Adult...}. */
    @Override
    public void accept(String line) {
        err.println(line);
        err.flush();
    }

    /** Prints one progress line from a message, such as {@code cli.progress.writingReport}. */
    void step(Message message) {
        accept(texts.render(message));
    }

    /** Prints one progress line from a key and its arguments. */
    void step(String key, Object... args) {
        step(Message.of(key, args));
    }

    /** Prints how long the command took: {@code done in 12.3 s}. */
    void done() {
        step("cli.progress.done", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e9));
    }
}
