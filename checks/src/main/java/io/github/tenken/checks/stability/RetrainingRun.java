package io.github.tenken.checks.stability;

/**
 * One retrained model of {@code c2.retraining-spread} and its test metrics.
 *
 * @param kind          retrained with another seed, or without one fold
 * @param index         the seed's or the fold's number, from 0
 * @param seed          the seed it was trained with
 * @param trainingRows  the training rows it was trained on
 * @param metrics       its metrics on the test data
 */
record RetrainingRun(Kind kind, int index, long seed, int trainingRows, TestMetrics metrics) {

    /** What varied between the runs of a kind. */
    enum Kind {
        /** The seed, on the whole training data. */
        SEED,
        /** The fold left out, with one seed. */
        FOLD
    }
}
