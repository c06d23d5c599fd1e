package io.github.tenken.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;

/** Progress lines for long steps, written to standard error so that standard output stays the summary alone. */
final class Progress implements Consumer<String> {

    private final PrintWriter err;
    private final long startNanos = System.nanoTime();

    Progress(PrintWriter err) {
        this.err = err;
    }

    /** Prints one progress line, such as {@code loading Adult...}. */
    @Override
    public void accept(String step) {
        err.println(step);
        err.flush();
    }

    /** Prints how long the command took: {@code done in 12.3 s}. */
    void done() {
        accept(String.format(Locale.ROOT, "done in %.1f s", (System.nanoTime() - startNanos) / 1e9));
    }
}
