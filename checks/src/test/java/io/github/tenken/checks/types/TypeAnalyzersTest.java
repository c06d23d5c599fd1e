package io.github.tenken.checks.types;

import io.github.tenken.data.Batch;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;
import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.ScanInfo;
import io.github.tenken.stats.StateCodec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.tenken.checks.stats.CheckHarness.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link OneToOnePairs} and {@link NumericShape} by hand, in batches of 1, 2, 3 and one batch, with every state
 * written to bytes and read back before each merge (as a cluster would ship it).
 */
class TypeAnalyzersTest {

    /** An analyzer whose states go through their codec before every merge and before the result. */
    private record Shipped<S, R>(Analyzer<S, R> inner) implements Analyzer<S, R> {
        private S ship(S s) {
            StateCodec<S> codec = inner.codec();
            return codec.fromBytes(codec.toBytes(s));
        }

        @Override
        public S newState() {
            return inner.newState();
        }

        @Override
        public void update(S state, Batch batch) {
            inner.update(state, batch);
        }

        @Override
        public S merge(S left, S right) {
            return inner.merge(ship(left), ship(right));
        }

        @Override
        public R result(S state, ScanInfo info) {
            return inner.result(ship(state), info);
        }

        @Override
        public StateCodec<S> codec() {
            return inner.codec();
        }
    }

    // g and n are one-to-one (a-1, b-2, c-3; the gap in row 4 is left out); g and m are not (a goes with 1 and 5,
    // first in row 6); h has 4 values, past a limit of 3; f is not whole
    private final Table table = Table.of("t", List.of(
            CategoricalColumn.of("g", CategoryDictionary.of("c", "b", "a"), "a", "b", "c", "a", "b", "c", "a", "b"),
            NumericColumn.of("n", 1, 2, 3, Double.NaN, 2, 3, 1, 2),
            NumericColumn.of("m", 1, 2, 3, 1, 2, 3, 5, 2),
            CategoricalColumn.of("h", CategoryDictionary.of(), "p", "q", "r", "s", "p", "q", "r", "s"),
            NumericColumn.of("f", 0.5, 1, 1, 0.5, 1, 1, 0.5, 1)));

    @Test
    void oneToOnePairsByHandHoweverCutAndShipped() {
        OneToOnePairs pairs = new OneToOnePairs(List.of("g", "n", "m", "h", "f"), 3);
        List<OneToOnePairs.Pair> expected = List.of(new OneToOnePairs.Pair("g", "n", 3, 7));
        for (int batch : new int[]{1, 2, 3, 1 << 16}) {
            assertThat(scan(table, new Shipped<>(pairs), batch)).as("batches of %d", batch).isEqualTo(expected);
        }
        // with room for h's four values, g and h are not one-to-one (a goes with p and s), nor is h with n
        assertThat(scan(table, new OneToOnePairs(List.of("g", "h", "n"), 4), 3)).isEqualTo(expected);
    }

    @Test
    void numericShapeByHandHoweverCutAndShipped() {
        for (int batch : new int[]{1, 3, 1 << 16}) {
            assertThat(scan(table, new Shipped<>(new NumericShape("n")), batch))
                    .isEqualTo(new NumericShape.Shape(7, 7, 1, 3));
            assertThat(scan(table, new Shipped<>(new NumericShape("f")), batch))
                    .isEqualTo(new NumericShape.Shape(8, 5, 0.5, 1));
        }
        assertThat(new NumericShape.Shape(7, 7, 1, 3).allWhole()).isTrue();
        assertThat(new NumericShape.Shape(2, 2, 4, 4).isConstant()).isTrue();
    }

    @Test
    void aStateOfOtherColumnsIsRefused() {
        OneToOnePairs two = new OneToOnePairs(List.of("g", "n"), 3);
        byte[] bytes = two.codec().toBytes(two.newState());
        OneToOnePairs three = new OneToOnePairs(List.of("g", "n", "m"), 3);
        assertThatThrownBy(() -> three.codec().fromBytes(bytes)).hasMessageContaining("other columns");
    }
}
