package io.github.tenken.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tenken.testing.Scans;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@link MergeTree} merges batch states in a tree fixed by the number of batches: with a merge that is associative
 * but not commutative (concatenation), any arrival order from several threads gives the in-order result, and the
 * merges performed (which two states, in which order) are the same whatever the order and the threads.
 */
class MergeTreeTest {

    /** Adds batches 0 .. n-1 in the given order from {@code threads} threads; returns the result. */
    private static <T> T feed(List<Integer> order, int threads, java.util.function.IntFunction<T> state,
                              MergeTree<T> tree) {
        return Scans.withPool(threads, pool -> {
            CountDownLatch start = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(order.size());
            for (int index : order) {
                pool.execute(() -> {
                    try {
                        start.await();
                        tree.add(index, state.apply(index));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        done.countDown();
                    }
                });
            }
            start.countDown();
            try {
                done.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return tree.finish(order.size());
        });
    }

    private static List<Integer> shuffled(int n, Random r) {
        List<Integer> order = IntStream.range(0, n).boxed().collect(Collectors.toCollection(ArrayList::new));
        Collections.shuffle(order, r);
        return order;
    }

    @Test
    void anyArrivalOrderFromManyThreadsGivesTheInOrderConcatenation() {
        Random r = new Random(3);
        for (int n = 1; n <= 70; n++) {
            String expected = IntStream.range(0, n).mapToObj(Integer::toString).collect(Collectors.joining(","));
            for (int trial = 0; trial < 5; trial++) {
                List<Integer> order = shuffled(n, r);
                String merged = feed(order, 1 + trial, Integer::toString, new MergeTree<>((a, b) -> a + "," + b));
                assertThat(merged).as("%d batches arriving as %s", n, order).isEqualTo(expected);
            }
        }
    }

    @Test
    void theMergesPerformedDependOnlyOnTheNumberOfBatches() {
        Random r = new Random(5);
        for (int n : new int[]{1, 2, 3, 5, 7, 8, 13, 31, 64, 65, 100}) {
            List<String> reference = null;
            String referenceShape = null;
            for (int trial = 0; trial < 8; trial++) {
                ConcurrentLinkedQueue<String> merges = new ConcurrentLinkedQueue<>();
                // the result records the tree's shape: "(left right)" for every merge
                MergeTree<String> tree = new MergeTree<>((a, b) -> {
                    merges.add(a + " + " + b);
                    return "(" + a + " " + b + ")";
                });
                String shape = feed(trial == 0 ? IntStream.range(0, n).boxed().toList() : shuffled(n, r),
                        1 + trial % 4, Integer::toString, tree);
                List<String> performed = new ArrayList<>(merges);
                Collections.sort(performed);
                assertThat(performed).as("%d batches: merges", n).hasSize(n - 1);
                if (reference == null) {
                    reference = performed;
                    referenceShape = shape;
                } else {
                    assertThat(performed).as("%d batches, trial %d: the merges performed", n, trial)
                            .isEqualTo(reference);
                    assertThat(shape).as("%d batches, trial %d: the tree", n, trial).isEqualTo(referenceShape);
                }
            }
        }
    }

    @Test
    void theTreePairsSiblingsThenFoldsTheIncompleteSubtreesLeftToRight() {
        // worked out by hand: 2j with 2j+1, then their parents; what is left merges from the left
        assertThat(shape(1)).isEqualTo("0");
        assertThat(shape(2)).isEqualTo("(0 1)");
        assertThat(shape(3)).isEqualTo("((0 1) 2)");
        assertThat(shape(4)).isEqualTo("((0 1) (2 3))");
        assertThat(shape(5)).isEqualTo("(((0 1) (2 3)) 4)");
        assertThat(shape(6)).isEqualTo("(((0 1) (2 3)) (4 5))");
        assertThat(shape(7)).isEqualTo("((((0 1) (2 3)) (4 5)) 6)");
    }

    private static String shape(int n) {
        List<Integer> reversed = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.reverse(reversed);
        return feed(reversed, 2, Integer::toString, new MergeTree<String>((a, b) -> "(" + a + " " + b + ")"));
    }

    @Test
    void atMostAFewStatesWaitWhenBatchesArriveInOrder() {
        // in order, a state waits only for its sibling: at most one per level of the tree
        List<Integer> alive = new ArrayList<>();
        int[] pending = {0};
        MergeTree<String> tree = new MergeTree<>((a, b) -> {
            pending[0]--;
            return a + b;
        });
        for (int i = 0; i < 1024; i++) {
            pending[0]++;
            tree.add(i, "x");
            alive.add(pending[0]);
        }
        assertThat(Collections.max(alive)).isLessThanOrEqualTo(11);
        assertThat(tree.finish(1024)).hasSize(1024);
    }
}
