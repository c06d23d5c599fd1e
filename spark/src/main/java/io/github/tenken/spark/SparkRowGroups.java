package io.github.tenken.spark;

import io.github.tenken.internal.Preconditions;
import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.KeyedAnalyzer;
import io.github.tenken.stats.RowGroupSet;
import io.github.tenken.stats.ScanInfo;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A dataset's rows grouped by feature values on Spark: the groups stay in buckets keyed by the row hash, cached on the
 * executors where the scan's shuffle merged them, and only each bucket's counts reach the driver. Questions that need
 * the groups (rows shared with another dataset, numeric label conflicts beyond a tolerance) run as Spark jobs over
 * the buckets, bucket {@code i} of one dataset meeting bucket {@code i} of the other: every number is exact and equal
 * to the local engine's, whatever the partitions and buckets.
 */
final class SparkRowGroups implements RowGroupSet {

    private final String dataset;
    private final long[] counts;
    private final boolean numericLabel;
    private final JavaRDD<ScanPiece> pieces;
    private final int analyzer;
    private final int buckets;
    private final byte[] analyzerBytes;
    private final RowDecoder decoder;
    private final Map<SparkRowGroups, long[]> shared = new IdentityHashMap<>();

    SparkRowGroups(String dataset, long[] counts, boolean numericLabel, JavaRDD<ScanPiece> pieces, int analyzer,
                   int buckets, byte[] analyzerBytes, RowDecoder decoder) {
        this.dataset = dataset;
        this.counts = counts.clone();
        this.numericLabel = numericLabel;
        this.pieces = pieces;
        this.analyzer = analyzer;
        this.buckets = buckets;
        this.analyzerBytes = analyzerBytes;
        this.decoder = decoder;
    }

    /** The numbers of a bucket's groups, in the order this class reads them; added up over the buckets. */
    static long[] counts(RowGroupSet groups) {
        return new long[]{groups.rows(), groups.distinctRows(), groups.duplicateGroups(), groups.conflictingGroups(),
                groups.conflictingRows(), groups.featureGroups()};
    }

    @Override
    public long rows() {
        return counts[0];
    }

    @Override
    public long distinctRows() {
        return counts[1];
    }

    @Override
    public long duplicateGroups() {
        return counts[2];
    }

    @Override
    public long conflictingGroups() {
        return counts[3];
    }

    @Override
    public long conflictingRows() {
        return counts[4];
    }

    @Override
    public long featureGroups() {
        return counts[5];
    }

    @Override
    public boolean isNumericLabel() {
        return numericLabel;
    }

    @Override
    public Conflicts conflictsBeyond(double tolerance) {
        Preconditions.check(numericLabel, "label conflicts with a tolerance need a numeric label");
        Preconditions.check(tolerance >= 0, "tolerance %s is negative", tolerance);
        byte[] shipped = analyzerBytes;
        RowDecoder rowDecoder = decoder;
        long[] sum = tables().map(bytes -> {
            Analyzer<?, ?> a = AnalyzerShipping.fromBytes(shipped);
            RowGroupSet bucket = (RowGroupSet) States.result(a, States.fromBytes(a, bytes), info(rowDecoder));
            Conflicts c = bucket.conflictsBeyond(tolerance);
            return new long[]{c.groups(), c.rows()};
        }).fold(new long[2], SparkRowGroups::add);
        return new Conflicts(sum[0], sum[1]);
    }

    @Override
    public long rowsAlsoIn(RowGroupSet other) {
        return sharedWith(other)[0];
    }

    @Override
    public long distinctAlsoIn(RowGroupSet other) {
        return sharedWith(other)[1];
    }

    /** Rows and distinct rows of this set also in {@code other}, bucket by bucket; computed once per pair. */
    private synchronized long[] sharedWith(RowGroupSet other) {
        if (!(other instanceof SparkRowGroups theirs)) {
            throw new IllegalArgumentException("rows of " + dataset + " on Spark cannot be compared with " + other
                    + "; read both datasets with Spark");
        }
        long[] known = shared.get(theirs);
        if (known != null) {
            return known;
        }
        int target = Math.max(buckets, theirs.buckets);
        JavaRDD<byte[]> mine = target == buckets ? tables() : rebucketed(target);
        JavaRDD<byte[]> others = target == theirs.buckets ? theirs.tables() : theirs.rebucketed(target);
        byte[] shipped = analyzerBytes;
        RowDecoder rowDecoder = decoder;
        long[] sum = mine.zipPartitions(others, (Iterator<byte[]> a, Iterator<byte[]> b) -> {
            if (!a.hasNext() || !b.hasNext()) {
                return List.of(new long[2]).iterator();
            }
            Analyzer<?, ?> an = AnalyzerShipping.fromBytes(shipped);
            ScanInfo info = info(rowDecoder);
            RowGroupSet left = (RowGroupSet) States.result(an, States.fromBytes(an, a.next()), info);
            RowGroupSet right = (RowGroupSet) States.result(an, States.fromBytes(an, b.next()), info);
            return List.of(new long[]{left.rowsAlsoIn(right), left.distinctAlsoIn(right)}).iterator();
        }).fold(new long[2], SparkRowGroups::add);
        shared.put(theirs, sum);
        return sum;
    }

    /** Partition {@code i < buckets} holds bucket {@code i}'s merged groups as bytes; the last partition nothing. */
    private JavaRDD<byte[]> tables() {
        int index = analyzer;
        return pieces.mapPartitions(it -> {
            List<byte[]> out = new ArrayList<>(1);
            it.forEachRemaining(p -> {
                if (p instanceof ScanPiece.BucketTable t && t.analyzer() == index) {
                    out.add(t.bytes());
                }
            });
            return out.iterator();
        }, true);
    }

    /**
     * The groups split into {@code target} buckets (a larger power of two than {@link #buckets}) by the same key: a
     * group of bucket {@code i} goes to a bucket {@code j} with {@code j mod buckets == i}, so only the buckets move,
     * never a group that another dataset's bucket {@code j} does not hold too.
     */
    private JavaRDD<byte[]> rebucketed(int target) {
        byte[] shipped = analyzerBytes;
        return tables().flatMapToPair(bytes -> {
            Analyzer<?, ?> a = AnalyzerShipping.fromBytes(shipped);
            byte[][] split = States.split((KeyedAnalyzer<?, ?>) a, States.fromBytes(a, bytes), target);
            List<Tuple2<Integer, byte[]>> out = new ArrayList<>();
            for (int j = 0; j < target; j++) {
                if (split[j] != null) {
                    out.add(new Tuple2<>(j, split[j]));
                }
            }
            return out.iterator();
        }).partitionBy(new HashPartitioner(target + 1)).mapPartitions(it -> {
            if (!it.hasNext()) {
                return List.<byte[]>of().iterator();
            }
            Analyzer<?, ?> a = AnalyzerShipping.fromBytes(shipped);
            Object merged = a.newState();
            while (it.hasNext()) {
                merged = States.merge(a, merged, States.fromBytes(a, it.next()._2()));
            }
            return List.of(States.toBytes(a, merged)).iterator();
        }, true);
    }

    private static ScanInfo info(RowDecoder decoder) {
        return new ScanInfo(decoder.dataset(), decoder.schema(), 0, Map.of());
    }

    private static long[] add(long[] a, long[] b) {
        long[] sum = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }

    @Override
    public String toString() {
        return "row groups of " + dataset + " on Spark (" + rows() + " rows in " + buckets + " buckets)";
    }
}
