package io.github.tenken.testing;

import io.github.tenken.data.Batch;
import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.Dataset;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Schema;
import io.github.tenken.data.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A dataset that is not a {@link Table}, as a file read while it is scanned would be: each scan hands out batches
 * holding copies of the rows (not slices of a table), and the dataset counts its scans and whole reads.
 */
public final class CountingDataset implements Dataset {

    private final Table rows;
    /** Scans so far. */
    public final AtomicInteger scans = new AtomicInteger();
    /** Whole reads ({@link #toTable()}) so far. */
    public final AtomicInteger reads = new AtomicInteger();

    public CountingDataset(Table rows) {
        this.rows = rows;
    }

    @Override
    public String name() {
        return rows.name();
    }

    @Override
    public String source() {
        return "counting:" + rows.name();
    }

    @Override
    public Schema schema() {
        return rows.schema();
    }

    @Override
    public int scan(int batchRows, Executor executor, BatchSink sink) {
        scans.incrementAndGet();
        return rows.scan(batchRows, executor, (index, batch) -> sink.accept(index, copy(batch)));
    }

    private static Batch copy(Batch b) {
        List<Column> columns = new ArrayList<>();
        for (int j = 0; j < b.schema().size(); j++) {
            Column c = b.column(j);
            columns.add(switch (c.type()) {
                case NUMERIC -> NumericColumn.of(c.name(), ((NumericColumn) c).copyValues());
                case CATEGORICAL -> {
                    CategoricalColumn k = (CategoricalColumn) c;
                    yield CategoricalColumn.adopt(k.name(), k.dictionary(), k.copyCodes(), k.size());
                }
                case IDENTIFIER -> {
                    IdentifierColumn i = (IdentifierColumn) c;
                    yield IdentifierColumn.adopt(i.name(), i.copyHashes(), i.size());
                }
            });
        }
        return Batch.of(b.schema(), b.firstRow(), columns);
    }

    @Override
    public Table toTable() {
        reads.incrementAndGet();
        return rows;
    }
}
