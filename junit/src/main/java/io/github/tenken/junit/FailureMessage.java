package io.github.tenken.junit;

import java.util.List;

/**
 * Builds an assertion failure message in AssertJ's layout: the subject on the first line, then what was expected and
 * what was found, each value on its own line indented by four spaces.
 *
 * <pre>{@code
 * FailureMessage.expecting("measure accuracy of check c1.accuracy (C-1 correctness of the trained model)")
 *         .to("be at least", "0.9").but("was", "0.8").note("criterion in force", "accuracy >= 0.75").toString();
 * }</pre>
 */
final class FailureMessage {

    private static final String VALUE_INDENT = "    ";

    private final StringBuilder text = new StringBuilder();

    private FailureMessage(String subject) {
        text.append("\nExpecting ").append(subject);
    }

    /** Starts a message about {@code subject}. */
    static FailureMessage expecting(String subject) {
        return new FailureMessage(subject);
    }

    /** {@code "  to <expectation>:"} followed by the expected value on its own line. */
    FailureMessage to(String expectation, String expected) {
        return labelled("to " + expectation, List.of(expected));
    }

    /** {@code "  to <expectation>"} with no value. */
    FailureMessage to(String expectation) {
        text.append("\n  to ").append(expectation);
        return this;
    }

    /** {@code "  but <finding>:"} followed by the actual value on its own line. */
    FailureMessage but(String finding, String actual) {
        return labelled("but " + finding, List.of(actual));
    }

    /** {@code "  but <finding>:"} followed by one line per value. */
    FailureMessage but(String finding, List<String> lines) {
        return labelled("but " + finding, lines);
    }

    /** {@code "  <label>:"} followed by one line per value. */
    FailureMessage block(String label, List<String> lines) {
        return labelled(label, lines);
    }

    /** {@code "  <label>: <value>"} on one line. */
    FailureMessage note(String label, String value) {
        text.append("\n  ").append(label).append(": ").append(value);
        return this;
    }

    private FailureMessage labelled(String label, List<String> lines) {
        text.append("\n  ").append(label).append(':');
        for (String line : lines) {
            // a multi-line value keeps its own line breaks, each line indented like the first
            text.append('\n').append(VALUE_INDENT).append(line.replace("\n", "\n" + VALUE_INDENT));
        }
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
