package io.github.tenken.checks.io;

import io.github.tenken.data.CategoricalColumn;
import io.github.tenken.data.CategoryDictionary;
import io.github.tenken.data.Column;
import io.github.tenken.data.ColumnType;
import io.github.tenken.data.IdentifierColumn;
import io.github.tenken.data.NumericColumn;
import io.github.tenken.data.ValueHash;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values of one column while a file is read. A column whose type is not declared starts numeric and turns
 * categorical at the first present value that is not a number; the rows before it are then filled in by a second
 * pass over the file ({@link #needsBackfill()}), because their text was not kept.
 *
 * <p>Categories get local codes in this buffer and dictionary codes only in {@link #build}, in order of first
 * appearance, so a file that fails halfway leaves the shared dictionary untouched. A column declared
 * {@link ColumnType#IDENTIFIER} is kept as text from the start, since an identifier hashes its text.
 */
final class ColumnBuffer {

    private static final int UNFILLED = -2;

    private final String name;
    private final ColumnType declared;
    private boolean numeric;
    private double[] numbers;
    private int[] codes;
    private Map<String, Integer> localCodes;
    private List<String> levels;
    private int size;
    private int backfillRows;
    /** The sampled texts of a column of numbers whose name says "identifier", else {@code null}. */
    private Set<String> sampleTexts;
    private int samplePresent;
    private boolean numericIdentifier;

    ColumnBuffer(String name, ColumnType declared, CsvOptions options) {
        this.name = name;
        this.declared = declared;
        this.numeric = declared == null || declared == ColumnType.NUMERIC;
        if (declared == null && TypeRule.mayBeNumericIdentifier(name, options)) {
            sampleTexts = new HashSet<>();
        }
        if (numeric) {
            numbers = new double[1024];
        } else {
            startCategorical(1024);
        }
    }

    String name() {
        return name;
    }

    boolean isNumeric() {
        return numeric;
    }

    /** Appends a missing value. */
    void addMissing() {
        if (numeric) {
            ensureNumbers();
            numbers[size++] = Double.NaN;
        } else {
            ensureCodes();
            codes[size++] = CategoricalColumn.MISSING;
        }
    }

    /** {@link #add}: the value is stored. */
    static final int ADDED = 0;
    /** {@link #add}: the column is declared numeric and the value is not a number; missing is stored. */
    static final int NOT_A_NUMBER = 1;
    /** {@link #add}: the column is numeric and the value is no finite number ({@code Inf}); missing is stored. */
    static final int NOT_FINITE = 2;

    /**
     * Appends a present value; returns {@link #ADDED}, or what is wrong with it for a column that is numeric (the
     * caller notes it with the line, and reports it once the read is complete).
     */
    int add(String value) {
        if (numeric) {
            double v = NumberParser.value(value);
            if (v == v && !Double.isInfinite(v)) {
                if (sampleTexts != null && size < CsvOptions.TYPE_SAMPLE_ROWS) {
                    samplePresent++;
                    sampleTexts.add(value);
                }
                ensureNumbers();
                numbers[size++] = v;
                return ADDED;
            }
            if (v != v && declared != ColumnType.NUMERIC) {
                turnCategorical();
            } else {
                ensureNumbers();
                numbers[size++] = Double.NaN;
                return v != v ? NOT_A_NUMBER : NOT_FINITE;
            }
        }
        ensureCodes();
        codes[size++] = localCode(value);
        return ADDED;
    }

    /**
     * After the first pass: a column of numbers whose name says "identifier" and whose sampled values are all
     * distinct ({@link TypeRule#numericType}) becomes an identifier, whose text the second pass fills in.
     */
    void settleNumericIdentifier(CsvOptions options) {
        if (numeric && sampleTexts != null
                && TypeRule.numericType(name, options, samplePresent, sampleTexts.size()) == ColumnType.IDENTIFIER) {
            numericIdentifier = true;
            turnCategorical();
        }
        sampleTexts = null;
    }

    /** Whether rows read while the column looked numeric must be re-read as categories. */
    boolean needsBackfill() {
        return backfillRows > 0;
    }

    /** How many leading rows must be re-read. */
    int backfillRows() {
        return backfillRows;
    }

    /** Sets the category of a leading row during the second pass ({@code null} = missing). */
    void backfill(int row, String value) {
        codes[row] = value == null ? CategoricalColumn.MISSING : localCode(value);
    }

    /** The distinct present categories in order of first appearance, for the label check. */
    List<String> distinctCategories() {
        List<String> present = new ArrayList<>();
        boolean[] seen = new boolean[levels.size()];
        for (int r = 0; r < size; r++) {
            int c = codes[r];
            if (c >= 0 && !seen[c]) {
                seen[c] = true;
                present.add(levels.get(c));
            }
        }
        return present;
    }

    int size() {
        return size;
    }

    int missingCount() {
        int missing = 0;
        for (int r = 0; r < size; r++) {
            if (numeric ? Double.isNaN(numbers[r]) : codes[r] == CategoricalColumn.MISSING) {
                missing++;
            }
        }
        return missing;
    }

    /** The column's type by the shared {@link TypeRule}, from the present and distinct values of its first rows. */
    ColumnType type(CsvOptions options) {
        if (numeric) {
            return ColumnType.NUMERIC;
        }
        if (numericIdentifier) {
            return ColumnType.IDENTIFIER;
        }
        int sample = Math.min(size, CsvOptions.TYPE_SAMPLE_ROWS);
        boolean[] seen = new boolean[levels.size()];
        int present = 0;
        int distinct = 0;
        for (int r = 0; r < sample; r++) {
            int c = codes[r];
            if (c >= 0) {
                present++;
                if (!seen[c]) {
                    seen[c] = true;
                    distinct++;
                }
            }
        }
        return TypeRule.textType(name, options, present, distinct);
    }

    /** The finished column of this type; categories are coded with {@code dictionary}, in order of first appearance. */
    Column build(ColumnType type, CategoryDictionary dictionary) {
        if (type == ColumnType.IDENTIFIER) {
            long[] hashes = new long[size];
            for (int r = 0; r < size; r++) {
                int c = codes[r];
                hashes[r] = c == CategoricalColumn.MISSING ? IdentifierColumn.MISSING : ValueHash.of(levels.get(c));
            }
            return IdentifierColumn.adopt(name, hashes, size);
        }
        if (numeric) {
            NumericColumn.Builder b = NumericColumn.builder(name, size);
            for (int r = 0; r < size; r++) {
                b.add(numbers[r]);
            }
            return b.build();
        }
        int[] toDictionary = new int[levels.size()];
        Arrays.fill(toDictionary, UNFILLED);
        CategoricalColumn.Builder b = CategoricalColumn.builder(name, dictionary, size);
        for (int r = 0; r < size; r++) {
            int local = codes[r];
            if (local == CategoricalColumn.MISSING) {
                b.addCode(CategoricalColumn.MISSING);
            } else {
                if (toDictionary[local] == UNFILLED) {
                    toDictionary[local] = dictionary.codeOf(levels.get(local));
                }
                b.addCode(toDictionary[local]);
            }
        }
        return b.build();
    }

    private void turnCategorical() {
        backfillRows = size;
        numeric = false;
        numbers = null;
        startCategorical(Math.max(1024, size * 2));
        Arrays.fill(codes, 0, size, UNFILLED);
    }

    private void startCategorical(int capacity) {
        codes = new int[capacity];
        localCodes = new HashMap<>();
        levels = new ArrayList<>();
    }

    private int localCode(String value) {
        Integer code = localCodes.get(value);
        if (code == null) {
            code = levels.size();
            localCodes.put(value, code);
            levels.add(value);
        }
        return code;
    }

    private void ensureNumbers() {
        if (size == numbers.length) {
            numbers = Arrays.copyOf(numbers, size * 2);
        }
    }

    private void ensureCodes() {
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, size * 2);
        }
    }
}
