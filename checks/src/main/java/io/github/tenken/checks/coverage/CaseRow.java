package io.github.tenken.checks.coverage;

/**
 * The rows of one case in the training and test data.
 *
 * @param name         the case's name, e.g. {@code race = Other}
 * @param definition   its conditions, as text
 * @param trainingRows rows in the training data
 * @param testRows     rows in the test data, or {@code null} when no test data was given
 */
record CaseRow(String name, String definition, long trainingRows, Long testRows) {

    /** Whether the case has fewer than {@code minRows} rows in the training or the test data. */
    boolean isBelow(long minRows) {
        return trainingRows < minRows || (testRows != null && testRows < minRows);
    }

    /** {@code ok}, or which dataset falls short. */
    String status(long minRows) {
        boolean train = trainingRows < minRows;
        boolean test = testRows != null && testRows < minRows;
        if (!train && !test) {
            return "ok";
        }
        return "below " + minRows + " rows in " + (train && test ? "training and test" : train ? "training" : "test");
    }

    /** The fewer of its training and test rows. */
    long smallest() {
        return testRows == null ? trainingRows : Math.min(trainingRows, testRows);
    }
}
