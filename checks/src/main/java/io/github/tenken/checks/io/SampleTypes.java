package io.github.tenken.checks.io;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the first rows of a file say about its columns that have no declared type: whether every present value is a
 * number, and for the others how many values are present and distinct; and the types the {@link TypeRule} gives
 * from that.
 *
 * <p>Numbers are checked from the bytes first; only the columns that hold text are then coded to count their
 * distinct values, which keeps the sample cheap. The counts of a numeric column are needed only when a value that is
 * not a number turns up later, to give it the type the reference reader would give it from the same rows: they are
 * then computed from the sample read again.
 */
final class SampleTypes {

    private final String file;
    private final List<String> names;
    private final CsvOptions options;
    private final CsvSyntax syntax;
    private final Supplier<RawBatch> sampleAgain;
    private final boolean[] numbers;
    private final boolean[] counted;
    private final int[] present;
    private final int[] distinct;
    private final int rows;

    /**
     * The types of the columns named so, from the sample batch (which may be partial).
     *
     * @param sampleAgain reads the same sample batch again, for the counts of numeric columns if ever needed
     */
    SampleTypes(String file, List<String> names, CsvOptions options, CsvSyntax syntax, RawBatch sample,
                Supplier<RawBatch> sampleAgain) {
        this.file = file;
        this.names = List.copyOf(names);
        this.options = options;
        this.syntax = syntax;
        this.sampleAgain = sampleAgain;
        this.rows = sample.rows();
        int n = names.size();
        this.numbers = new boolean[n];
        this.counted = new boolean[n];
        this.present = new int[n];
        this.distinct = new int[n];
        RawBatch pristine = new RawBatch(sample.bytes().clone(), sample.firstLine(), sample.firstOffset(),
                sample.rows(), sample.failure());
        List<ColumnPlan> plans = new ArrayList<>(n);
        for (String name : names) {
            plans.add(undeclared(name) ? ColumnPlan.of(name, ColumnPlan.Kind.INFERRED_NUMBER, options) : skip(name));
        }
        ParsedBatch parsed = parse(plans, sample);
        boolean[] text = new boolean[n];
        for (int j = 0; j < n; j++) {
            numbers[j] = undeclared(names.get(j)) && parsed.violations[j] == null;
            text[j] = undeclared(names.get(j)) && parsed.violations[j] != null;
        }
        count(text, pristine);
    }

    /** How many rows the sample held. */
    int rows() {
        return rows;
    }

    /** The schema: declared types, numeric where every sampled value is a number, else by the {@link TypeRule}. */
    Schema schema() {
        List<Schema.Field> fields = new ArrayList<>(names.size());
        for (int j = 0; j < names.size(); j++) {
            String name = names.get(j);
            ColumnType declared = options.declaredTypes().get(name);
            ColumnType type = declared != null ? declared : numbers[j] ? numericType(j) : textType(j);
            fields.add(new Schema.Field(name, type));
        }
        return new Schema(fields);
    }

    /** The type of column {@code j}, all of whose sampled values are numbers: numeric, or an identifier by name. */
    private ColumnType numericType(int j) {
        if (!TypeRule.mayBeNumericIdentifier(names.get(j), options)) {
            return ColumnType.NUMERIC;
        }
        countIfNeeded(j);
        return TypeRule.numericType(names.get(j), options, present[j], distinct[j]);
    }

    private synchronized void countIfNeeded(int j) {
        if (!counted[j]) {
            boolean[] numeric = new boolean[names.size()];
            for (int i = 0; i < numeric.length; i++) {
                numeric[i] = numbers[i] && !counted[i];
            }
            count(numeric, sampleAgain.get());
        }
    }

    /** The type of column {@code j} once a value that is not a number has been found in it. */
    synchronized ColumnType textType(int j) {
        countIfNeeded(j);
        return TypeRule.textType(names.get(j), options, present[j], distinct[j]);
    }

    /** Counts the present and distinct values of the chosen columns in the sample. */
    private void count(boolean[] columns, RawBatch sample) {
        List<ColumnPlan> plans = new ArrayList<>(names.size());
        boolean any = false;
        for (int j = 0; j < names.size(); j++) {
            String name = names.get(j);
            plans.add(columns[j] ? ColumnPlan.of(name, ColumnPlan.Kind.SAMPLE, options) : skip(name));
            any |= columns[j];
        }
        if (!any) {
            return;
        }
        ParsedBatch parsed = parse(plans, sample);
        for (int j = 0; j < names.size(); j++) {
            if (!columns[j]) {
                continue;
            }
            int[] codes = (int[]) parsed.data[j];
            int count = 0;
            for (int r = 0; r < parsed.rows; r++) {
                if (codes[r] != CategoricalColumn.MISSING) {
                    count++;
                }
            }
            present[j] = count;
            distinct[j] = parsed.levels[j].length;
            counted[j] = true;
        }
    }

    private ParsedBatch parse(List<ColumnPlan> plans, RawBatch sample) {
        return new BatchParser(file, plans, syntax, true, options.hasHeader()).parse(0, sample);
    }

    private boolean undeclared(String name) {
        return !options.declaredTypes().containsKey(name);
    }

    private static ColumnPlan skip(String name) {
        return new ColumnPlan(name, ColumnPlan.Kind.SKIP, null, null);
    }
}
