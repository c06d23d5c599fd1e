package io.github.tenken.checks.stability;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Value swaps for one categorical feature: at level {@code epsilon} each sampled row's value is replaced, with
 * probability {@code epsilon}, by another value observed in the test data, each other value equally likely. Per
 * row one uniform draw {@code u} and one replacement are made once; the row is swapped when {@code u < epsilon}, so a
 * row swapped at one level is swapped at every larger one. A missing value stays missing.
 *
 * @param feature     the feature
 * @param observed    the codes observed in the test data, ascending
 * @param uniform      a uniform draw in [0, 1) per sampled row ({@code null} when fewer than two values are observed)
 * @param replacement the code a row takes when swapped (another observed code; -1 for a missing value)
 */
record CategorySwap(String feature, int[] observed, double[] uniform, int[] replacement)
        implements ColumnPerturbation {

    /**
     * Draws the swaps of the sampled rows; {@code test} is the whole test column (its values are the ones a swap may
     * take), {@code sampled} the sampled rows' column. Two draws per row whatever its value, so the draws of every
     * row and feature stay the same when the data change elsewhere.
     */
    static CategorySwap draw(String feature, CategoricalColumn test, CategoricalColumn sampled,
                             SplittableRandom random) {
        int[] observed = Arrays.stream(test.copyCodes()).filter(c -> c != CategoricalColumn.MISSING).distinct()
                .sorted().toArray();
        if (observed.length < 2) {
            return new CategorySwap(feature, observed, null, null);
        }
        int n = sampled.size();
        double[] uniform = new double[n];
        int[] replacement = new int[n];
        for (int i = 0; i < n; i++) {
            uniform[i] = random.nextDouble();
            int other = random.nextInt(observed.length - 1);
            int own = Arrays.binarySearch(observed, sampled.code(i));
            replacement[i] = own < 0 ? CategoricalColumn.MISSING : observed[other >= own ? other + 1 : other];
        }
        return new CategorySwap(feature, observed, uniform, replacement);
    }

    @Override
    public boolean isPerturbed() {
        return uniform != null;
    }

    /** How many sampled rows are swapped at this level. */
    int swapped(CategoricalColumn sampled, double level) {
        int n = 0;
        for (int i = 0; i < uniform.length; i++) {
            n += swaps(sampled, i, level) ? 1 : 0;
        }
        return n;
    }

    @Override
    public CategoricalColumn applyTo(Column sampled, double level) {
        CategoricalColumn k = (CategoricalColumn) sampled;
        int[] codes = k.copyCodes();
        for (int i = 0; i < codes.length; i++) {
            if (swaps(k, i, level)) {
                codes[i] = replacement[i];
            }
        }
        return CategoricalColumn.adopt(k.name(), k.dictionary(), codes, codes.length);
    }

    private boolean swaps(CategoricalColumn sampled, int row, double level) {
        return sampled.code(row) != CategoricalColumn.MISSING && replacement[row] != CategoricalColumn.MISSING
                && uniform[row] < level;
    }
}
