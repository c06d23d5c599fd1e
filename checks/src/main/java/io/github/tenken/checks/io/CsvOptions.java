package io.github.tenken.checks.io;

import io.github.tenken.data.ColumnType;
import io.github.tenken.internal.Preconditions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * <p>Each field is read as: trimmed (unless trimming is off); missing when it equals a missing-value marker;
 * otherwise normalised by the column's rules in the order they were added. Columns without a declared type are
 * numeric when every present value is a decimal number, categorical otherwise. Blank lines are ignored.
 */
public final class CsvOptions {

    /** The default missing-value markers: the empty field, {@code NA} and {@code ?}. */
    public static final List<String> DEFAULT_MISSING_MARKERS = List.of("", "NA", "?");

    private final char delimiter;
    private final char quote;
    private final List<String> columnNames;
    private final boolean trim;
    private final List<String> missingMarkers;
    private final int skipLines;
    private final String skipPrefix;
    private final Map<String, ColumnType> declaredTypes;
    private final String label;
    private final Map<String, List<Rule>> rules;

    private CsvOptions(Builder b) {
        this.delimiter = b.delimiter;
        this.quote = b.quote;
        this.columnNames = b.columnNames == null ? null : List.copyOf(b.columnNames);
        this.trim = b.trim;
        this.missingMarkers = List.copyOf(b.missingMarkers);
        this.skipLines = b.skipLines;
        this.skipPrefix = b.skipPrefix;
        this.declaredTypes = Collections.unmodifiableMap(new LinkedHashMap<>(b.declaredTypes));
        this.label = b.label;
        Map<String, List<Rule>> r = new LinkedHashMap<>();
        b.rules.forEach((column, list) -> r.put(column, List.copyOf(list)));
        this.rules = Collections.unmodifiableMap(r);
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
        b.skipLines = skipLines;
        b.skipPrefix = skipPrefix;
        b.declaredTypes.putAll(declaredTypes);
        b.label = label;
        rules.forEach((column, list) -> b.rules.put(column, new ArrayList<>(list)));
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

    /** The texts that mean "missing", compared with the (trimmed) field. */
    public List<String> missingMarkers() {
        return missingMarkers;
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
        private int skipLines;
        private String skipPrefix;
        private final Map<String, ColumnType> declaredTypes = new LinkedHashMap<>();
        private String label;
        private final Map<String, List<Rule>> rules = new LinkedHashMap<>();

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

        /** The texts meaning "missing", replacing the defaults {@code "", "NA", "?"}. */
        public Builder missingMarkers(String... markers) {
            for (String m : markers) {
                Preconditions.notNull(m, "missing-value marker");
            }
            this.missingMarkers = List.of(markers);
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
