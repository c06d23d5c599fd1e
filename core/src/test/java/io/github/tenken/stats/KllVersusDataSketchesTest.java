package io.github.tenken.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.testing.Scans;

import java.util.Arrays;
import java.util.List;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.quantilescommon.QuantileSearchCriteria;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our KLL sketch against Apache DataSketches' {@link KllDoublesSketch} of the same {@code k = 200} on the same
 * million values: the largest distribution-function error of ours, measured against the exact one over the same grid,
 * is of the same order as theirs (at most twice theirs plus 0.005), and both are within the 1.33% both state.
 */
class KllVersusDataSketchesTest {

    /** A distribution function read from a DataSketches sketch. */
    private record Reference(KllDoublesSketch sketch) {
        double cdf(double x) {
            return sketch.getRank(x, QuantileSearchCriteria.INCLUSIVE);
        }

        double cdfBelow(double x) {
            return sketch.getRank(x, QuantileSearchCriteria.EXCLUSIVE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.tenken.stats.KllSketchTest#distributions")
    void ourErrorIsOfTheOrderOfDataSketches(String name, double[] x) {
        double[] sorted = x.clone();
        Arrays.sort(sorted);
        double[] grid = KllSketchTest.exactGrid(sorted);

        QuantileSummary ours = Scans.batched(KllSketchTest.table(x), List.of(new Quantiles("x", 1000)), 1 << 16, 2)
                .get(new Quantiles("x", 1000));
        KllDoublesSketch theirs = KllDoublesSketch.newHeapInstance(200);
        for (double v : x) {
            theirs.update(v);
        }
        Reference ref = new Reference(theirs);

        double ourError = KllSketchTest.maxError(ours, sorted, grid);
        double theirError = 0;
        for (double g : grid) {
            theirError = Math.max(theirError, Math.abs(ref.cdf(g) - KllSketchTest.countAtMost(sorted, g) / (double) sorted.length));
            theirError = Math.max(theirError, Math.abs(ref.cdfBelow(g) - KllSketchTest.countBelow(sorted, g) / (double) sorted.length));
        }
        assertThat(theirs.getNormalizedRankError(false)).as("DataSketches' stated error")
                .isCloseTo(ours.rankError(), org.assertj.core.api.Assertions.within(0.0005));
        assertThat(ourError).as("%s: our largest error %s against DataSketches' %s", name, ourError, theirError)
                .isLessThanOrEqualTo(2 * theirError + 0.005)
                .isLessThanOrEqualTo(ours.rankError());
        assertThat(theirError).as("%s: DataSketches within its own bound", name)
                .isLessThanOrEqualTo(theirs.getNormalizedRankError(false));
        assertThat(ours.count()).isEqualTo(theirs.getN());
        assertThat(ours.min()).isEqualTo(theirs.getMinItem());
        assertThat(ours.max()).isEqualTo(theirs.getMaxItem());
    }
}
