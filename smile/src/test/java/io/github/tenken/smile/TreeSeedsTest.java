package io.github.tenken.smile;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Smile seeds a tree only from a seed above 1: the trainer's seeds always are, so every forest repeats. */
class TreeSeedsTest {

    @Test
    void seedsAboveOneAreKeptAndOthersMovedAboveOne() {
        assertThat(RandomForestTrainer.treeSeeds(42, 3).toArray()).containsExactly(42, 43, 44);
        assertThat(RandomForestTrainer.treeSeeds(-5, 2).min().orElseThrow()).isGreaterThan(1);
        assertThat(RandomForestTrainer.treeSeeds(1, 2).toArray()).containsExactly(3, 4);
        assertThat(RandomForestTrainer.treeSeeds(Long.MAX_VALUE, 2).min().orElseThrow()).isGreaterThan(1);
    }

    @Test
    void aForestFromANegativeSeedRepeatsInOneJvm() {
        double[] x = new double[120];
        String[] label = new String[120];
        for (int i = 0; i < 120; i++) {
            x[i] = (i * 37) % 120;
            label[i] = (i * 37) % 120 >= 60 ^ i % 9 == 0 ? "hi" : "lo";
        }
        Table t = Table.of("t", List.of(NumericColumn.of("x", x),
                CategoricalColumn.of("label", CategoryDictionary.of("lo", "hi"), label)));
        double[] first = null;
        for (int k = 0; k < 3; k++) {
            double[] p = RandomForestTrainer.train(t, "label", List.of("x"), 20, -123_456_789L).predict(t)
                    .probabilitiesOf(1).orElseThrow();
            if (first == null) {
                first = p;
            }
            assertThat(p).containsExactly(first);
        }
    }
}
