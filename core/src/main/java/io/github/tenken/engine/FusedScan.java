package io.github.tenken.engine;

import io.github.tenken.data.Batch;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Dataset;
import io.github.tenken.data.Schema;
import io.github.tenken.data.Table;
import io.github.tenken.stats.Analyzer;
import io.github.tenken.stats.ScanInfo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Feeds many analyzers in one pass over a dataset: every batch gets fresh states for every analyzer, and the states
 * of adjacent batches merge in a fixed binary tree ({@link MergeTree}) as the batches finish, so the result does not
 * depend on the number of threads or their timing, and at most a few states are alive at once. An analyzer that
 * throws fails alone: its result is the failure, which {@link ScanResult#get} rethrows to the check that reads it.
 * When asked, the scan also keeps the batches and joins them into a table (a file is then read only once).
 */
public final class FusedScan {

    private FusedScan() {
    }

    /** The failure of one analyzer, kept in place of its state and result. */
    record Failure(Throwable cause) {
    }

    /** Scans the dataset once for all the (distinct) analyzers; keeps its rows as a table when {@code keepRows}. */
    public static ScanResult run(Dataset dataset, Collection<? extends Analyzer<?, ?>> analyzers,
                                 ScanSettings settings, boolean keepRows) {
        List<Analyzer<?, ?>> distinct = new ArrayList<>(new LinkedHashSet<>(analyzers));
        if (dataset instanceof DistributedDataset remote) {
            return runDistributed(remote, distinct, settings, keepRows);
        }
        Schema schema = dataset.schema();
        MergeTree<Object[]> tree = new MergeTree<>((a, b) -> merge(distinct, a, b));
        Map<String, CategoryDictionary> dictionaries = new ConcurrentHashMap<>();
        Map<Integer, Batch> kept = keepRows && !(dataset instanceof Table) ? new ConcurrentHashMap<>() : null;
        AtomicLong rows = new AtomicLong();
        int batches = dataset.scan(settings.batchRows(), settings.executor(), (index, batch) -> {
            Object[] states = new Object[distinct.size()];
            for (int a = 0; a < states.length; a++) {
                states[a] = updateFresh(distinct.get(a), batch);
            }
            noteDictionaries(batch, dictionaries);
            rows.addAndGet(batch.size());
            if (kept != null) {
                kept.put(index, batch);
            }
            tree.add(index, states);
        });
        Object[] merged = batches == 0 ? freshStates(distinct) : tree.finish(batches);
        Map<String, List<String>> categories = new LinkedHashMap<>();
        dictionaries.forEach((column, d) -> categories.put(column, d.snapshot()));
        for (Schema.Field f : schema.fields()) {
            if (f.type() == ColumnType.CATEGORICAL) {
                categories.putIfAbsent(f.name(), List.of());     // no batch showed its dictionary: no categories
            }
        }
        ScanInfo info = new ScanInfo(dataset.name(), schema, rows.get(), categories);
        Map<Analyzer<?, ?>, Object> results = new LinkedHashMap<>();
        for (int a = 0; a < distinct.size(); a++) {
            results.put(distinct.get(a), finish(distinct.get(a), merged[a], info));
        }
        Optional<Table> table = Optional.empty();
        if (keepRows) {
            table = Optional.of(dataset instanceof Table t ? t : joined(dataset, schema, kept, batches));
        }
        return new ScanResult(dataset.name(), rows.get(), batches, results, table);
    }

    /** The scan of a dataset that computes the states where its rows live; results are computed here. */
    private static ScanResult runDistributed(DistributedDataset dataset, List<Analyzer<?, ?>> distinct,
                                             ScanSettings settings, boolean keepRows) {
        DistributedDataset.Merged merged = dataset.scanStates(distinct, settings.batchRows());
        if (merged.states().size() != distinct.size()) {
            throw new IllegalStateException(dataset.name() + " returned " + merged.states().size() + " states for "
                    + distinct.size() + " analyzers");
        }
        Map<String, List<String>> categories = new LinkedHashMap<>(merged.categories());
        for (Schema.Field f : dataset.schema().fields()) {
            if (f.type() == ColumnType.CATEGORICAL) {
                categories.putIfAbsent(f.name(), List.of());
            }
        }
        ScanInfo info = new ScanInfo(dataset.name(), dataset.schema(), merged.rows(), categories);
        Map<Analyzer<?, ?>, Object> results = new LinkedHashMap<>();
        for (int a = 0; a < distinct.size(); a++) {
            Object state = merged.states().get(a);
            results.put(distinct.get(a), state instanceof DistributedDataset.Computed c ? c.result()
                    : finish(distinct.get(a), state instanceof Throwable t ? new Failure(t) : state, info));
        }
        Optional<Table> table = keepRows ? Optional.of(dataset.toTable()) : Optional.empty();
        return new ScanResult(dataset.name(), merged.rows(), merged.batches(), results, table);
    }

    private static Table joined(Dataset dataset, Schema schema, Map<Integer, Batch> kept, int batches) {
        List<Batch> ordered = new ArrayList<>(batches);
        for (int i = 0; i < batches; i++) {
            ordered.add(kept.remove(i));
        }
        return Table.concat(dataset.name(), dataset.source(), schema, ordered);
    }

    private static void noteDictionaries(Batch batch, Map<String, CategoryDictionary> dictionaries) {
        for (int j = 0; j < batch.schema().size(); j++) {
            if (batch.column(j) instanceof CategoricalColumn c) {
                dictionaries.putIfAbsent(c.name(), c.dictionary());
            }
        }
    }

    /** The states of no rows at all, for a source that handed out no batch (a file of a header only). */
    private static Object[] freshStates(List<Analyzer<?, ?>> analyzers) {
        Object[] states = new Object[analyzers.size()];
        for (int a = 0; a < states.length; a++) {
            try {
                states[a] = analyzers.get(a).newState();
            } catch (RuntimeException | LinkageError e) {
                states[a] = new Failure(e);
            }
        }
        return states;
    }

    private static <S> Object updateFresh(Analyzer<S, ?> analyzer, Batch batch) {
        try {
            S state = analyzer.newState();
            analyzer.update(state, batch);
            return state;
        } catch (RuntimeException | LinkageError e) {
            return new Failure(e);
        }
    }

    private static Object[] merge(List<Analyzer<?, ?>> analyzers, Object[] left, Object[] right) {
        for (int a = 0; a < left.length; a++) {
            left[a] = mergeOne(analyzers.get(a), left[a], right[a]);
        }
        return left;
    }

    @SuppressWarnings("unchecked")
    private static <S> Object mergeOne(Analyzer<S, ?> analyzer, Object left, Object right) {
        if (left instanceof Failure) {
            return left;
        }
        if (right instanceof Failure) {
            return right;
        }
        try {
            return analyzer.merge((S) left, (S) right);
        } catch (RuntimeException | LinkageError e) {
            return new Failure(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <S, R> Object finish(Analyzer<S, R> analyzer, Object state, ScanInfo info) {
        if (state instanceof Failure f) {
            return f;
        }
        try {
            return analyzer.result((S) state, info);
        } catch (RuntimeException | LinkageError e) {
            return new Failure(e);
        }
    }
}
