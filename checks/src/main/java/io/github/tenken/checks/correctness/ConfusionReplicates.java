package io.github.tenken.checks.correctness;

/**
 * The confusion matrix of every bootstrap replicate, accumulated over a range of rows: a mergeable state (two ranges
 * add up to their union), so the replicates of a large test set can be computed in parallel pieces.
 */
final class ConfusionReplicates {

    private final int classes;
    private final long[][] cells;

    private ConfusionReplicates(int classes, int replicates) {
        this.classes = classes;
        this.cells = new long[replicates][classes * classes];
    }

    /** The replicates' confusion matrices over rows {@code from .. to} of the labelled rows. */
    static ConfusionReplicates over(PoissonBootstrap bootstrap, int[] truth, int[] predicted, int classes, int from,
                                    int to) {
        ConfusionReplicates r = new ConfusionReplicates(classes, bootstrap.replicates());
        for (int b = 0; b < bootstrap.replicates(); b++) {
            long[] c = r.cells[b];
            for (int i = from; i < to; i++) {
                c[truth[i] * classes + predicted[i]] += bootstrap.weight(b, i);
            }
        }
        return r;
    }

    /** Every row, in pieces of {@code piece} rows merged in order. */
    static ConfusionReplicates all(PoissonBootstrap bootstrap, int[] truth, int[] predicted, int classes, int piece) {
        ConfusionReplicates total = new ConfusionReplicates(classes, bootstrap.replicates());
        for (int from = 0; from < truth.length; from += piece) {
            total.merge(over(bootstrap, truth, predicted, classes, from, Math.min(truth.length, from + piece)));
        }
        return total;
    }

    /** Adds another range's counts. */
    ConfusionReplicates merge(ConfusionReplicates other) {
        for (int b = 0; b < cells.length; b++) {
            for (int j = 0; j < cells[b].length; j++) {
                cells[b][j] += other.cells[b][j];
            }
        }
        return this;
    }

    /** The confusion matrix of one replicate. */
    ConfusionCounts replicate(int b) {
        return ConfusionCounts.ofCells(cells[b], classes);
    }
}
