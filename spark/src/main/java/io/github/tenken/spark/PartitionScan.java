package io.github.tenken.spark;

import io.github.tenken.data.Batch;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.Schema;
import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.KeyedAnalyzer;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The work of one partition: its rows cut into batches at the same row boundaries as the local scan (multiples of
 * the batch size, counted from the dataset's first row, so a batch may be split between two partitions), every
 * analyzer updated with fresh states per batch and merged left to right, and the partition's states written as
 * bytes. An analyzer that fails is reported by its error and not updated further; the others go on.
 *
 * <p>The output is keyed for the shuffle that merges it: the plain states go to the merging task number
 * {@code buckets} as one {@link PartitionStates}; a {@link KeyedAnalyzer}'s state is split by key into
 * {@code buckets} {@link BucketPiece}s, piece {@code i} keyed {@code i}, so that no task ever holds every group.
 */
final class PartitionScan implements Function2<Integer, Iterator<Row>, Iterator<Tuple2<Integer, Serializable>>> {

    private static final long serialVersionUID = 1L;

    private final RowDecoder decoder;
    private final Broadcast<byte[][]> analyzers;
    private final Broadcast<String[][]> dictionaries;
    private final long[] offsets;
    private final int batchRows;
    private final int buckets;
    private final long flushGroups;

    PartitionScan(RowDecoder decoder, Broadcast<byte[][]> analyzers, Broadcast<String[][]> dictionaries,
                  long[] offsets, int batchRows, int buckets, long flushGroups) {
        this.decoder = decoder;
        this.analyzers = analyzers;
        this.dictionaries = dictionaries;
        this.offsets = offsets;
        this.batchRows = batchRows;
        this.buckets = buckets;
        this.flushGroups = flushGroups;
    }

    @Override
    public Iterator<Tuple2<Integer, Serializable>> call(Integer partition, Iterator<Row> rows) {
        byte[][] shipped = analyzers.value();
        List<Analyzer<?, ?>> list = new ArrayList<>(shipped.length);
        for (byte[] b : shipped) {
            list.add(AnalyzerShipping.fromBytes(b));
        }
        String[][] values = dictionaries.value();
        CategoryDictionary[] dicts = new CategoryDictionary[values.length];
        for (int j = 0; j < values.length; j++) {
            dicts[j] = values[j] == null ? null : CategoryDictionary.of(values[j]);
        }
        return new Output(partition, rows, list, dicts);
    }

    /**
     * The partition's output, made as Spark's shuffle writer pulls it: a batch at a time, a keyed analyzer's groups
     * sent on in bucket pieces whenever they pass {@code flushGroups} (so a partition of any size never holds more
     * than about that many groups), the plain states once the rows end.
     */
    private final class Output implements Iterator<Tuple2<Integer, Serializable>> {

        private final int partition;
        private final Iterator<Row> rows;
        private final List<Analyzer<?, ?>> list;
        private final CategoryDictionary[] dicts;
        private final Schema schema = decoder.schema();
        private final Object[] states;
        private final String[] errors;
        private final long first;
        private final java.util.ArrayDeque<Tuple2<Integer, Serializable>> ready = new java.util.ArrayDeque<>();
        private long at;
        private int flushes;
        private boolean done;

        Output(int partition, Iterator<Row> rows, List<Analyzer<?, ?>> list, CategoryDictionary[] dicts) {
            this.partition = partition;
            this.rows = rows;
            this.list = list;
            this.dicts = dicts;
            this.states = new Object[list.size()];
            this.errors = new String[list.size()];
            this.first = offsets[partition];
            this.at = first;
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && !done) {
                step();
            }
            return !ready.isEmpty();
        }

        @Override
        public Tuple2<Integer, Serializable> next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return ready.poll();
        }

        /** One batch (up to the next multiple of the batch size), or the end of the partition. */
        private void step() {
            List<Row> buffer = new ArrayList<>();
            while (rows.hasNext()) {
                buffer.add(rows.next());
                at++;
                if (at % batchRows == 0) {
                    break;
                }
            }
            if (!buffer.isEmpty()) {
                feed(list, states, errors, decoder.decode(schema, buffer, at - buffer.size(), dicts));
            }
            boolean end = !rows.hasNext();
            flushKeyed(end);
            if (end) {
                byte[][] bytes = new byte[list.size()][];
                for (int a = 0; a < list.size(); a++) {
                    if (errors[a] == null && states[a] != null) {
                        try {
                            bytes[a] = States.toBytes(list.get(a), states[a]);
                        } catch (RuntimeException | LinkageError e) {
                            errors[a] = States.describe(e);
                        }
                        states[a] = null;
                    }
                }
                ready.add(new Tuple2<>(buckets, new PartitionStates(partition, at - first, bytes, errors)));
                done = true;
            }
        }

        /** Sends each keyed analyzer's groups on in bucket pieces when they are many, or at the end. */
        private void flushKeyed(boolean end) {
            for (int a = 0; a < list.size(); a++) {
                if (!(list.get(a) instanceof KeyedAnalyzer<?, ?> keyed) || errors[a] != null || states[a] == null
                        || !end && States.groups(keyed, states[a]) < flushGroups) {
                    continue;
                }
                try {
                    byte[][] pieces = States.split(keyed, states[a], buckets);
                    for (int b = 0; b < buckets; b++) {
                        if (pieces[b] != null) {
                            ready.add(new Tuple2<>(b, new BucketPiece(a, partition, flushes, pieces[b])));
                        }
                    }
                } catch (RuntimeException | LinkageError e) {
                    errors[a] = States.describe(e);
                }
                states[a] = null;
            }
            flushes++;
        }
    }

    private static void feed(List<Analyzer<?, ?>> analyzers, Object[] states, String[] errors, Batch batch) {
        for (int a = 0; a < states.length; a++) {
            if (errors[a] != null) {
                continue;
            }
            try {
                Object fresh = States.update(analyzers.get(a), batch);
                states[a] = states[a] == null ? fresh : States.merge(analyzers.get(a), states[a], fresh);
            } catch (RuntimeException | LinkageError e) {
                errors[a] = States.describe(e);
                states[a] = null;
            }
        }
    }
}
