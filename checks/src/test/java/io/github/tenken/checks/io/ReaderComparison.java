package io.github.tenken.checks.io;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.Column;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.Table;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the same bytes with the parallel reader and with the reference (Commons CSV) reader, each with its own
 * fresh dictionaries, and asserts that both give the same table (names, types, every value bit for bit, category
 * codes and dictionary contents, row lines) or fail with the same exception and message.
 */
final class ReaderComparison {

    private ReaderComparison() {
    }

    /** The result of one read: a table with its dictionaries, or the exception. */
    record Outcome(LocatedTable table, Dictionaries dictionaries, RuntimeException error) {
    }

    /** Reads with the fast path; fails the test when the options would make it fall back. */
    static Outcome fast(String name, byte[] bytes, CsvOptions options) {
        assertThat(options.fastPathSupported()).as("the options let the fast path read").isTrue();
        Dictionaries d = new Dictionaries();
        return outcome(d, () -> CsvTableReader.readLocated(name, new ByteArrayInputStream(bytes), options, d));
    }

    /**
     * Reads with the fast path in batches of {@code batchRows} rows on the calling thread, so that batches start
     * after every kind of record (the line each batch starts on is computed by the splitter).
     */
    static Outcome fastInBatches(String name, byte[] bytes, CsvOptions options, int batchRows) {
        Dictionaries d = new Dictionaries();
        return outcome(d, () -> new CsvDataset(name, new ByteArrayInputStream(bytes), options, d)
                .toLocatedTable(Runnable::run, batchRows));
    }

    /** Reads with the reference reader. */
    static Outcome reference(String name, byte[] bytes, CsvOptions options) {
        Dictionaries d = new Dictionaries();
        CsvOptions reference = options.toBuilder().referenceReader(true).build();
        return outcome(d, () -> CsvTableReader.readLocated(name, new ByteArrayInputStream(bytes), reference, d));
    }

    static Outcome outcome(Dictionaries dictionaries, Supplier<LocatedTable> read) {
        try {
            return new Outcome(read.get(), dictionaries, null);
        } catch (RuntimeException e) {
            return new Outcome(null, dictionaries, e);
        }
    }

    /**
     * Both readers on the same bytes, the fast one also in small batches (of one and three rows for small texts, of
     * seven rows up to 200 KB); returns the fast path's outcome after asserting that each equals the reference's.
     */
    static Outcome assertSame(String name, byte[] bytes, CsvOptions options) {
        Outcome fast = fast(name, bytes, options);
        Outcome reference = reference(name, bytes, options);
        assertSame(fast, reference);
        if (bytes.length < 20_000) {
            assertSame(fastInBatches(name, bytes, options, 1), reference);
            assertSame(fastInBatches(name, bytes, options, 3), reference);
        } else if (bytes.length < 200_000) {
            assertSame(fastInBatches(name, bytes, options, 7), reference);
        }
        return fast;
    }

    static void assertSame(Outcome fast, Outcome reference) {
        if (reference.error() != null) {
            assertThat(fast.error()).as("the fast path fails as the reference does: " + reference.error())
                    .isNotNull();
            assertThat(fast.error()).isExactlyInstanceOf(reference.error().getClass())
                    .hasMessage(reference.error().getMessage());
            if (reference.error() instanceof DataFileException r) {
                DataFileException f = (DataFileException) fast.error();
                assertThat(f.file()).isEqualTo(r.file());
                assertThat(f.line()).isEqualTo(r.line());
                assertThat(f.column()).isEqualTo(r.column());
                assertThat(f.value()).isEqualTo(r.value());
            }
            return;
        }
        if (fast.error() != null) {
            throw new AssertionError("the fast path failed where the reference read a table", fast.error());
        }
        assertSameTables(fast.table().table(), reference.table().table());
        assertThat(lines(fast.table())).as("row lines").isEqualTo(lines(reference.table()));
        assertThat(fast.table().file()).isEqualTo(reference.table().file());
        assertThat(fast.dictionaries().columns()).isEqualTo(reference.dictionaries().columns());
        for (String column : reference.dictionaries().columns()) {
            assertThat(fast.dictionaries().forColumn(column).values()).as("dictionary of " + column)
                    .isEqualTo(reference.dictionaries().forColumn(column).values());
        }
    }

    /** Same name, source, columns, types and values bit for bit; category codes and their dictionaries' values. */
    static void assertSameTables(Table actual, Table expected) {
        assertThat(actual.name()).isEqualTo(expected.name());
        assertThat(actual.source()).isEqualTo(expected.source());
        assertThat(actual.schema()).isEqualTo(expected.schema());
        assertThat(actual.rowCount()).isEqualTo(expected.rowCount());
        for (int j = 0; j < expected.columns().size(); j++) {
            Column e = expected.columns().get(j);
            Column a = actual.columns().get(j);
            String what = "column " + e.name();
            if (e instanceof NumericColumn n) {
                assertThat(bits(((NumericColumn) a).copyValues())).as(what).isEqualTo(bits(n.copyValues()));
            } else if (e instanceof CategoricalColumn c) {
                CategoricalColumn ac = (CategoricalColumn) a;
                assertThat(ac.copyCodes()).as(what).isEqualTo(c.copyCodes());
                assertThat(ac.dictionary().values()).as(what).isEqualTo(c.dictionary().values());
            } else {
                assertThat(((IdentifierColumn) a).copyHashes()).as(what).isEqualTo(((IdentifierColumn) e).copyHashes());
            }
        }
    }

    static int[] lines(LocatedTable t) {
        int[] lines = new int[t.table().rowCount()];
        for (int r = 0; r < lines.length; r++) {
            lines[r] = t.line(r);
        }
        return lines;
    }

    private static long[] bits(double[] values) {
        return Arrays.stream(values).mapToLong(Double::doubleToRawLongBits).toArray();
    }
}
