package io.github.tenken.check;

/** The second half of a {@link Check}: judges the statistics it planned for, once they are computed. */
@FunctionalInterface
public interface CheckRun {

    /** Runs the check. */
    Outcome run(CheckContext ctx);
}
