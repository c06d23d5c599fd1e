package io.github.tenken.checks.outliers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Isolation forest anomaly scores (Liu, Ting and Zhou 2008), seeded so that the same rows and seed give the same
 * scores: {@code trees} trees, each grown on {@code sampleSize} rows drawn without replacement, splitting on a random
 * feature at a uniform random point between the node's minimum and maximum, to the depth {@code ceil(log2
 * sampleSize)}. A row's score is {@code 2^(-E[h(x)] / c(sampleSize))}: near 1 for a row isolated in few splits, at
 * most about 0.5 for ordinary rows. Rows with a missing value get {@code NaN} and take no part.
 */
final class IsolationForest {

    private static final double EULER = 0.5772156649015329;

    private IsolationForest() {
    }

    /** One node: a leaf of {@code size} rows, or a split of {@code feature} at {@code value}. */
    private record Node(int feature, double value, Node left, Node right, int size) {
        boolean isLeaf() {
            return left == null;
        }
    }

    /**
     * The score of each row.
     *
     * @param columns    the features, one array per feature, all of the same length; {@code NaN} is missing
     * @param trees      trees in the forest
     * @param sampleSize rows each tree is grown on (all complete rows when there are fewer)
     * @param seed       the seed of every random draw
     */
    static double[] scores(List<double[]> columns, int trees, int sampleSize, long seed) {
        int n = columns.get(0).length;
        int[] complete = java.util.stream.IntStream.range(0, n)
                .filter(r -> columns.stream().noneMatch(c -> Double.isNaN(c[r]))).toArray();
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        if (complete.length < 2) {
            return out;
        }
        int psi = Math.min(sampleSize, complete.length);
        int limit = (int) Math.ceil(Math.log(psi) / Math.log(2));
        SplittableRandom random = new SplittableRandom(seed);
        List<Node> forest = new ArrayList<>();
        for (int t = 0; t < trees; t++) {
            SplittableRandom tree = random.split();
            forest.add(grow(columns, sample(complete, psi, tree), 0, limit, tree));
        }
        double norm = averagePath(psi);
        for (int r : complete) {
            double depth = 0;
            for (Node root : forest) {
                depth += pathLength(root, columns, r);
            }
            out[r] = Math.pow(2, -(depth / trees) / norm);
        }
        return out;
    }

    /** {@code k} of the rows, drawn without replacement by a partial Fisher-Yates shuffle. */
    private static int[] sample(int[] rows, int k, SplittableRandom random) {
        int[] all = rows.clone();
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(all.length - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return Arrays.copyOf(all, k);
    }

    private static Node grow(List<double[]> columns, int[] rows, int depth, int limit, SplittableRandom random) {
        if (depth >= limit || rows.length <= 1) {
            return new Node(-1, 0, null, null, rows.length);
        }
        // a random feature among those that still vary in this node
        int p = columns.size();
        int start = random.nextInt(p);
        for (int k = 0; k < p; k++) {
            int f = (start + k) % p;
            double[] c = columns.get(f);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int r : rows) {
                min = Math.min(min, c[r]);
                max = Math.max(max, c[r]);
            }
            if (min < max) {
                double split = min + random.nextDouble() * (max / 2 - min / 2) * 2;
                if (!(split > min) || split > max) {
                    split = max;
                }
                final double at = split;
                int[] left = Arrays.stream(rows).filter(r -> c[r] < at).toArray();
                int[] right = Arrays.stream(rows).filter(r -> c[r] >= at).toArray();
                return new Node(f, at, grow(columns, left, depth + 1, limit, random),
                        grow(columns, right, depth + 1, limit, random), rows.length);
            }
        }
        return new Node(-1, 0, null, null, rows.length);
    }

    private static double pathLength(Node root, List<double[]> columns, int row) {
        Node node = root;
        int depth = 0;
        while (!node.isLeaf()) {
            node = columns.get(node.feature())[row] < node.value() ? node.left() : node.right();
            depth++;
        }
        return depth + averagePath(node.size());
    }

    /** The average path length of an unsuccessful search in a binary search tree of {@code n} rows. */
    static double averagePath(int n) {
        if (n <= 1) {
            return 0;
        }
        if (n == 2) {
            return 1;
        }
        return 2 * (Math.log(n - 1) + EULER) - 2.0 * (n - 1) / n;
    }
}
