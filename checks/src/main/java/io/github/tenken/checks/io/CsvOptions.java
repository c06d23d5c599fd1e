package io.github.tenken.checks.io;

import io.github.tenken.data.ColumnType;
import io.github.tenken.internal.Preconditions;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * How to read a delimited text file into a {@link io.github.tenken.data.Table}: delimiter, header or explicit
 * column names, trimming, missing-value markers, junk lines, declared column types, the label column and per-column
 * value normalisation. Immutable; made with {@link #builder()}.
 *
 * <pre>{@code
 * CsvOptions adultTest = CsvOptions.builder()
 *         .columnNames(SampleData.ADULT_COLUMNS)     // no header line
 *         .missingMarkers("?")
 *         .skipLinesStartingWith("|")                // "|1x3 Cross validator"
 *         .numeric("age", "fnlwgt")
 *         .label("income")
 *         .stripSuffix("income", ".")                // "<=50K." -> "<=50K"
 *         .build();
 * }</pre>
 *
 * <p>Each field is read as: trimmed (unless trimming is off); missing when it equals a missing-value marker of the
 * file ({@link #DEFAULT_MISSING_MARKERS} unless replaced) or of its column ({@link Builder#missingMarkersFor}); otherwise normalised by the column's rules in the order they were added. Columns without a declared
 * type are numeric when every present value is a decimal number, categorical otherwise. Blank lines (white space
 * only) are skipped and counted ({@link LocatedTable#blankLines()}); a line of delimiters only is a row whose values
 * are all missing.
 *
 * <p><b>What is refused.</b> Text is UTF-8 unless another {@link Builder#encoding(Charset) encoding} is given; an
 * invalid byte is an error naming the line and byte offset, never a silent U+FFFD. An infinite number ({@code Inf},
 * {@code -Infinity}, {@code 1e999}) in a numeric column is an error (declare the token missing for that column); so is
 * a value that is not a number in a column declared numeric, with the count of such values. A field longer than
 * {@link Builder#maxFieldBytes(int)}, a header with more than {@link Builder#maxColumns(int)} columns, a gzipped file
 * that decompresses to more than {@link Builder#maxBytes(long)} and {@code skipLines} past the end of the file are
 * errors naming the file and line, found without reading further.
 *
 * <p><b>Identifier columns.</b> A column that would be categorical is read as an
 * {@link ColumnType#IDENTIFIER identifier} (a 64-bit hash of each value's text, no dictionary entry) when
 * <ul>
 * <li>identifier detection is on ({@link Builder#detectIdentifiers(boolean)}, the default),</li>
 * <li>it has no declared type, is not the label and is not listed in {@link Builder#keepValues(String...)}, and</li>
 * <li>among its first {@value #TYPE_SAMPLE_ROWS} rows, at least {@value #IDENTIFIER_MIN_VALUES} values are present
 *     and at least {@value #IDENTIFIER_MIN_DISTINCT_PERCENT}% of the present values are distinct.</li>
 * </ul>
 * A row id of a million rows then costs 8 bytes a row instead of a million dictionary strings. A column declared
 * {@code IDENTIFIER} with {@link Builder#columnType} is always one. Columns of numbers stay numeric however many
 * distinct values they have. {@link CsvDataset} infers the types of its columns from the same first
 * {@value #TYPE_SAMPLE_ROWS} rows.
 *
 * <p><b>Reader.</b> Files are read by a parallel byte-level parser; {@link Builder#referenceReader(boolean)} selects
 * the sequential Apache Commons CSV reader instead, which gives the same tables and errors (it serves as the
 * reference in tests, and is used whenever the fast parser cannot handle the options, see
 * {@link #fastPathSupported()}).
 */
public final class CsvOptions {

    /**
     * The default missing-value markers: the empty field, {@code NA}, {@code ?}, and the tokens pandas reads as
     * missing by default: {@code NaN}, {@code nan}, {@code -nan}, {@code NULL}, {@code null}, {@code None},
     * {@code N/A}, {@code n/a} and {@code #N/A}. {@link Builder#addMissingMarkers} adds to them,
     * {@link Builder#missingMarkers(String...)} replaces them.
     */
    public static final List<String> DEFAULT_MISSING_MARKERS = List.of("", "NA", "?", "NaN", "nan", "-nan", "NULL",
            "null", "None", "N/A", "n/a", "#N/A");

    /** The default longest field, in bytes: 1 MiB. */
    public static final int DEFAULT_MAX_FIELD_BYTES = 1 << 20;

    /** The default largest number of columns. */
    public static final int DEFAULT_MAX_COLUMNS = 10_000;

    /** The default largest size of a gzipped file once decompressed, in bytes: 8 GiB. */
    public static final long DEFAULT_MAX_BYTES = 8L << 30;

    /** How many leading rows decide a column's inferred type (numeric, categorical or identifier). */
    public static final int TYPE_SAMPLE_ROWS = 65_536;

    /** The least number of present values in the sample for a column to be taken for an identifier. */
    public static final int IDENTIFIER_MIN_VALUES = 1_000;

    /** The least share of distinct values among the present sampled values of an identifier, in percent. */
    public static final int IDENTIFIER_MIN_DISTINCT_PERCENT = 95;

    private final char delimiter;
    private final char quote;
    private final List<String> columnNames;
    private final boolean trim;
    private final List<String> missingMarkers;
    private final Map<String, List<String>> columnMarkers;
    private final Charset encoding;
    private final int maxFieldBytes;
    private final int maxColumns;
    private final long maxBytes;
    private final int skipLines;
    private final String skipPrefix;
    private final Map<String, ColumnType> declaredTypes;
    private final String label;
    private final Map<String, List<Rule>> rules;
    private final Set<String> keptValues;
    private final Set<String> keptIfPresent;
    private final boolean detectIdentifiers;
    private final boolean referenceReader;

    private CsvOptions(Builder b) {
        this.delimiter = b.delimiter;
        this.quote = b.quote;
        this.columnNames = b.columnNames == null ? null : List.copyOf(b.columnNames);
        this.trim = b.trim;
        this.missingMarkers = List.copyOf(b.missingMarkers);
        Map<String, List<String>> m = new LinkedHashMap<>();
        b.columnMarkers.forEach((column, list) -> m.put(column, List.copyOf(list)));
        this.columnMarkers = Collections.unmodifiableMap(m);
        this.encoding = b.encoding;
        this.maxFieldBytes = b.maxFieldBytes;
        this.maxColumns = b.maxColumns;
        this.maxBytes = b.maxBytes;
        this.skipLines = b.skipLines;
        this.skipPrefix = b.skipPrefix;
        this.declaredTypes = Collections.unmodifiableMap(new LinkedHashMap<>(b.declaredTypes));
        this.label = b.label;
        Map<String, List<Rule>> r = new LinkedHashMap<>();
        b.rules.forEach((column, list) -> r.put(column, List.copyOf(list)));
        this.rules = Collections.unmodifiableMap(r);
        this.keptValues = Collections.unmodifiableSet(new LinkedHashSet<>(b.keptValues));
        this.keptIfPresent = Collections.unmodifiableSet(new LinkedHashSet<>(b.keptIfPresent));
        this.detectIdentifiers = b.detectIdentifiers;
        this.referenceReader = b.referenceReader;
    }

    /** Options for a comma-separated file with a header line and the default markers. */
    public static CsvOptions defaults() {
        return builder().build();
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.delimiter = delimiter;
        b.quote = quote;
        b.columnNames = columnNames;
        b.trim = trim;
        b.missingMarkers = missingMarkers;
        columnMarkers.forEach((column, list) -> b.columnMarkers.put(column, new ArrayList<>(list)));
        b.encoding = encoding;
        b.maxFieldBytes = maxFieldBytes;
        b.maxColumns = maxColumns;
        b.maxBytes = maxBytes;
        b.skipLines = skipLines;
        b.skipPrefix = skipPrefix;
        b.declaredTypes.putAll(declaredTypes);
        b.label = label;
        rules.forEach((column, list) -> b.rules.put(column, new ArrayList<>(list)));
        b.keptValues.addAll(keptValues);
        b.keptIfPresent.addAll(keptIfPresent);
        b.detectIdentifiers = detectIdentifiers;
        b.referenceReader = referenceReader;
        return b;
    }

    /** The field delimiter. */
    public char delimiter() {
        return delimiter;
    }

    /** The quote character (RFC 4180 quoting). */
    public char quote() {
        return quote;
    }

    /** Whether the first line read (after skipped lines) names the columns. */
    public boolean hasHeader() {
        return columnNames == null;
    }

    /** The explicit column names when the file has no header line; empty otherwise. */
    public List<String> columnNames() {
        return columnNames == null ? List.of() : columnNames;
    }

    /** Whether fields are trimmed of surrounding white space. */
    public boolean trim() {
        return trim;
    }

    /** The texts that mean "missing" in every column, compared with the (trimmed) field. */
    public List<String> missingMarkers() {
        return missingMarkers;
    }

    /** The texts that mean "missing" in this column: the file's markers, then the column's own. */
    public List<String> missingMarkers(String column) {
        List<String> own = columnMarkers.get(column);
        if (own == null) {
            return missingMarkers;
        }
        List<String> all = new ArrayList<>(missingMarkers);
        all.addAll(own);
        return List.copyOf(all);
    }

    /** The columns that have missing-value markers of their own, with those markers (not the file's). */
    public Map<String, List<String>> columnMissingMarkers() {
        return columnMarkers;
    }

    /** The text encoding of the file, UTF-8 by default. */
    public Charset encoding() {
        return encoding;
    }

    /** The longest field allowed, in bytes as written in the file (quotes and surrounding spaces included). */
    public int maxFieldBytes() {
        return maxFieldBytes;
    }

    /** The largest number of columns allowed. */
    public int maxColumns() {
        return maxColumns;
    }

    /** The largest size of a gzipped file once decompressed, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** How many physical lines to skip at the top of the file, before the header. */
    public int skipLines() {
        return skipLines;
    }

    /** The prefix marking junk lines to skip anywhere in the file, if any. */
    public Optional<String> skipPrefix() {
        return Optional.ofNullable(skipPrefix);
    }

    /** The declared column types; other columns are inferred. */
    public Map<String, ColumnType> declaredTypes() {
        return declaredTypes;
    }

    /** The label column, if one is declared. */
    public Optional<String> label() {
        return Optional.ofNullable(label);
    }

    /** The columns that have normalisation rules. */
    public List<String> normalisedColumns() {
        return List.copyOf(rules.keySet());
    }

    /** Descriptions of the normalisation rules of a column, e.g. {@code strip suffix "."}. */
    public List<String> rulesOf(String column) {
        return rules.getOrDefault(column, List.of()).stream().map(Rule::description).toList();
    }

    /** The columns whose values are kept as categories even when they look like identifiers. */
    public Set<String> keptValues() {
        return keptValues;
    }

    /** Whether a column keeps its values: listed by {@code keepValues} or {@code keepValuesIfPresent}. */
    public boolean keepsValues(String column) {
        return keptValues.contains(column) || keptIfPresent.contains(column);
    }

    /** Whether columns whose sampled values nearly all differ are read as identifiers (the default). */
    public boolean detectsIdentifiers() {
        return detectIdentifiers;
    }

    /** Whether files are read with the sequential Apache Commons CSV reference reader. */
    public boolean referenceReader() {
        return referenceReader;
    }

    /**
     * Whether the parallel byte-level reader can read with these options. It cannot when the reference reader is
     * asked for; when the encoding is not UTF-8; when the delimiter or the quote is not an ASCII character (one byte in UTF-8); when the quote is
     * white space or a control character; or when a missing-value marker or the junk-line prefix holds a character
     * that compares differently as UTF-8 bytes than as text (the replacement character U+FFFD or an unpaired
     * surrogate). {@link CsvTableReader} then uses the reference reader, and {@link CsvDataset} reads the file
     * whole with it.
     */
    public boolean fastPathSupported() {
        if (referenceReader || !encoding.equals(StandardCharsets.UTF_8) || delimiter > 0x7F || quote > 0x7F || quote <= ' ' || quote == 0x7F
                || Character.isWhitespace(quote)) {
            return false;
        }
        for (String m : missingMarkers) {
            if (!sameAsBytes(m)) {
                return false;
            }
        }
        for (List<String> list : columnMarkers.values()) {
            for (String m : list) {
                if (!sameAsBytes(m)) {
                    return false;
                }
            }
        }
        return skipPrefix == null || sameAsBytes(skipPrefix);
    }

    /** Whether comparing this text as UTF-8 bytes is the same as comparing it as decoded text. */
    private static boolean sameAsBytes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFFFD') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The normalisation of one column, or {@code null} when the column has no rule. */
    UnaryOperator<String> normaliser(String column) {
        List<Rule> list = rules.get(column);
        if (list == null || list.isEmpty()) {
            return null;
        }
        if (list.size() == 1) {
            return list.get(0).function();
        }
        return v -> {
            String r = v;
            for (Rule rule : list) {
                r = rule.function().apply(r);
            }
            return r;
        };
    }

    private record Rule(String description, UnaryOperator<String> function) {
    }

    /** Collects options; {@link #build()} gives the immutable {@link CsvOptions}. */
    public static final class Builder {
        private char delimiter = ',';
        private char quote = '"';
        private List<String> columnNames;
        private boolean trim = true;
        private List<String> missingMarkers = DEFAULT_MISSING_MARKERS;
        private final Map<String, List<String>> columnMarkers = new LinkedHashMap<>();
        private Charset encoding = StandardCharsets.UTF_8;
        private int maxFieldBytes = DEFAULT_MAX_FIELD_BYTES;
        private int maxColumns = DEFAULT_MAX_COLUMNS;
        private long maxBytes = DEFAULT_MAX_BYTES;
        private int skipLines;
        private String skipPrefix;
        private final Map<String, ColumnType> declaredTypes = new LinkedHashMap<>();
        private String label;
        private final Map<String, List<Rule>> rules = new LinkedHashMap<>();
        private final Set<String> keptValues = new LinkedHashSet<>();
        private final Set<String> keptIfPresent = new LinkedHashSet<>();
        private boolean detectIdentifiers = true;
        private boolean referenceReader;

        private Builder() {
        }

        /** The field delimiter, {@code ','} by default; {@code ';'} for the wine-quality files. */
        public Builder delimiter(char delimiter) {
            Preconditions.check(delimiter != '\n' && delimiter != '\r', "the delimiter must not be a line break");
            this.delimiter = delimiter;
            return this;
        }

        /** The quote character, {@code '"'} by default. */
        public Builder quote(char quote) {
            this.quote = quote;
            return this;
        }

        /** The file's first line (after skipped lines) names the columns; the default. */
        public Builder header() {
            this.columnNames = null;
            return this;
        }

        /** The file has no header line; these are its column names in order. */
        public Builder columnNames(List<String> names) {
            Preconditions.notEmpty(names, "column names");
            names.forEach(n -> Preconditions.notBlank(n, "column name"));
            this.columnNames = List.copyOf(names);
            return this;
        }

        /** The file has no header line; these are its column names in order. */
        public Builder columnNames(String... names) {
            return columnNames(List.of(names));
        }

        /** Whether to trim white space around fields (default {@code true}; Adult separates with {@code ", "}). */
        public Builder trim(boolean trim) {
            this.trim = trim;
            return this;
        }

        /**
         * The texts meaning "missing" in every column, <b>replacing</b> the markers so far (at first the
         * {@link #DEFAULT_MISSING_MARKERS}); {@code missingMarkers()} with no argument leaves only the columns' own
         * markers. To keep the defaults and add to them, use {@link #addMissingMarkers}.
         */
        public Builder missingMarkers(String... markers) {
            for (String m : markers) {
                Preconditions.notNull(m, "missing-value marker");
            }
            this.missingMarkers = List.of(markers);
            return this;
        }

        /** Adds texts meaning "missing" in every column to the markers so far (at first the defaults). */
        public Builder addMissingMarkers(String... markers) {
            List<String> all = new ArrayList<>(missingMarkers);
            for (String m : markers) {
                Preconditions.notNull(m, "missing-value marker");
                if (!all.contains(m)) {
                    all.add(m);
                }
            }
            this.missingMarkers = List.copyOf(all);
            return this;
        }

        /**
         * Adds texts meaning "missing" in this column only, on top of the file's markers: {@code "0"} for an
         * insulin level where 0 stands for "not measured", while 0 stays a value in a count elsewhere. (Not an
         * overload of {@code missingMarkers}: {@code missingMarkers("?", "-")} must stay a list of markers.)
         */
        public Builder missingMarkersFor(String column, String... markers) {
            Preconditions.notBlank(column, "column");
            List<String> list = columnMarkers.computeIfAbsent(column, c -> new ArrayList<>());
            for (String m : markers) {
                Preconditions.notNull(m, "missing-value marker");
                if (!list.contains(m)) {
                    list.add(m);
                }
            }
            return this;
        }

        /**
         * The text encoding of the file (default UTF-8, in which an invalid byte is an error); e.g.
         * {@link StandardCharsets#ISO_8859_1} for a Latin-1 file. A file that is not UTF-8 is read by the
         * sequential reader.
         */
        public Builder encoding(Charset encoding) {
            this.encoding = Preconditions.notNull(encoding, "encoding");
            return this;
        }

        /** The longest field allowed, in bytes (default 1 MiB): a longer one is an error naming its line. */
        public Builder maxFieldBytes(int bytes) {
            Preconditions.check(bytes > 0, "the longest field must be at least 1 byte, was %d", bytes);
            this.maxFieldBytes = bytes;
            return this;
        }

        /** The largest number of columns allowed (default 10,000). */
        public Builder maxColumns(int columns) {
            Preconditions.check(columns > 0, "the largest number of columns must be at least 1, was %d", columns);
            this.maxColumns = columns;
            return this;
        }

        /** The largest size of a gzipped file once decompressed, in bytes (default 8 GiB). */
        public Builder maxBytes(long bytes) {
            Preconditions.check(bytes > 0, "the largest decompressed size must be at least 1 byte, was %d", bytes);
            this.maxBytes = bytes;
            return this;
        }

        /** Skips this many physical lines at the top of the file, before the header. */
        public Builder skipLines(int lines) {
            Preconditions.check(lines >= 0, "lines to skip must be >= 0, was %d", lines);
            this.skipLines = lines;
            return this;
        }

        /** Skips every line whose first field starts with this prefix (e.g. {@code "|"}), wherever it is. */
        public Builder skipLinesStartingWith(String prefix) {
            this.skipPrefix = Preconditions.notBlank(prefix, "prefix of lines to skip");
            return this;
        }

        /** Declares a column's type instead of inferring it. */
        public Builder columnType(String column, ColumnType type) {
            declaredTypes.put(Preconditions.notBlank(column, "column"), Preconditions.notNull(type, "type"));
            return this;
        }

        /** Declares column types instead of inferring them. */
        public Builder columnTypes(Map<String, ColumnType> types) {
            types.forEach(this::columnType);
            return this;
        }

        /** Declares these columns numeric: a value that is not a number is an error. */
        public Builder numeric(String... columns) {
            for (String c : columns) {
                columnType(c, ColumnType.NUMERIC);
            }
            return this;
        }

        /** Declares these columns categorical, even when their values look like numbers. */
        public Builder categorical(String... columns) {
            for (String c : columns) {
                columnType(c, ColumnType.CATEGORICAL);
            }
            return this;
        }

        /** The label column: it must exist and, when categorical, hold at least two classes. */
        public Builder label(String column) {
            this.label = column == null ? null : Preconditions.notBlank(column, "label column");
            return this;
        }

        /** Removes a trailing {@code suffix} from the values of a column (Adult test labels end in {@code "."}). */
        public Builder stripSuffix(String column, String suffix) {
            Preconditions.check(suffix != null && !suffix.isEmpty(), "suffix to strip must not be empty");
            return rule(column, "strip suffix \"" + suffix + "\"",
                    v -> v.endsWith(suffix) ? v.substring(0, v.length() - suffix.length()) : v);
        }

        /** Replaces every match of {@code regex} in the values of a column, as {@link String#replaceAll}. */
        public Builder replaceAll(String column, String regex, String replacement) {
            Pattern pattern = Pattern.compile(regex);
            Preconditions.notNull(replacement, "replacement");
            return rule(column, "replace /" + regex + "/ by \"" + replacement + "\"",
                    v -> pattern.matcher(v).replaceAll(replacement));
        }

        /**
         * Keeps the values of these columns as categories (with a dictionary) even when they nearly all differ:
         * for text columns whose values matter, such as free-text comments to be shown in a report.
         */
        public Builder keepValues(String... columns) {
            for (String c : columns) {
                keptValues.add(Preconditions.notBlank(c, "column"));
            }
            return this;
        }

        /**
         * Like {@link #keepValues}, for columns that may not be in the file: for a caller that names the columns its
         * checks read by value (sensitive attributes, case attributes) before it has seen the header, and reports a
         * missing column itself.
         */
        public Builder keepValuesIfPresent(String... columns) {
            for (String c : columns) {
                keptIfPresent.add(Preconditions.notBlank(c, "column"));
            }
            return this;
        }

        /**
         * Whether to read columns whose sampled values nearly all differ as identifiers (default {@code true}); see
         * the class documentation for the rule.
         */
        public Builder detectIdentifiers(boolean detect) {
            this.detectIdentifiers = detect;
            return this;
        }

        /**
         * Whether to read with the sequential Apache Commons CSV reader (default {@code false}): same tables and
         * errors as the parallel reader, slower; for comparisons and as a fallback.
         */
        public Builder referenceReader(boolean reference) {
            this.referenceReader = reference;
            return this;
        }

        private Builder rule(String column, String description, UnaryOperator<String> function) {
            Preconditions.notBlank(column, "column");
            rules.computeIfAbsent(column, c -> new ArrayList<>()).add(new Rule(description, function));
            return this;
        }

        /** The immutable options. */
        public CsvOptions build() {
            return new CsvOptions(this);
        }
    }
}
