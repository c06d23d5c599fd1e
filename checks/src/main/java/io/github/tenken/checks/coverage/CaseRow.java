package io.github.tenken.checks.coverage;

import io.github.tenken.message.Arg;
import io.github.tenken.message.Message;

/**
 * The rows of one case in the training and test data.
 *
 * @param name         the case's name, e.g. {@code race = Other}
 * @param definition   its conditions
 * @param trainingRows rows in the training data
 * @param testRows     rows in the test data, or {@code null} when no test data was given
 * @param attribute    the sensitive attribute whose value this case is, or {@code null} for a declared case
 */
record CaseRow(String name, Message definition, long trainingRows, Long testRows, String attribute) {

    /** A declared case. */
    CaseRow(String name, Message definition, long trainingRows, Long testRows) {
        this(name, definition, trainingRows, testRows, null);
    }

    /** Whether the case has fewer than {@code minRows} rows in the training or the test data. */
    boolean isBelow(long minRows) {
        return trainingRows < minRows || (testRows != null && testRows < minRows);
    }

    /** {@code ok}, or which dataset falls short. */
    Message status(long minRows) {
        boolean train = trainingRows < minRows;
        boolean test = testRows != null && testRows < minRows;
        String key = !train && !test ? "ok" : train && test ? "belowBoth" : train ? "belowTraining" : "belowTest";
        return Message.of("b1.case-coverage.status." + key, Arg.count(minRows));
    }

    /** The fewer of its training and test rows. */
    long smallest() {
        return testRows == null ? trainingRows : Math.min(trainingRows, testRows);
    }
}
