package io.github.tenken.spark;

import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.KeyedAnalyzer;
import io.github.tenken.stats.RowGroupSet;
import io.github.tenken.stats.ScanInfo;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The merging side of a scan's shuffle. Task number {@code buckets} receives every partition's plain states and
 * merges them analyzer by analyzer in partition order (so in row order, as the local scan merges adjacent batches):
 * the one place they meet, on an executor, not the driver. Each task below it receives one bucket of every keyed
 * analyzer's groups from every partition and merges them: a group (a row's features) is always in the same bucket,
 * so each bucket's counts are exact and the buckets' counts add up to the whole dataset's.
 */
final class ShuffleMerge implements Function2<Integer, Iterator<Tuple2<Integer, Serializable>>, Iterator<ScanPiece>> {

    private static final long serialVersionUID = 1L;

    private final Broadcast<byte[][]> analyzers;
    private final int buckets;
    private final RowDecoder decoder;

    ShuffleMerge(Broadcast<byte[][]> analyzers, int buckets, RowDecoder decoder) {
        this.analyzers = analyzers;
        this.buckets = buckets;
        this.decoder = decoder;
    }

    @Override
    public Iterator<ScanPiece> call(Integer task, Iterator<Tuple2<Integer, Serializable>> records) {
        List<Analyzer<?, ?>> list = new ArrayList<>();
        for (byte[] b : analyzers.value()) {
            list.add(AnalyzerShipping.fromBytes(b));
        }
        return task == buckets ? List.<ScanPiece>of(mergeStates(list, records)).iterator()
                : mergeBucket(list, task, records).iterator();
    }

    private static ScanPiece mergeStates(List<Analyzer<?, ?>> list, Iterator<Tuple2<Integer, Serializable>> records) {
        List<PartitionStates> parts = new ArrayList<>();
        records.forEachRemaining(r -> parts.add((PartitionStates) r._2()));
        parts.sort(Comparator.comparingInt(PartitionStates::partition));
        long rows = parts.stream().mapToLong(PartitionStates::rows).sum();
        byte[][] states = new byte[list.size()][];
        String[] errors = new String[list.size()];
        for (int a = 0; a < list.size(); a++) {
            Object merged = StateMerge.merge(list.get(a), parts, a);
            if (merged != null && !(merged instanceof Throwable) && list.get(a) instanceof KeyedAnalyzer<?, ?>) {
                continue;                           // its groups are in the bucket tables; only its errors count here
            }
            if (merged instanceof Throwable t) {
                errors[a] = t.getMessage() != null ? t.getMessage() : States.describe(t);   // never null
            } else if (merged != null) {
                try {
                    states[a] = States.toBytes(list.get(a), merged);
                } catch (RuntimeException | LinkageError e) {
                    errors[a] = States.describe(e);
                }
            }
        }
        return new ScanPiece.MergedStates(rows, states, errors);
    }

    private List<ScanPiece> mergeBucket(List<Analyzer<?, ?>> list, int bucket,
                                        Iterator<Tuple2<Integer, Serializable>> records) {
        Map<Integer, List<BucketPiece>> byAnalyzer = new TreeMap<>();
        records.forEachRemaining(r -> {
            BucketPiece p = (BucketPiece) r._2();
            byAnalyzer.computeIfAbsent(p.analyzer(), k -> new ArrayList<>()).add(p);
        });
        ScanInfo info = new ScanInfo(decoder.dataset(), decoder.schema(), 0, Map.of());
        List<ScanPiece> out = new ArrayList<>();
        for (int a = 0; a < list.size(); a++) {
            if (!(list.get(a) instanceof KeyedAnalyzer<?, ?>)) {
                continue;
            }
            List<BucketPiece> pieces = new ArrayList<>(byAnalyzer.getOrDefault(a, List.of()));
            pieces.sort(Comparator.comparingInt(BucketPiece::partition).thenComparingInt(BucketPiece::flush));
            Analyzer<?, ?> analyzer = list.get(a);
            try {
                Object merged = analyzer.newState();
                for (BucketPiece p : pieces) {
                    merged = States.merge(analyzer, merged, States.fromBytes(analyzer, p.bytes()));
                }
                long[] counts = SparkRowGroups.counts((RowGroupSet) States.result(analyzer, merged, info));
                out.add(new ScanPiece.BucketTable(a, bucket, States.toBytes(analyzer, merged), counts, null));
            } catch (RuntimeException | LinkageError e) {
                out.add(new ScanPiece.BucketTable(a, bucket, null, null, States.describe(e)));
            }
        }
        return out;
    }
}
